package network

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseDuration reads a duration the way freight people write it: Go's
// units plus days, "16d", "2d12h", "26h", "47m", "1h30m". Durations are
// kept to whole minutes, the resolution of the search; negative values,
// fractions of a minute and values over 400 days are errors.
func ParseDuration(s string) (time.Duration, error) {
	orig := s
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("%w: empty duration", ErrInvalidValue)
	}
	var days int64
	if i := strings.IndexByte(s, 'd'); i >= 0 {
		n, err := strconv.ParseInt(s[:i], 10, 32)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("%w: duration %q", ErrInvalidValue, orig)
		}
		days, s = n, s[i+1:]
	}
	var rest time.Duration
	if s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d < 0 { // "1d-5h" is not 19 hours
			return 0, fmt.Errorf("%w: duration %q", ErrInvalidValue, orig)
		}
		rest = d
	}
	if days > maxDays {
		return 0, fmt.Errorf("%w: duration %q is over %d days", ErrInvalidValue, orig, maxDays)
	}
	d := time.Duration(days)*24*time.Hour + rest
	if err := checkDuration(d); err != nil {
		return 0, fmt.Errorf("%w (%q)", err, orig)
	}
	return d, nil
}

const maxDays = 400

func checkDuration(d time.Duration) error {
	switch {
	case d < 0:
		return fmt.Errorf("%w: negative duration %v", ErrInvalidValue, d)
	case d > maxDays*24*time.Hour:
		return fmt.Errorf("%w: duration %v is over %d days", ErrInvalidValue, d, maxDays)
	case d%time.Minute != 0:
		return fmt.Errorf("%w: duration %v is not a whole number of minutes", ErrInvalidValue, d)
	}
	return nil
}

// FormatDuration writes d in the form ParseDuration reads: "16d", "1d2h30m",
// "45m", "0m".
func FormatDuration(d time.Duration) string {
	if d == 0 {
		return "0m"
	}
	var b strings.Builder
	if d < 0 {
		b.WriteByte('-')
		d = -d
	}
	if days := d / (24 * time.Hour); days > 0 {
		fmt.Fprintf(&b, "%dd", days)
		d -= days * 24 * time.Hour
	}
	if h := d / time.Hour; h > 0 {
		fmt.Fprintf(&b, "%dh", h)
		d -= h * time.Hour
	}
	if m := d / time.Minute; m > 0 {
		fmt.Fprintf(&b, "%dm", m)
		d -= m * time.Minute
	}
	if d > 0 {
		fmt.Fprintf(&b, "%ds", d/time.Second)
	}
	return b.String()
}
