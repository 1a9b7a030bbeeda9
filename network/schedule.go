package network

import (
	"fmt"
	"slices"
	"time"
)

// Schedule lists when a leg departs. Weekly departures are wall-clock times
// in the departure terminal's time zone, so a 09:00 Monday train stays at
// 09:00 local across daylight-saving changes; dated departures are instants.
// A departure is usable when the cargo reaches the terminal at least Cutoff
// before it.
type Schedule struct {
	Weekly []WeeklyDeparture
	Dated  []time.Time
	// Cutoff is how long before departure the cargo must be at the terminal
	// (gate-in / documents cut-off).
	Cutoff time.Duration
	// ValidFrom and ValidUntil bound the departures by local calendar date,
	// both inclusive; the zero Date leaves that side open.
	ValidFrom, ValidUntil Date
}

// WeeklyDeparture is a departure on a weekday at a local time.
type WeeklyDeparture struct {
	Day time.Weekday
	// Minute is minutes after local midnight, 0 to 1439.
	Minute int
}

// String formats d as "mon 14:30".
func (d WeeklyDeparture) String() string {
	return fmt.Sprintf("%s %02d:%02d", weekdayWords[d.Day], d.Minute/60, d.Minute%60)
}

var weekdayWords = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// ParseWeekday reads "mon", "Monday", "TUE" … into a time.Weekday.
func ParseWeekday(s string) (time.Weekday, error) {
	if len(s) >= 3 {
		p := toLowerASCII(s[:3])
		for i, w := range weekdayWords {
			if p == w && (len(s) == 3 || toLowerASCII(s) == toLowerASCII(time.Weekday(i).String())) {
				return time.Weekday(i), nil
			}
		}
	}
	return 0, fmt.Errorf("%w: unknown weekday %q", ErrInvalidSchedule, s)
}

// ParseClock reads a 24-hour local time "HH:MM" into minutes after midnight.
func ParseClock(s string) (int, error) {
	var h, m int
	if len(s) != 5 || s[2] != ':' {
		return 0, fmt.Errorf("%w: time %q is not HH:MM", ErrInvalidSchedule, s)
	}
	for i, c := range []byte(s) {
		if i == 2 {
			continue
		}
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("%w: time %q is not HH:MM", ErrInvalidSchedule, s)
		}
	}
	h = int(s[0]-'0')*10 + int(s[1]-'0')
	m = int(s[3]-'0')*10 + int(s[4]-'0')
	if h > 23 || m > 59 {
		return 0, fmt.Errorf("%w: time %q out of range", ErrInvalidSchedule, s)
	}
	return h*60 + m, nil
}

// Date is a calendar date without a time zone. The zero Date means "none".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads "YYYY-MM-DD".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%w: date %q is not YYYY-MM-DD", ErrInvalidValue, s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ValidOn reports whether a departure at local time t (in the departure
// terminal's zone) lies in the validity period, whose bounds are inclusive
// calendar dates.
func (s *Schedule) ValidOn(local time.Time) bool {
	d := DateOf(local)
	if !s.ValidFrom.IsZero() && d.Before(s.ValidFrom) {
		return false
	}
	if !s.ValidUntil.IsZero() && s.ValidUntil.Before(d) {
		return false
	}
	return true
}

// NextDeparture returns the first departure that cargo ready at the
// terminal at time ready can take — the earliest departure d with
// d − Cutoff ≥ ready, inside the validity period — provided it is no later
// than horizon. loc is the departure terminal's zone (for weekly times and
// validity dates); nil means UTC, as for a terminal without a zone, which
// may still have dated departures. ok is false when no departure qualifies
// before the horizon.
//
// It costs O(log |Dated|) for dated departures and O(|Weekly|) per day
// scanned for weekly ones; at most eight days are scanned, plus the days
// skipped to reach ValidFrom.
func (s *Schedule) NextDeparture(ready, horizon time.Time, loc *time.Location) (time.Time, bool) {
	if loc == nil {
		loc = time.UTC // time.Time.In and time.Date panic on a nil zone
	}
	earliest := ready.Add(s.Cutoff)
	best, found := time.Time{}, false
	if len(s.Dated) > 0 {
		i, _ := slices.BinarySearchFunc(s.Dated, earliest, func(a, b time.Time) int { return a.Compare(b) })
		for ; i < len(s.Dated); i++ {
			d := s.Dated[i]
			if d.After(horizon) {
				break
			}
			if s.ValidOn(d.In(loc)) {
				best, found = d, true
				break
			}
		}
	}
	if len(s.Weekly) > 0 {
		start := earliest.In(loc)
		if !s.ValidFrom.IsZero() {
			if vf := time.Date(s.ValidFrom.Year, s.ValidFrom.Month, s.ValidFrom.Day, 0, 0, 0, 0, loc); vf.After(start) {
				start = vf
			}
		}
		day := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, loc)
		for i := 0; i < 8; i++ {
			if day.After(horizon) || (found && day.After(best)) {
				break
			}
			for _, w := range s.Weekly {
				if w.Day != day.Weekday() {
					continue
				}
				d := time.Date(day.Year(), day.Month(), day.Day(), w.Minute/60, w.Minute%60, 0, 0, loc)
				if d.Before(earliest) || d.After(horizon) || !s.ValidOn(d) {
					continue
				}
				if !found || d.Before(best) {
					best, found = d, true
				}
			}
			day = time.Date(day.Year(), day.Month(), day.Day()+1, 0, 0, 0, 0, loc)
		}
	}
	return best, found
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
