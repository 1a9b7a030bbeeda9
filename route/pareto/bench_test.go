package pareto

import (
	"fmt"
	"sync"
	"testing"
)

var grids = struct {
	once sync.Once
	g    map[int]*Graph
}{}

// gridFor returns a seeded grid graph for K objectives, built once. Sizes
// are chosen so one search takes milliseconds, not seconds, for every K.
func gridFor(k int) *Graph {
	grids.once.Do(func() {
		grids.g = map[int]*Graph{
			2: gridGraph(50, 50, 2, 1),
			3: gridGraph(20, 20, 3, 1),
			4: gridGraph(12, 12, 4, 1),
		}
	})
	return grids.g[k]
}

// BenchmarkGrid searches corner to corner on a grid with random costs in
// [1,100]; heuristics are included (they are a small part here).
func BenchmarkGrid(b *testing.B) {
	for k := MinObjectives; k <= MaxObjectives; k++ {
		b.Run(fmt.Sprintf("K=%d", k), func(b *testing.B) {
			g := gridFor(k)
			q := Query{Sources: []Endpoint{{Node: 0}}, Targets: []Endpoint{{Node: int32(g.NumNodes() - 1)}}}
			var s Searcher
			b.ReportAllocs()
			var sols int
			for b.Loop() {
				res, err := s.Search(b.Context(), g, q)
				if err != nil {
					b.Fatal(err)
				}
				sols = res.Len()
			}
			b.ReportMetric(float64(sols), "solutions")
		})
	}
}
