package pareto_test

import (
	"context"
	"fmt"

	"github.com/corridor-go/corridor/route/pareto"
)

// Three ways from Chongqing (node 0) to Duisburg (node 3), costed in
// (USD, days): rail is cheap and slow, air fast and dear, and sea via
// Shanghai (node 1) cheapest and slowest. A road leg to the rail terminal
// (node 2) shows a path of two arcs.
func ExampleSearcher_Search() {
	g, err := pareto.FromArcs(4, 2, []pareto.Arc{
		{From: 0, To: 1, Cost: []int64{300, 3}},   // arc 0: barge to Shanghai
		{From: 0, To: 2, Cost: []int64{200, 1}},   // arc 1: road to the rail terminal
		{From: 0, To: 3, Cost: []int64{12000, 3}}, // arc 2: air
		{From: 0, To: 3, Cost: []int64{13000, 4}}, // arc 3: dominated air offer
		{From: 1, To: 3, Cost: []int64{1500, 35}}, // arc 4: sea
		{From: 2, To: 3, Cost: []int64{4000, 16}}, // arc 5: China Railway Express
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var s pareto.Searcher
	res, err := s.Search(context.Background(), g, pareto.Query{
		Sources: []pareto.Endpoint{{Node: 0}},
		Targets: []pareto.Endpoint{{Node: 3}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var arcs []int32
	for i, cost := range res.All() {
		arcs, _ = res.AppendArcs(arcs[:0], i)
		fmt.Println(cost, "arcs", arcs)
	}
	// Output:
	// [1800 38] arcs [0 4]
	// [4200 17] arcs [1 5]
	// [12000 3] arcs [2]
}

// Bounds express constraints such as "at most 20 days"; Epsilon asks for a
// smaller, approximate front.
func ExampleQuery_bounds() {
	g, _ := pareto.FromArcs(2, 2, []pareto.Arc{
		{From: 0, To: 1, Cost: []int64{1800, 38}},
		{From: 0, To: 1, Cost: []int64{4200, 17}},
		{From: 0, To: 1, Cost: []int64{12000, 3}},
	})
	var s pareto.Searcher
	res, _ := s.Search(context.Background(), g, pareto.Query{
		Sources: []pareto.Endpoint{{Node: 0}},
		Targets: []pareto.Endpoint{{Node: 1}},
		Bounds:  []int64{pareto.NoBound, 20},
	})
	for i := range res.Len() {
		fmt.Println(res.Cost(i))
	}
	// Output:
	// [4200 17]
	// [12000 3]
}
