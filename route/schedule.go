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
	validInside := !s.ValidFrom.IsZero() || !s.ValidUntil.IsZero()
	if len(s.Dated) == 0 && constant && !validInside {
		d.periodic = true
		for i := 0; i < 7; i++ {
			day := time.Date(first.Year(), first.Month(), first.Day()+i, 0, 0, 0, 0, loc)
			for _, w := range s.Weekly {
				if w.Day == day.Weekday() {
					d.week = append(d.week, since(day.Add(time.Duration(w.Minute)*time.Minute)))
				}
			}
		}
		slices.Sort(d.week)
		return
	}
	// Explicit list: step day by day through the horizon with the network's
	// own rule (validity, local wall-clock times across DST changes).
	t := ready.Add(-24 * time.Hour)
	for {
		dep, ok := s.NextDeparture(t, end, loc)
		if !ok {
			break
		}
		// NextDeparture applies the cut-off; we want raw departures here,
		// so ask from dep − cutoff and step one minute past each.
		m := since(dep)
		if n := len(d.list); n == 0 || d.list[n-1] < m {
			d.list = append(d.list, m)
		}
		t = dep.Add(-s.Cutoff + time.Minute)
	}
}
