package route

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// scheduleNetwork is randomNetwork with weekly or dated departures on about
// two legs in three, in zones with and without daylight saving.
func scheduleNetwork(r *rand.Rand) *network.Network {
	n := randomNetwork(r)
	b := network.NewBuilder("random timed")
	zones := []string{"Asia/Shanghai", "Europe/Berlin", "Asia/Almaty"}
	for t := range n.Terminals() {
		c := *t
		c.TimeZone = zones[r.IntN(len(zones))]
		b.AddTerminal(c)
	}
	for _, x := range n.Transfers() {
		b.AddTransfer(x)
	}
	for l := range n.Legs() {
		c := *l
		c.Duration = time.Duration(1+r.IntN(6)*12) * time.Hour // ties, and days-long legs
		if r.IntN(3) > 0 {
			s := &network.Schedule{Cutoff: time.Duration(r.IntN(3)*6) * time.Hour}
			if r.IntN(5) == 0 {
				at := time.Date(2026, 3, 27, 0, 0, 0, 0, time.UTC)
				for i := 0; i < 1+r.IntN(5); i++ {
					at = at.Add(time.Duration(6+r.IntN(72)) * time.Hour)
					s.Dated = append(s.Dated, at)
				}
			} else {
				for _, d := range r.Perm(7)[:1+r.IntN(3)] {
					s.Weekly = append(s.Weekly, network.WeeklyDeparture{Day: time.Weekday(d), Minute: r.IntN(48) * 30})
				}
			}
			c.Schedule = s
		}
		b.AddLeg(c)
	}
	out, err := b.Build()
	if err != nil {
		panic(err)
	}
	return out
}

// TestTimedPlanAgainstBruteForce is the exactness proof for scheduled
// search: on random time-dependent networks with 2 and 3 objectives the
// planner's front equals the brute-force simulation's, and each itinerary's
// timed steps add up to its vector.
func TestTimedPlanAgainstBruteForce(t *testing.T) {
	runs := 1500
	if testing.Short() || raceEnabled {
		runs = 200
	}
	r := rand.New(rand.NewPCG(5, 6))
	byK := map[int]int{}
	for run := 0; run < runs; run++ {
		n := scheduleNetwork(r)
		p, err := NewPlanner(n)
		require.NoError(t, err)
		objs := randomObjectives(r)[:2+r.IntN(2)]
		ship := cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 1}}, GrossTonnes: 10}
		from, to := r.IntN(n.NumTerminals()), r.IntN(n.NumTerminals()-1)
		if to >= from {
			to++
		}
		ready := time.Date(2026, 3, 25+r.IntN(5), r.IntN(24), 0, 0, 0, time.UTC) // spans the EU DST change of 29 March
		maxTransit := time.Duration(5+r.IntN(15)) * 24 * time.Hour
		q := Query{From: At(fmt.Sprintf("T%d", from)), To: At(fmt.Sprintf("T%d", to)), Shipment: ship,
			Currency: "USD", Rates: testRates, Objectives: objs, Ready: ready,
			Constraints: Constraints{MaxTransit: maxTransit}}
		res, err := p.Plan(t.Context(), q)
		sobjs := slices.Clone(objs)
		if !slices.Contains(sobjs, cost.ObjectiveTime) {
			sobjs = append(sobjs, cost.ObjectiveTime)
		}
		m, merr := cost.NewModel(n, cost.Query{Shipment: ship, Currency: "USD", Rates: testRates, Objectives: sobjs})
		require.NoError(t, merr)
		all := oracleFront(n, m, []int32{int32(from)}, []int32{int32(to)}, ready, maxTransit)
		var feasible [][]int64
		for _, v := range all {
			if v[m.Index(cost.ObjectiveTime)] <= int64(maxTransit/time.Minute) {
				feasible = append(feasible, v)
			}
		}
		want := paretoFront(feasible, len(objs))
		name := fmt.Sprintf("run %d objectives %v ready %s", run, objs, ready)
		if len(want) == 0 {
			require.Error(t, err, name)
			continue
		}
		require.NoError(t, err, name)
		var got [][]int64
		for i := range res.Itineraries {
			it := &res.Itineraries[i]
			got = append(got, it.Vector)
			assert.Equal(t, it.Vector, vectorOf(it, objs), "%s: itinerary %d totals", name, i)
			assert.Equal(t, it.Total.Transit, it.Delivered.Sub(it.Ready), "%s: ready→delivered", name)
			prev := it.Ready
			for _, st := range it.Steps {
				assert.False(t, st.Start.Before(prev), "%s: steps in order", name)
				assert.Equal(t, st.Duration, st.End.Sub(st.Start), "%s: %s step", name, st.Kind)
				if st.Kind == LegStep && st.Leg.Schedule != nil {
					assert.False(t, st.Cutoff.After(st.Start), name)
				}
				prev = st.End
			}
		}
		require.Equal(t, want, got, name)
		byK[len(objs)]++
	}
	t.Logf("timed fronts checked with 2/3 objectives: %d/%d", byK[2], byK[3])
	if runs == 1500 {
		assert.GreaterOrEqual(t, byK[2], 300)
		assert.GreaterOrEqual(t, byK[3], 300)
	}
}
