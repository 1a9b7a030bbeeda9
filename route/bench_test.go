package route

import (
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
)

// benchQueries are 100 random origin–destination pairs of the embedded
// network with random ready times over a year, for 2 × 40HC of 20 t quoted
// in USD on money, time and CO2e. Built once, outside the timed loops.
var benchQueries = sync.OnceValues(func() (*Planner, []Query) {
	n := westchina.Default()
	p, err := NewPlanner(n)
	if err != nil {
		panic(err)
	}
	r := rand.New(rand.NewPCG(7, 8))
	var ids []string
	for t := range n.Terminals() {
		if t.Kind != network.Waypoint && t.Kind != network.BorderCrossing {
			ids = append(ids, t.ID)
		}
	}
	rates := benchRates(n)
	var qs []Query
	for len(qs) < 100 {
		a, b := ids[r.IntN(len(ids))], ids[r.IntN(len(ids))]
		if a == b {
			continue
		}
		qs = append(qs, Query{From: At(a), To: At(b),
			Shipment: cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 2}}, GrossTonnes: 20},
			Currency: "USD", Rates: rates,
			Ready: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(365*24)) * time.Hour)})
	}
	return p, qs
})

// benchRates converts every currency the network uses into USD with
// round, made-up rates: the benchmark measures planning, not pricing
// accuracy.
func benchRates(n *network.Network) *cost.Rates {
	r, _ := cost.NewRates("USD", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	for _, c := range n.Currencies() {
		if c != "USD" {
			_ = r.Set(c, cost.MustRate("0.5"))
		}
	}
	return r
}

// BenchmarkPlanDefaultNetwork plans the 100 queries round-robin, with
// schedules (ready times set) and without; it reports the median and p99
// time per plan besides the mean ns/op. Compare the two sub-benchmarks'
// figures for the cost of schedules.
func BenchmarkPlanDefaultNetwork(b *testing.B) {
	p, qs := benchQueries()
	for _, tc := range []struct {
		name  string
		timed bool
	}{{"scheduled", true}, {"static", false}} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			var lat []time.Duration
			i := 0
			for b.Loop() {
				q := qs[i%len(qs)]
				if !tc.timed {
					q.Ready = time.Time{}
				}
				t0 := time.Now()
				_, _ = p.Plan(b.Context(), q)
				lat = append(lat, time.Since(t0))
				i++
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds()), "median-ns/plan")
			b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds()), "p99-ns/plan")
		})
	}
}
