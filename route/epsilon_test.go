package route

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
)

// TestEpsilonGuarantee checks the documented guarantee of an approximate
// front on random networks: every exact Pareto-optimal vector p is
// (1+ε)-dominated by a returned vector s (s[0] ≤ p[0], s[i] ≤ (1+ε)·p[i]),
// the returned vectors are mutually non-dominated, each adds up from its
// itinerary, and none beats the exact front (so each is a real route's).
func TestEpsilonGuarantee(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	runs := 400
	if raceEnabled {
		runs = 100
	}
	for run := 0; run < runs; run++ {
		n := randomNetwork(r)
		p, err := NewPlanner(n)
		require.NoError(t, err)
		objs := randomObjectives(r)
		eps := []float64{0.01, 0.1, 0.5}[r.IntN(3)]
		from, to := r.IntN(n.NumTerminals()), r.IntN(n.NumTerminals()-1)
		if to >= from {
			to++
		}
		q := Query{From: At(fmt.Sprintf("T%d", from)), To: At(fmt.Sprintf("T%d", to)),
			Shipment: cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 1}}, GrossTonnes: 10},
			Currency: "USD", Rates: testRates, Objectives: objs}
		exact, err := p.Plan(t.Context(), q)
		if err != nil {
			continue
		}
		q.Limits.Epsilon = eps
		approx, err := p.Plan(t.Context(), q)
		require.NoError(t, err)
		name := fmt.Sprintf("run %d ε=%v objectives %v", run, eps, objs)
		assert.LessOrEqual(t, len(approx.Itineraries), len(exact.Itineraries), name)
		for _, e := range exact.Itineraries {
			covered := false
			for _, a := range approx.Itineraries {
				ok := a.Vector[0] <= e.Vector[0]
				for i := 1; i < len(objs) && ok; i++ {
					ok = float64(a.Vector[i]) <= (1+eps)*float64(e.Vector[i])
				}
				covered = covered || ok
			}
			assert.True(t, covered, "%s: %v not (1+ε)-covered", name, e.Vector)
		}
		for i, a := range approx.Itineraries {
			assert.Equal(t, a.Vector, vectorOf(&approx.Itineraries[i], objs), name)
			for _, e := range exact.Itineraries {
				assert.False(t, cost.Dominates(a.Vector, e.Vector), "%s: approximate %v beats the exact front", name, a.Vector)
			}
			for j, b := range approx.Itineraries {
				if i != j {
					assert.False(t, cost.Dominates(b.Vector, a.Vector), name)
				}
			}
		}
	}
}
