package pareto

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWithCosts checks that a graph re-priced with WithCosts searches
// exactly like one built from scratch with the same costs, for every K, and
// that bad costs are refused.
func TestWithCosts(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for run := 0; run < 200; run++ {
		n := 2 + r.IntN(8)
		var arcs []Arc
		for i := 0; i < 3*n; i++ {
			arcs = append(arcs, Arc{From: int32(r.IntN(n)), To: int32(r.IntN(n)), Cost: []int64{0, 0}})
		}
		base, err := FromArcs(n, 2, arcs)
		require.NoError(t, err)
		k := 2 + r.IntN(3)
		cost := make([]int64, base.NumArcs()*k)
		for i := range cost {
			cost[i] = int64(r.IntN(5))
		}
		fresh, err := NewGraph(k, base.start, base.head, cost)
		require.NoError(t, err)
		var buf []int64
		repriced, err := base.WithCosts(k, cost, buf)
		require.NoError(t, err)
		q := Query{Sources: []Endpoint{{Node: 0}}, Targets: []Endpoint{{Node: int32(n - 1)}}}
		var s1, s2 Searcher
		r1, e1 := s1.Search(t.Context(), fresh, q)
		r2, e2 := s2.Search(t.Context(), repriced, q)
		require.Equal(t, e1, e2)
		a, _ := r1.Solutions()
		b, _ := r2.Solutions()
		assert.Equal(t, a, b)
	}
	g, err := FromArcs(2, 2, []Arc{{From: 0, To: 1, Cost: []int64{1, 1}}})
	require.NoError(t, err)
	_, err = g.WithCosts(3, []int64{1, 2}, nil)
	assert.ErrorIs(t, err, ErrGraph)
	_, err = g.WithCosts(2, []int64{1, -2}, nil)
	assert.ErrorIs(t, err, ErrGraph)
	_, err = g.WithCosts(5, make([]int64, 5), nil)
	assert.ErrorIs(t, err, ErrGraph)
}
