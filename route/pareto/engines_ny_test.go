package pareto

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestDIMACSNYEnginesAgree runs the K-objective engine on NY with a third,
// all-zero objective and checks that it finds the very front BOA* finds, on
// the public queries the reference solves in under 5 ms (the truncated-front
// engine is slower, and this is a cross-check, not a benchmark).
func TestDIMACSNYEnginesAgree(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("skipped in -short mode and under the race detector: searches the DIMACS NY graph")
	}
	g, qs := loadNY(t)
	m := g.NumArcs()
	cost3 := make([]int64, 3*m)
	for a := range m {
		cost3[3*a], cost3[3*a+1] = g.cost[2*a], g.cost[2*a+1]
	}
	g3, err := NewGraph(3, g.start, g.head, cost3)
	require.NoError(t, err)
	var s2, s3 Searcher
	for _, q := range qs {
		if q.refSeconds >= 0.005 {
			continue
		}
		t.Run(strconv.Itoa(int(q.start+1))+"-"+strconv.Itoa(int(q.goal+1)), func(t *testing.T) {
			r2, err := s2.Search(t.Context(), g, nyQueryOf(q))
			require.NoError(t, err)
			r3, err := s3.Search(t.Context(), g3, nyQueryOf(q))
			require.NoError(t, err)
			require.Equal(t, r2.Len(), r3.Len())
			for i := range r2.Len() {
				require.Equal(t, append(r2.Cost(i), 0), r3.Cost(i))
			}
		})
	}
}

// TestDIMACSNYCancel cancels the hardest public query early, during its
// heuristics and during its search: it must stop with the context's error
// and an incomplete result, long before it would finish (about 0.5 s).
func TestDIMACSNYCancel(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("skipped in -short mode and under the race detector: searches the DIMACS NY graph")
	}
	g, qs := loadNY(t)
	hardest := qs[0]
	for _, q := range qs {
		if q.refSeconds > hardest.refSeconds {
			hardest = q
		}
	}
	var s Searcher
	for _, after := range []time.Duration{time.Millisecond, 100 * time.Millisecond} {
		t.Run(after.String(), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(t.Context(), after)
			defer cancel()
			start := time.Now()
			res, err := s.Search(ctx, g, nyQueryOf(hardest))
			require.ErrorIs(t, err, context.DeadlineExceeded)
			require.False(t, res.Complete)
			require.Less(t, time.Since(start), after+2*time.Second, "stops soon after the deadline")
		})
	}
}
