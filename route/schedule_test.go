package route

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/network"
)

// TestDeparturesMatchNetwork checks the search's departure tables against
// network.Schedule.NextDeparture, the reference rule, on random schedules in
// zones with and without daylight saving, with validity bounds and dated
// departures, at random ready times and arrival offsets.
func TestDeparturesMatchNetwork(t *testing.T) {
	zones := []string{"Asia/Shanghai", "Europe/Berlin", "Europe/Warsaw", "Asia/Almaty", "UTC", "America/New_York"}
	r := rand.New(rand.NewPCG(3, 4))
	runs := 400
	if raceEnabled {
		runs = 80
	}
	for run := 0; run < runs; run++ {
		loc, err := time.LoadLocation(zones[r.IntN(len(zones))])
		require.NoError(t, err)
		ready := time.Date(2026, time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), r.IntN(60), 0, 0, time.UTC)
		s := &network.Schedule{Cutoff: time.Duration(r.IntN(4)*12) * time.Hour}
		for i, n := 0, 1+r.IntN(4); i < n; i++ {
			w := network.WeeklyDeparture{Day: time.Weekday(r.IntN(7)), Minute: r.IntN(24*60/30) * 30}
			dup := false
			for _, x := range s.Weekly {
				dup = dup || x == w
			}
			if !dup {
				s.Weekly = append(s.Weekly, w)
			}
		}
		switch r.IntN(4) {
		case 0:
			d := ready.AddDate(0, 0, r.IntN(40)-5)
			s.ValidFrom = network.Date{Year: d.Year(), Month: d.Month(), Day: d.Day()}
		case 1:
			d := ready.AddDate(0, 0, r.IntN(60))
			s.ValidUntil = network.Date{Year: d.Year(), Month: d.Month(), Day: d.Day()}
		case 2:
			s.Weekly = nil
			at := ready.Add(-48 * time.Hour).Truncate(time.Minute)
			for i := 0; i < 1+r.IntN(6); i++ {
				at = at.Add(time.Duration(1+r.IntN(200)) * time.Hour)
				s.Dated = append(s.Dated, at)
			}
		}
		horizon := int64((10 + r.IntN(80)) * 24 * 60)
		var d departures
		d.build(s, loc, ready, horizon)
		end := ready.Add(time.Duration(horizon) * time.Minute)
		for i := 0; i < 30; i++ {
			at := int64(r.IntN(int(horizon) + 1000))
			got, ok := d.next(at)
			want, wok := s.NextDeparture(ready.Add(time.Duration(at)*time.Minute), end, loc)
			name := fmt.Sprintf("run %d %s ready %s at +%d min, schedule %+v (periodic %v)", run, loc, ready, at, *s, d.periodic)
			require.Equal(t, wok, ok, name)
			if ok {
				require.Equal(t, want.Sub(ready).Minutes(), float64(got), name)
				require.GreaterOrEqual(t, got-d.cutoff, at, "cut-off met")
			}
		}
	}
}
