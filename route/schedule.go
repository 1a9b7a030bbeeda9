package route

import (
	"slices"
	"time"

	"github.com/corridor-go/corridor/network"
)

// DefaultHorizon is how far past the ready time a search looks for
// departures when the query gives no deliver-by time and no maximum transit
// time: long enough for the slowest river-and-sea routes to Europe (about
// 45 days) to wait a few weeks for their sailings.
const DefaultHorizon = 90 * 24 * time.Hour

// minutesPerWeek is the period of a weekly schedule.
const minutesPerWeek = 7 * 24 * 60

// departures answers "when does this leg next leave?" in minutes since the
// query's ready time, fast enough for the search's inner loop. A weekly
// schedule in a zone whose UTC offset does not change within the horizon,
// with no validity bounds inside it, is periodic: one week of departures
// and arithmetic answer every question. Anything else (daylight-saving
// changes, validity dates, dated departures) is expanded once into an
// explicit sorted list.
type departures struct {
	built    bool
	periodic bool
	week     []int64 // periodic: the departures of one week, sorted
	list     []int64 // explicit: every departure in [0, horizon], sorted
	cutoff   int64
	horizon  int64
}

// next returns the earliest departure dep with dep − cutoff ≥ t, and
// whether there is one within the horizon. Leaving later never arrives
// earlier (all departures of a leg take its duration), so the wait it
// implies is FIFO: t ≤ t' ⇒ next(t) ≤ next(t').
func (d *departures) next(t int64) (int64, bool) {
	x := t + d.cutoff
	var dep int64
	if d.periodic {
		if len(d.week) == 0 {
			return 0, false
		}
		k := floorDiv(x-d.week[0], minutesPerWeek)
		base := k * minutesPerWeek
		i, _ := slices.BinarySearch(d.week, x-base)
		if i == len(d.week) {
			i, base = 0, base+minutesPerWeek
		}
		dep = d.week[i] + base
	} else {
		i, _ := slices.BinarySearch(d.list, x)
		if i == len(d.list) {
			return 0, false
		}
		dep = d.list[i]
	}
	if dep > d.horizon {
		return 0, false
	}
	return dep, true
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// build prepares the departures of schedule s, read in zone loc, for a
// query ready at ready looking horizon minutes ahead.
func (d *departures) build(s *network.Schedule, loc *time.Location, ready time.Time, horizon int64) {
	*d = departures{built: true, cutoff: int64(s.Cutoff / time.Minute), horizon: horizon,
		week: d.week[:0], list: d.list[:0]}
	if loc == nil {
		loc = time.UTC
	}
	end := ready.Add(time.Duration(horizon) * time.Minute)
	since := func(t time.Time) int64 { return floorDiv(t.Sub(ready).Milliseconds(), 60_000) }

	// Start a day early so that a departure just before the ready time in
	// local terms is not missed when the cut-off rounding crosses midnight.
	first := ready.In(loc).AddDate(0, 0, -1)
	_, zoneEnd := first.ZoneBounds()
	constant := zoneEnd.IsZero() || zoneEnd.After(end)
	// Validity bounds matter only when they cut the window.
	validInside := !s.ValidOn(first) || !s.ValidOn(end.In(loc))
	if len(s.Dated) == 0 && constant && !validInside {
		d.periodic = true
		d.week = weekly(d.week, s, first, 7, since, false)
		return
	}
	// Explicit list: weekly departures day by day through the window at
	// their local wall-clock times (right across daylight-saving changes)
	// and inside the validity period, merged with the dated ones.
	days := int(end.Sub(first)/(24*time.Hour)) + 2
	d.list = weekly(d.list, s, first, days, since, true)
	for _, t := range s.Dated {
		if !t.Before(first) && !t.After(end) && s.ValidOn(t.In(loc)) {
			d.list = append(d.list, since(t))
		}
	}
	slices.Sort(d.list)
	d.list = slices.Compact(d.list)
}

// weekly appends the weekly departures of s on the given number of days
// from first's local date, in minutes from since; with checkValid, only
// those inside the schedule's validity period.
func weekly(dst []int64, s *network.Schedule, first time.Time, days int, since func(time.Time) int64, checkValid bool) []int64 {
	loc := first.Location()
	y, m, d := first.Date()
	wd0 := int(first.Weekday())
	for i := 0; i < days; i++ {
		wd := time.Weekday((wd0 + i) % 7)
		for _, w := range s.Weekly {
			if w.Day != wd {
				continue
			}
			// time.Date normalises day d+i into the right month, and reads
			// the wall-clock time in loc, so DST changes are honoured.
			t := time.Date(y, m, d+i, w.Minute/60, w.Minute%60, 0, 0, loc)
			if !checkValid || s.ValidOn(t) {
				dst = append(dst, since(t))
			}
		}
	}
	slices.Sort(dst)
	return dst
}
