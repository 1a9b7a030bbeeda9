package pareto

import (
	"math/rand/v2"
	"slices"
)

// oracle returns the exact Pareto front of q on g by brute force: a DFS
// enumerates every simple path from every source, every target reached
// yields a candidate (source cost + arc costs + target cost), and the
// candidates within the bounds are reduced to their distinct non-dominated
// vectors, sorted lexicographically. Non-simple paths need no enumeration:
// costs are non-negative, so removing a cycle never makes a path worse.
func oracle(g *Graph, q Query) [][]int64 {
	n, k := g.NumNodes(), g.K()
	var cands [][]int64
	onPath := make([]bool, n)
	tcost := map[int32][]int64{}
	for _, t := range q.Targets {
		c := t.Cost
		if c == nil {
			c = make([]int64, k)
		}
		tcost[t.Node] = c
	}
	cur := make([]int64, k)
	var dfs func(u int32)
	dfs = func(u int32) {
		if tc, ok := tcost[u]; ok {
			c := make([]int64, k)
			ok := true
			for i := range k {
				c[i] = cur[i] + tc[i]
				if q.Bounds != nil && c[i] > q.Bounds[i] {
					ok = false
				}
			}
			if ok {
				cands = append(cands, c)
			}
		}
		onPath[u] = true
		first, end := g.Arcs(u)
		for a := first; a < end; a++ {
			v := g.Head(a)
			if onPath[v] || q.Avoid.Has(a) {
				continue
			}
			ac := append([]int64(nil), g.Cost(a)...)
			if q.WaitArcs.Has(a) {
				w, ok := q.Wait(a, cur[q.WaitObjective])
				if !ok {
					continue
				}
				ac[q.WaitObjective] += w
			}
			for i := range k {
				cur[i] += ac[i]
			}
			dfs(v)
			for i := range k {
				cur[i] -= ac[i]
			}
		}
		onPath[u] = false
	}
	for _, s := range q.Sources {
		for i := range k {
			cur[i] = 0
			if s.Cost != nil {
				cur[i] = s.Cost[i]
			}
		}
		dfs(s.Node)
	}
	return nondominated(cands)
}

// nondominated returns the distinct vectors of cands that no other vector
// dominates, sorted lexicographically.
func nondominated(cands [][]int64) [][]int64 {
	slices.SortFunc(cands, slices.Compare)
	cands = slices.CompactFunc(cands, slices.Equal)
	var out [][]int64
	for _, c := range cands {
		dom := false
		for _, o := range out { // lexicographic order: only earlier ones can dominate
			if weaklyLE(o, c) {
				dom = true
				break
			}
		}
		if !dom {
			out = append(out, c)
		}
	}
	return out
}

func weaklyLE(a, b []int64) bool {
	for i := range a {
		if a[i] > b[i] {
			return false
		}
	}
	return true
}

// periodicWaits makes about half the arcs of g time-dependent in objective
// obj, as scheduled services: arc a departs at times offset + j·period and
// not after horizon. Waiting for the next departure is FIFO, and an arc
// usable at t is usable earlier, as Query.Wait requires.
func periodicWaits(r *rand.Rand, q *Query, m, obj int) {
	if m == 0 {
		return
	}
	period, offset, horizon := make([]int64, m), make([]int64, m), make([]int64, m)
	q.WaitArcs = NewArcSet(m)
	for a := range m {
		if r.IntN(2) == 0 {
			q.WaitArcs.Add(int32(a))
		}
		period[a] = 1 + r.Int64N(6)
		offset[a] = r.Int64N(period[a])
		horizon[a] = r.Int64N(25)
	}
	q.WaitObjective = obj
	q.Wait = func(a int32, t int64) (int64, bool) {
		w := ((offset[a]-t)%period[a] + period[a]) % period[a]
		return w, t+w <= horizon[a]
	}
}

// randomCase draws a small graph and query. Costs come from a tiny range so
// that ties, zero-cost arcs and zero-cost cycles are common; parallel arcs
// and self-loops occur naturally.
type caseOpts struct {
	bounds, avoid, endpointCosts bool
	largeCosts                   bool // costs up to 2^40: sparse keys, few ties
}

func randomCase(r *rand.Rand, k int, o caseOpts) (*Graph, Query) {
	n := 1 + r.IntN(8)
	m := r.IntN(3*n + 1)
	maxC := int64(1 + r.IntN(5))
	if o.largeCosts {
		maxC = 1 << (20 + r.IntN(21))
	}
	arcs := make([]Arc, m)
	for i := range arcs {
		c := make([]int64, k)
		for j := range c {
			c[j] = r.Int64N(maxC + 1)
		}
		arcs[i] = Arc{From: int32(r.IntN(n)), To: int32(r.IntN(n)), Cost: c}
	}
	g, err := FromArcs(n, k, arcs)
	if err != nil {
		panic(err)
	}
	endpoint := func(node int32) Endpoint {
		e := Endpoint{Node: node}
		if o.endpointCosts && r.IntN(2) == 0 {
			e.Cost = make([]int64, k)
			for j := range e.Cost {
				e.Cost[j] = r.Int64N(4)
			}
		}
		return e
	}
	var q Query
	for range 1 + r.IntN(min(n, 3)) {
		q.Sources = append(q.Sources, endpoint(int32(r.IntN(n))))
	}
	for _, v := range r.Perm(n)[:1+r.IntN(min(n, 3))] {
		q.Targets = append(q.Targets, endpoint(int32(v)))
	}
	if o.bounds && r.IntN(2) == 0 {
		q.Bounds = make([]int64, k)
		for j := range q.Bounds {
			q.Bounds[j] = NoBound
			if r.IntN(2) == 0 {
				q.Bounds[j] = r.Int64N(4 * maxC)
			}
		}
	}
	if o.avoid && r.IntN(2) == 0 && m > 0 {
		q.Avoid = NewArcSet(m)
		for a := range m {
			if r.IntN(4) == 0 {
				q.Avoid.Add(int32(a))
			}
		}
	}
	return g, q
}
