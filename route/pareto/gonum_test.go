package pareto

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
)

// TestExtremesMatchGonumDijkstra checks that, for each objective, the best
// value on the front equals gonum's single-objective Dijkstra distance. The
// gonum graph is simple, so parallel arcs keep their minimum weight (and
// self-loops, which gonum rejects and no shortest path uses, are dropped).
func TestExtremesMatchGonumDijkstra(t *testing.T) {
	for k := MinObjectives; k <= MaxObjectives; k++ {
		t.Run(fmt.Sprintf("K=%d", k), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(k), 3))
			var s Searcher
			for c := range 60 {
				n := 2 + r.IntN(40)
				arcs := make([]Arc, r.IntN(4*n))
				for i := range arcs {
					cost := make([]int64, k)
					for j := range cost {
						cost[j] = r.Int64N(20)
					}
					arcs[i] = Arc{From: int32(r.IntN(n)), To: int32(r.IntN(n)), Cost: cost}
				}
				g, err := FromArcs(n, k, arcs)
				require.NoError(t, err)
				src, dst := int32(r.IntN(n)), int32(r.IntN(n))
				res, err := s.Search(t.Context(), g, Query{Sources: []Endpoint{{Node: src}}, Targets: []Endpoint{{Node: dst}}})
				require.NoError(t, err)
				for obj := range k {
					gg := simple.NewWeightedDirectedGraph(0, math.Inf(1))
					for v := range n {
						gg.AddNode(simple.Node(v))
					}
					for _, a := range arcs {
						if a.From == a.To {
							continue
						}
						w := float64(a.Cost[obj])
						if e := gg.WeightedEdge(int64(a.From), int64(a.To)); e != nil && e.Weight() <= w {
							continue
						}
						gg.SetWeightedEdge(gg.NewWeightedEdge(simple.Node(a.From), simple.Node(a.To), w))
					}
					want := path.DijkstraFrom(simple.Node(src), gg).WeightTo(int64(dst))
					if math.IsInf(want, 1) {
						assert.Zero(t, res.Len(), "case %d: unreachable target has an empty front", c)
						continue
					}
					require.Positive(t, res.Len(), "case %d", c)
					best := int64(math.MaxInt64)
					for i := range res.Len() {
						best = min(best, res.Cost(i)[obj])
					}
					assert.Equal(t, int64(want), best, "case %d objective %d", c, obj)
				}
			}
		})
	}
}
