package pareto_test

import (
	"context"
	"fmt"
	"strings"

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

// A Graph in CSR form: the arcs leaving node u are start[u]..start[u+1]-1,
// and costs are interleaved, K per arc.
func ExampleNewGraph() {
	start := []int32{0, 2, 3, 3}      // node 0 has arcs 0 and 1, node 1 has arc 2
	head := []int32{1, 2, 2}          // 0→1, 0→2, 1→2
	cost := []int64{1, 5, 9, 1, 1, 1} // (1,5), (9,1), (1,1)
	g, err := pareto.NewGraph(2, start, head, cost)
	if err != nil {
		fmt.Println(err)
		return
	}
	var s pareto.Searcher
	res, _ := s.Search(context.Background(), g, pareto.Query{
		Sources: []pareto.Endpoint{{Node: 0}},
		Targets: []pareto.Endpoint{{Node: 2}},
	})
	for _, c := range res.All() {
		fmt.Println(c)
	}
	_, err = pareto.NewGraph(2, start, head, []int64{1, 5, 9, -1, 1, 1})
	fmt.Println(err)
	// Output:
	// [2 6]
	// [9 1]
	// pareto: invalid graph: arc 1 objective 1 has negative cost -1
}

// DIMACS files come in pairs with the same arcs, one weight each; node ids
// are 1-based in the files and 0-based in the Graph.
func ExampleReadDIMACS() {
	dist := "c distances\np sp 3 3\na 1 2 10\na 2 3 10\na 1 3 25\n"
	time := "c travel times\np sp 3 3\na 1 2 5\na 2 3 5\na 1 3 3\n"
	g, err := pareto.ReadDIMACS(
		pareto.DIMACSSource{Name: "d.gr", R: strings.NewReader(dist)},
		pareto.DIMACSSource{Name: "t.gr", R: strings.NewReader(time)},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	var s pareto.Searcher
	res, _ := s.Search(context.Background(), g, pareto.Query{
		Sources: []pareto.Endpoint{{Node: 0}},
		Targets: []pareto.Endpoint{{Node: 2}},
	})
	for _, c := range res.All() {
		fmt.Println(c)
	}
	_, err = pareto.ReadDIMACS(
		pareto.DIMACSSource{Name: "d.gr", R: strings.NewReader(dist)},
		pareto.DIMACSSource{Name: "t.gr", R: strings.NewReader("p sp 3 3\na 1 2 5\na 3 2 5\n")},
	)
	fmt.Println(err)
	// Output:
	// [20 10]
	// [25 3]
	// pareto: invalid DIMACS file: t.gr:3: arc 2 is 3→2, but d.gr has 2→3
}

// A Heuristic computed once serves every query to the same targets, for
// example several origins compared against one destination.
func ExampleHeuristic() {
	g, _ := pareto.FromArcs(3, 2, []pareto.Arc{
		{From: 0, To: 2, Cost: []int64{4, 1}},
		{From: 1, To: 2, Cost: []int64{1, 4}},
	})
	targets := []pareto.Endpoint{{Node: 2}}
	var h pareto.Heuristic
	if err := h.Compute(context.Background(), g, targets, nil); err != nil {
		fmt.Println(err)
		return
	}
	var s pareto.Searcher
	for _, origin := range []int32{0, 1} {
		res, _ := s.Search(context.Background(), g, pareto.Query{
			Sources:   []pareto.Endpoint{{Node: origin}},
			Targets:   targets,
			Heuristic: &h,
		})
		fmt.Println(origin, res.Cost(0), res.Stats.HeuristicTime)
	}
	// Output:
	// 0 [4 1] 0s
	// 1 [1 4] 0s
}
