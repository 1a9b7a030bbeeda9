package pareto

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// costs returns the cost vectors of res, in order.
func costs(res Result) [][]int64 {
	if res.Len() == 0 {
		return nil
	}
	out := make([][]int64, res.Len())
	for i := range out {
		out[i] = append([]int64(nil), res.Cost(i)...)
	}
	return out
}

// checkPaths verifies that every solution's path is a real path of g from
// its source to its target, uses no avoided arc, and costs what it claims.
func checkPaths(t testing.TB, g *Graph, q Query, res Result) {
	t.Helper()
	k := g.K()
	for i := range res.Len() {
		arcs, err := res.AppendArcs(nil, i)
		require.NoError(t, err)
		src, dst := q.Sources[res.Source(i)], q.Targets[res.Target(i)]
		sum := make([]int64, k)
		if src.Cost != nil {
			copy(sum, src.Cost)
		}
		at := src.Node
		for _, a := range arcs {
			require.Equal(t, at, g.Tail(a), "solution %d: arcs not consecutive", i)
			require.False(t, q.Avoid.Has(a), "solution %d uses avoided arc %d", i, a)
			for j, c := range g.Cost(a) {
				sum[j] += c
			}
			at = g.Head(a)
		}
		require.Equal(t, dst.Node, at, "solution %d does not end at its target", i)
		if dst.Cost != nil {
			for j, c := range dst.Cost {
				sum[j] += c
			}
		}
		require.Equal(t, res.Cost(i), sum, "solution %d: path cost", i)
	}
}

func TestSearchMatchesOracle(t *testing.T) {
	const cases = 1500
	opts := []struct {
		name string
		o    caseOpts
	}{
		{"plain", caseOpts{}},
		{"endpoint costs", caseOpts{endpointCosts: true}},
		{"bounds and avoided arcs", caseOpts{bounds: true, avoid: true, endpointCosts: true}},
		{"large costs", caseOpts{largeCosts: true, endpointCosts: true, bounds: true}},
	}
	for k := MinObjectives; k <= MaxObjectives; k++ {
		for _, o := range opts {
			t.Run(fmt.Sprintf("K=%d/%s", k, o.name), func(t *testing.T) {
				r := rand.New(rand.NewPCG(uint64(k), 7))
				var s Searcher // reused on purpose: buffers must not leak between queries
				for c := range cases / len(opts) {
					g, q := randomCase(r, k, o.o)
					want := oracle(g, q)
					res, err := s.Search(t.Context(), g, q)
					require.NoError(t, err, "case %d", c)
					require.True(t, res.Complete)
					if !assert.Equal(t, want, costs(res), "case %d", c) {
						t.Logf("graph n=%d arcs=%v costs=%v query=%+v", g.NumNodes(), g.head, g.cost, q)
						return
					}
					checkPaths(t, g, q, res)
				}
			})
		}
	}
}

// TestSearchTimeDependent checks the engines against the oracle when some
// arcs wait for scheduled (periodic, FIFO) departures.
func TestSearchTimeDependent(t *testing.T) {
	for k := MinObjectives; k <= MaxObjectives; k++ {
		t.Run(fmt.Sprintf("K=%d", k), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(k), 13))
			var s Searcher
			for c := range 600 {
				g, q := randomCase(r, k, caseOpts{endpointCosts: true, bounds: c%3 == 0, avoid: c%4 == 0})
				periodicWaits(r, &q, g.NumArcs(), r.IntN(k))
				want := oracle(g, q)
				res, err := s.Search(t.Context(), g, q)
				require.NoError(t, err)
				require.Equal(t, want, costs(res), "case %d", c)
				// paths exist and use allowed arcs (their static costs
				// differ from the solution's by the waits, so not summed)
				for i := range res.Len() {
					arcs, err := res.AppendArcs(nil, i)
					require.NoError(t, err)
					for _, a := range arcs {
						require.False(t, q.Avoid.Has(a))
					}
				}
			}
		})
	}
	t.Run("broken wait", func(t *testing.T) {
		for k := MinObjectives; k <= MaxObjectives; k++ {
			g := gridGraph(3, 3, k, 1)
			q := Query{Sources: []Endpoint{{Node: 0}}, Targets: []Endpoint{{Node: 8}},
				WaitArcs: NewArcSet(g.NumArcs()), Wait: func(int32, int64) (int64, bool) { return -1, true }}
			for a := range int32(g.NumArcs()) {
				q.WaitArcs.Add(a)
			}
			var s Searcher
			res, err := s.Search(t.Context(), g, q)
			require.ErrorIs(t, err, ErrQuery)
			assert.False(t, res.Complete)
		}
	})
}

// TestPartialResultsAreProven stops searches on random graphs at every
// label limit and checks that what they return is part of the true front.
func TestPartialResultsAreProven(t *testing.T) {
	for k := MinObjectives; k <= MaxObjectives; k++ {
		t.Run(fmt.Sprintf("K=%d", k), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(k), 17))
			var s Searcher
			for c := range 150 {
				g, q := randomCase(r, k, caseOpts{endpointCosts: true})
				want := oracle(g, q)
				for limit := 1; ; limit++ {
					q.MaxLabels = limit
					res, err := s.Search(t.Context(), g, q)
					got := costs(res)
					if err == nil {
						require.Equal(t, want, got, "case %d", c)
						break
					}
					require.ErrorIs(t, err, ErrLimit)
					for _, v := range got {
						require.Contains(t, want, v, "case %d limit %d: unproven solution", c, limit)
					}
				}
			}
		})
	}
}

func TestSearchEpsilon(t *testing.T) {
	for k := MinObjectives; k <= MaxObjectives; k++ {
		t.Run(fmt.Sprintf("K=%d", k), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(k), 11))
			var s Searcher
			for c := range 400 {
				g, q := randomCase(r, k, caseOpts{endpointCosts: true, bounds: true})
				q.Epsilon = []float64{0.1, 0.5, 1}[c%3]
				exact := oracle(g, q)
				res, err := s.Search(t.Context(), g, q)
				require.NoError(t, err)
				got := costs(res)
				checkPaths(t, g, q, res)
				// every Pareto-optimal vector is (1+eps)-dominated by a returned one
				for _, p := range exact {
					covered := false
					for _, sol := range got {
						ok := sol[0] <= p[0]
						for i := 1; i < k && ok; i++ {
							ok = float64(sol[i]) <= (1+q.Epsilon)*float64(p[i])
						}
						covered = covered || ok
					}
					require.True(t, covered, "case %d: %v not covered by %v", c, p, got)
				}
				// the returned vectors are mutually non-dominated and sorted
				assert.Equal(t, nondominated(append([][]int64(nil), got...)), got, "case %d", c)
				assert.LessOrEqual(t, len(got), len(exact))
			}
		})
	}
}

// handCase is one entry of the shared table every engine runs.
type handCase struct {
	name string
	n    int
	arcs [][]int64 // from, to, costs...
	q    Query
	want [][]int64
}

func handCases(k int) []handCase {
	c := func(v ...int64) []int64 { // pad a 2-vector to k objectives with the first value
		out := make([]int64, k)
		for i := range out {
			out[i] = v[min(i, len(v)-1)]
		}
		return out
	}
	arc := func(u, v int64, w ...int64) []int64 { return append([]int64{u, v}, c(w...)...) }
	src := []Endpoint{{Node: 0}}
	return []handCase{
		{name: "source is target", n: 1, q: Query{Sources: src, Targets: []Endpoint{{Node: 0}}}, want: [][]int64{c(0)}},
		{name: "unreachable target", n: 3, arcs: [][]int64{arc(0, 1, 1), arc(2, 1, 1)},
			q: Query{Sources: src, Targets: []Endpoint{{Node: 2}}}, want: nil},
		{name: "ties count once", n: 3, arcs: [][]int64{arc(0, 1, 1, 2), arc(0, 1, 1, 2), arc(1, 2, 1, 1), arc(0, 2, 2, 3)},
			q: Query{Sources: src, Targets: []Endpoint{{Node: 2}}}, want: [][]int64{c(2, 3)}},
		{name: "zero-cost cycle", n: 3, arcs: [][]int64{arc(0, 1, 0), arc(1, 0, 0), arc(1, 2, 1, 5), arc(0, 2, 3, 1)},
			q: Query{Sources: src, Targets: []Endpoint{{Node: 2}}}, want: [][]int64{c(1, 5), c(3, 1)}},
		{name: "trade-off", n: 4, arcs: [][]int64{arc(0, 1, 1, 10), arc(0, 2, 10, 1), arc(1, 3, 1, 1), arc(2, 3, 1, 1), arc(0, 3, 5, 5)},
			q: Query{Sources: src, Targets: []Endpoint{{Node: 3}}}, want: [][]int64{c(2, 11), c(5, 5), c(11, 2)}},
		{name: "dominated detour", n: 3, arcs: [][]int64{arc(0, 1, 1, 1), arc(1, 2, 1, 1), arc(0, 2, 3, 3)},
			q: Query{Sources: src, Targets: []Endpoint{{Node: 2}}}, want: [][]int64{c(2, 2)}},
		{name: "two sources two targets", n: 4, arcs: [][]int64{arc(0, 2, 1, 4), arc(1, 3, 4, 1)},
			q: Query{Sources: []Endpoint{{Node: 0}, {Node: 1}}, Targets: []Endpoint{{Node: 2}, {Node: 3}}}, want: [][]int64{c(1, 4), c(4, 1)}},
		{name: "bound cuts the cheap slow path", n: 4, arcs: [][]int64{arc(0, 1, 1, 10), arc(0, 2, 10, 1), arc(1, 3, 1, 1), arc(2, 3, 1, 1)},
			q: Query{Sources: src, Targets: []Endpoint{{Node: 3}}, Bounds: c(NoBound, 5)}, want: [][]int64{c(11, 2)}},
		{name: "large costs", n: 3, arcs: [][]int64{arc(0, 1, 1<<50, 1), arc(1, 2, 1<<50, 1), arc(0, 2, 1<<52, 0)},
			q: Query{Sources: src, Targets: []Endpoint{{Node: 2}}}, want: [][]int64{c(1<<51, 2), c(1<<52, 0)}},
		{name: "target costs reorder", n: 3, arcs: [][]int64{arc(0, 1, 1), arc(0, 2, 1)},
			q: Query{Sources: src, Targets: []Endpoint{{Node: 1, Cost: c(5, 0)}, {Node: 2, Cost: c(0, 5)}}}, want: [][]int64{c(1, 6), c(6, 1)}},
	}
}

func TestHandCases(t *testing.T) {
	for k := MinObjectives; k <= MaxObjectives; k++ {
		for _, hc := range handCases(k) {
			t.Run(fmt.Sprintf("K=%d/%s", k, hc.name), func(t *testing.T) {
				arcs := make([]Arc, len(hc.arcs))
				for i, a := range hc.arcs {
					arcs[i] = Arc{From: int32(a[0]), To: int32(a[1]), Cost: a[2:]}
				}
				g, err := FromArcs(hc.n, k, arcs)
				require.NoError(t, err)
				var s Searcher
				res, err := s.Search(t.Context(), g, hc.q)
				require.NoError(t, err)
				assert.Equal(t, hc.want, costs(res))
				assert.Equal(t, hc.want, oracle(g, hc.q), "the oracle agrees with the table")
				checkPaths(t, g, hc.q, res)
			})
		}
	}
}

func TestLimitsAndCancel(t *testing.T) {
	g := gridGraph(30, 30, 2, 1)
	q := Query{Sources: []Endpoint{{Node: 0}}, Targets: []Endpoint{{Node: int32(g.NumNodes() - 1)}}}
	var s Searcher
	full, err := s.Search(t.Context(), g, q)
	require.NoError(t, err)
	want := costs(full)
	require.Greater(t, len(want), 3)

	t.Run("max labels", func(t *testing.T) {
		q := q
		prev := 0
		for limit := 1; ; limit += 1 + limit/8 {
			q.MaxLabels = limit
			res, err := s.Search(t.Context(), g, q)
			got := costs(res)
			if err == nil { // the limit is above what the search needs
				assert.Equal(t, want, got)
				break
			}
			require.ErrorIs(t, err, ErrLimit)
			assert.False(t, res.Complete)
			assert.Subset(t, want, got, "limit %d: partial solutions are Pareto-optimal", limit)
			assert.GreaterOrEqual(t, len(got), prev, "a larger limit proves no fewer solutions")
			prev = len(got)
			checkPaths(t, g, q, res)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		res, err := s.Search(ctx, g, q)
		require.ErrorIs(t, err, context.Canceled)
		assert.False(t, res.Complete)
	})
	t.Run("stale result", func(t *testing.T) {
		res1, err := s.Search(t.Context(), g, q)
		require.NoError(t, err)
		_, err = s.Search(t.Context(), g, q)
		require.NoError(t, err)
		_, err = res1.AppendArcs(nil, 0)
		require.ErrorIs(t, err, ErrStale)
		_, err = res1.Solutions()
		require.ErrorIs(t, err, ErrStale)
		assert.Nil(t, res1.Cost(0))
		for range res1.All() {
			t.Fatal("a stale result yields no solutions")
		}
		assert.Equal(t, -1, res1.Source(0))
		assert.Equal(t, -1, res1.Target(0))
	})
}

func TestBadInput(t *testing.T) {
	g, err := FromArcs(3, 2, []Arc{{0, 1, []int64{1, 1}}})
	require.NoError(t, err)
	graphCases := []struct {
		name  string
		k     int
		start []int32
		head  []int32
		cost  []int64
	}{
		{"too few objectives", 1, []int32{0, 0}, nil, nil},
		{"too many objectives", 5, []int32{0, 0}, nil, nil},
		{"empty start", 2, nil, nil, nil},
		{"start not at zero", 2, []int32{1, 1}, nil, nil},
		{"start end mismatch", 2, []int32{0, 2}, []int32{0}, []int64{1, 1}},
		{"decreasing start", 2, []int32{0, 2, 1, 2}, []int32{0, 0}, []int64{1, 1, 1, 1}},
		{"head out of range", 2, []int32{0, 1}, []int32{1}, []int64{1, 1}},
		{"negative head", 2, []int32{0, 1}, []int32{-1}, []int64{1, 1}},
		{"cost length", 2, []int32{0, 1}, []int32{0}, []int64{1}},
		{"negative cost", 2, []int32{0, 1}, []int32{0}, []int64{1, -1}},
		{"cost too large", 2, []int32{0, 1}, []int32{0}, []int64{1, MaxArcCost(1) + 1}},
	}
	for _, c := range graphCases {
		t.Run("graph/"+c.name, func(t *testing.T) {
			_, err := NewGraph(c.k, c.start, c.head, c.cost)
			require.ErrorIs(t, err, ErrGraph)
		})
	}
	t.Run("graph/arc list", func(t *testing.T) {
		_, err := FromArcs(2, 2, []Arc{{0, 5, []int64{1, 1}}})
		require.ErrorIs(t, err, ErrGraph)
		_, err = FromArcs(2, 2, []Arc{{-1, 0, []int64{1, 1}}})
		require.ErrorIs(t, err, ErrGraph)
		_, err = FromArcs(2, 2, []Arc{{0, 1, []int64{1}}})
		require.ErrorIs(t, err, ErrGraph)
		_, err = FromArcs(-1, 2, nil)
		require.ErrorIs(t, err, ErrGraph)
	})
	src, dst := []Endpoint{{Node: 0}}, []Endpoint{{Node: 1}}
	queryCases := []struct {
		name string
		g    *Graph
		q    Query
	}{
		{"nil graph", nil, Query{Sources: src, Targets: dst}},
		{"no sources", g, Query{Targets: dst}},
		{"no targets", g, Query{Sources: src}},
		{"source out of range", g, Query{Sources: []Endpoint{{Node: 3}}, Targets: dst}},
		{"target out of range", g, Query{Sources: src, Targets: []Endpoint{{Node: -1}}}},
		{"source cost length", g, Query{Sources: []Endpoint{{Node: 0, Cost: []int64{1}}}, Targets: dst}},
		{"negative target cost", g, Query{Sources: src, Targets: []Endpoint{{Node: 1, Cost: []int64{0, -1}}}}},
		{"huge source cost", g, Query{Sources: []Endpoint{{Node: 0, Cost: []int64{0, MaxEndpointCost + 1}}}, Targets: dst}},
		{"duplicate target", g, Query{Sources: src, Targets: []Endpoint{{Node: 1}, {Node: 1}}}},
		{"bounds length", g, Query{Sources: src, Targets: dst, Bounds: []int64{1}}},
		{"negative bound", g, Query{Sources: src, Targets: dst, Bounds: []int64{1, -1}}},
		{"arc set size", g, Query{Sources: src, Targets: dst, Avoid: NewArcSet(200)}},
		{"negative max labels", g, Query{Sources: src, Targets: dst, MaxLabels: -1}},
		{"negative epsilon", g, Query{Sources: src, Targets: dst, Epsilon: -0.1}},
		{"NaN epsilon", g, Query{Sources: src, Targets: dst, Epsilon: nan()}},
		{"wait arcs without wait", g, Query{Sources: src, Targets: dst, WaitArcs: NewArcSet(1)}},
		{"wait arc set size", g, Query{Sources: src, Targets: dst, WaitArcs: NewArcSet(200), Wait: func(int32, int64) (int64, bool) { return 0, true }}},
		{"wait objective", g, Query{Sources: src, Targets: dst, WaitArcs: NewArcSet(1), WaitObjective: 2, Wait: func(int32, int64) (int64, bool) { return 0, true }}},
		{"heuristic for another graph", g, Query{Sources: src, Targets: dst, Heuristic: &Heuristic{n: 7, k: 2}}},
	}
	for _, c := range queryCases {
		t.Run("query/"+c.name, func(t *testing.T) {
			var s Searcher
			res, err := s.Search(t.Context(), c.g, c.q)
			require.ErrorIs(t, err, ErrQuery)
			assert.Zero(t, res.Len())
			assert.False(t, res.Complete)
		})
	}
	t.Run("heuristic", func(t *testing.T) {
		var h Heuristic
		require.ErrorIs(t, h.Compute(t.Context(), g, nil, nil), ErrQuery)
		require.ErrorIs(t, h.Compute(t.Context(), nil, dst, nil), ErrQuery)
	})
	t.Run("solution index", func(t *testing.T) {
		var s Searcher
		res, err := s.Search(t.Context(), g, Query{Sources: src, Targets: dst})
		require.NoError(t, err)
		_, err = res.AppendArcs(nil, 5)
		require.ErrorIs(t, err, ErrQuery)
		var zero Result
		_, err = zero.AppendArcs(nil, 0)
		require.True(t, errors.Is(err, ErrStale))
	})
}

func nan() float64 { z := 0.0; return z / z }

// gridGraph returns a w×h grid with arcs both ways between neighbours and K
// random costs in [1,100] per arc (seeded), the classic multi-objective
// benchmark family.
func gridGraph(w, h, k int, seed uint64) *Graph {
	r := rand.New(rand.NewPCG(seed, 99))
	var arcs []Arc
	add := func(u, v int) {
		c := make([]int64, k)
		for i := range c {
			c[i] = 1 + r.Int64N(100)
		}
		arcs = append(arcs, Arc{From: int32(u), To: int32(v), Cost: c})
	}
	for y := range h {
		for x := range w {
			u := y*w + x
			if x+1 < w {
				add(u, u+1)
				add(u+1, u)
			}
			if y+1 < h {
				add(u, u+w)
				add(u+w, u)
			}
		}
	}
	g, err := FromArcs(w*h, k, arcs)
	if err != nil {
		panic(err)
	}
	return g
}

// TestGraphAccessors checks the forward and reverse indexes against the
// arc list they were built from.
func TestGraphAccessors(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		g, _ := randomCase(r, 3, caseOpts{})
		in := 0
		for v := range int32(g.NumNodes()) {
			first, end := g.InArcs(v)
			prev := int32(-1)
			for e := first; e < end; e++ {
				a := g.InArc(e)
				assert.Equal(t, v, g.Head(a))
				assert.Greater(t, a, prev, "increasing arc order")
				prev = a
				in++
			}
			first, end = g.Arcs(v)
			for a := first; a < end; a++ {
				assert.Equal(t, v, g.Tail(a))
				assert.Len(t, g.Cost(a), 3)
			}
		}
		assert.Equal(t, g.NumArcs(), in)
	}
}

// TestSteadyStateAllocs checks that a reused Searcher answers a repeated
// query without allocating.
func TestSteadyStateAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under the race detector")
	}
	for k := MinObjectives; k <= MaxObjectives; k++ {
		t.Run(fmt.Sprintf("K=%d", k), func(t *testing.T) {
			g := gridGraph(8, 8, k, 5)
			q := Query{Sources: []Endpoint{{Node: 0}}, Targets: []Endpoint{{Node: int32(g.NumNodes() - 1)}}}
			var s Searcher
			ctx := t.Context()
			search := func() {
				if _, err := s.Search(ctx, g, q); err != nil {
					t.Fatal(err)
				}
			}
			search()
			assert.Zero(t, testing.AllocsPerRun(5, search))
		})
	}
}

// TestEndpointsEqualSuperNodes checks multiple sources and targets, with
// their costs, against the textbook construction: a super-source with an
// arc to each source carrying its cost, and a super-target reached from
// each target likewise. The graphs are too large for the oracle (7×7 grids,
// many endpoints).
func TestEndpointsEqualSuperNodes(t *testing.T) {
	for k := MinObjectives; k <= MaxObjectives; k++ {
		t.Run(fmt.Sprintf("K=%d", k), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(k), 23))
			const w = 7
			var s Searcher
			for c := range 20 {
				g := gridGraph(w, w, k, uint64(c))
				n := g.NumNodes()
				var arcs []Arc
				for u := range int32(n) {
					first, end := g.Arcs(u)
					for a := first; a < end; a++ {
						arcs = append(arcs, Arc{From: u, To: g.Head(a), Cost: g.Cost(a)})
					}
				}
				endpoint := func(v int) Endpoint {
					e := Endpoint{Node: int32(v)}
					if r.IntN(2) == 0 {
						e.Cost = make([]int64, k)
						for i := range e.Cost {
							e.Cost[i] = r.Int64N(300)
						}
					}
					return e
				}
				var q Query
				perm := r.Perm(n)
				for _, v := range perm[:1+r.IntN(5)] {
					q.Sources = append(q.Sources, endpoint(v))
				}
				for _, v := range perm[len(perm)-1-r.IntN(20):] {
					q.Targets = append(q.Targets, endpoint(v))
				}
				super, sink := int32(n), int32(n+1)
				zero := make([]int64, k)
				for _, e := range q.Sources {
					c := e.Cost
					if c == nil {
						c = zero
					}
					arcs = append(arcs, Arc{From: super, To: e.Node, Cost: c})
				}
				for _, e := range q.Targets {
					c := e.Cost
					if c == nil {
						c = zero
					}
					arcs = append(arcs, Arc{From: e.Node, To: sink, Cost: c})
				}
				g2, err := FromArcs(n+2, k, arcs)
				require.NoError(t, err)
				res, err := s.Search(t.Context(), g, q)
				require.NoError(t, err)
				got := costs(res)
				checkPaths(t, g, q, res)
				res2, err := s.Search(t.Context(), g2, Query{Sources: []Endpoint{{Node: super}}, Targets: []Endpoint{{Node: sink}}})
				require.NoError(t, err)
				require.Equal(t, costs(res2), got, "case %d", c)
			}
		})
	}
}
