package pareto

import (
	"context"
	"fmt"
	"iter"
	"time"
)

// Searcher runs multi-objective searches. It owns every buffer a search
// needs (labels, open list, per-node state, heuristics) and reuses them
// across calls, growing but never shrinking them, so that a Searcher in
// steady state answers queries without allocating. The zero value is ready
// to use.
//
// A Searcher is not safe for concurrent use: give each goroutine its own, or
// keep them in a sync.Pool. The Graph it searches may be shared.
type Searcher struct {
	heur Heuristic
	gen  uint64 // incremented by every Search; a Result remembers its own

	targetAt []int32 // per node: index in Query.Targets, or -1
	tnodes   []int32 // the nodes set in targetAt, to clear them next time

	// The last search's solutions, read by its Result.
	sols    []int32 // label id of each solution, in output order
	solCost []int64 // len(sols)*k, cost vectors of the solutions

	labels labelStore // label slab shared by both engines

	// Bi-objective engine (boa.go).
	bnodes []boaNode
	open   openList

	// Truncated-front engine (mo.go).
	mh     []int64   // heuristic per node, stride k (goal included)
	fronts [][]int64 // per node: truncated g vectors (objectives 2..k) of expanded labels
	mq     lexHeap
}

// label is one search label: a path from a source, ending with arc, that
// extends label parent. Its node and cost vector g are not stored: the open
// list entry carries the node and f = g + h, from which g is recovered at
// extraction; this keeps a label at 8 bytes, which matters when a DIMACS
// query keeps millions of them. Special cases:
//   - a path of no arcs from Query.Sources[i]: parent -1, arc -1-i;
//   - the virtual goal label after target t: parent >= 0, arc -1-t.
type label struct {
	parent, arc int32
}

// labelStore is the label slab of a search with its free slots. Labels
// pruned at extraction are never parents, so the engines release their
// slots for reuse; this keeps the slab at (expanded + open) labels. The
// methods are small enough to be inlined into the engines' loops.
type labelStore struct {
	l    []label
	free []int32
}

func (ls *labelStore) reset() {
	ls.l, ls.free = ls.l[:0], ls.free[:0]
}

// add stores l, in a freed slot when there is one, and returns its id.
func (ls *labelStore) add(l label) int32 {
	if k := len(ls.free); k > 0 {
		id := ls.free[k-1]
		ls.free = ls.free[:k-1]
		ls.l[id] = l
		return id
	}
	ls.l = append(ls.l, l)
	return int32(len(ls.l) - 1)
}

// release frees the slot of label id, which must not be a parent.
func (ls *labelStore) release(id int32) { ls.free = append(ls.free, id) }

// cancelled reports whether done is closed, without blocking; a nil done
// (a context that cannot be cancelled) never is. The engines call it every
// 4096 expansions and the heuristic every 65536 pops: often enough to stop
// within milliseconds, rarely enough to cost nothing.
func cancelled(done <-chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// Result is the outcome of one Search: the Pareto front (or the part proven
// before a limit stopped the search) as solutions in lexicographic order of
// their cost vectors. There is one solution per distinct cost vector.
//
// A Result points into its Searcher's buffers: it stays valid until the
// Searcher's next Search. Cost aliases those buffers; AppendArcs and
// Solutions report ErrStale once the Searcher has been reused. Call
// Solutions to keep an owned copy.
type Result struct {
	// Complete is true when the search ran to the end, so the solutions are
	// the whole front (or, with Epsilon > 0, an approximate front with the
	// documented guarantee). When false, each returned solution is still
	// Pareto-optimal (exact mode), but some may be missing.
	Complete bool
	Stats    Stats

	s   *Searcher
	gen uint64
	k   int
	n   int
}

// Solution is an owned copy of one solution of a Result.
type Solution struct {
	Cost   []int64 // len K
	Arcs   []int32 // arc indices from the source to the target, in order
	Source int     // index into Query.Sources
	Target int     // index into Query.Targets
}

// Search computes the Pareto front of paths from q.Sources to q.Targets in g.
// A path's cost is its source's cost, plus its arcs' costs, plus its target's
// cost. It returns an error wrapping ErrQuery for a malformed query; when
// MaxLabels or ctx stops the search early it returns the solutions proven so
// far, Complete false, and an error wrapping ErrLimit or the context error.
//
// With two objectives the search is BOA* (boa.go); with three or four it is
// a lexicographic label-setting search with per-node truncated fronts
// (mo.go). See the package documentation for guarantees and complexity.
func (s *Searcher) Search(ctx context.Context, g *Graph, q Query) (Result, error) {
	s.gen++
	s.sols = s.sols[:0]
	s.solCost = s.solCost[:0]
	res := Result{s: s, gen: s.gen}
	if err := q.validate(g); err != nil {
		return res, err
	}
	if err := s.setup(g, &q); err != nil {
		return res, err
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	res.k = g.K()
	t0 := time.Now()
	h := q.Heuristic
	if h == nil {
		h = &s.heur
		if err := h.compute(ctx, g, q.Targets, q.Avoid); err != nil {
			return res, err
		}
	}
	t1 := time.Now()
	if q.Heuristic == nil {
		res.Stats.HeuristicTime = t1.Sub(t0)
	}
	var err error
	if g.K() == 2 {
		err = s.boa(ctx, g, &q, h, &res.Stats)
	} else {
		err = s.mo(ctx, g, &q, h, &res.Stats)
	}
	res.Stats.SearchTime = time.Since(t1)
	res.n = len(s.sols)
	res.Complete = err == nil
	return res, err
}

// setup marks the query's targets in targetAt, for both engines, and
// rejects a node listed twice among them in O(targets), without allocating.
func (s *Searcher) setup(g *Graph, q *Query) error {
	n := g.NumNodes()
	if len(s.targetAt) != n {
		if cap(s.targetAt) < n {
			s.targetAt = make([]int32, n)
		}
		s.targetAt = s.targetAt[:n]
		for i := range s.targetAt {
			s.targetAt[i] = -1
		}
	} else {
		// targetAt is all -1 between queries except at the previous
		// targets, which the Searcher remembers in tnodes: clearing them is
		// O(targets) rather than O(n).
		for _, v := range s.tnodes {
			s.targetAt[v] = -1
		}
	}
	s.tnodes = s.tnodes[:0]
	for i, t := range q.Targets {
		if j := s.targetAt[t.Node]; j >= 0 {
			return fmt.Errorf("%w: targets %d and %d are both node %d", ErrQuery, j, i, t.Node)
		}
		s.targetAt[t.Node] = int32(i)
		s.tnodes = append(s.tnodes, t.Node)
	}
	return nil
}

// Len returns the number of solutions.
func (r Result) Len() int { return r.n }

// K returns the number of objectives of each solution's cost vector.
func (r Result) K() int { return r.k }

// Cost returns solution i's cost vector. It aliases the Searcher's buffers:
// copy it to keep it past the Searcher's next Search. It returns nil when i
// is out of range or the Result is stale (see ErrStale).
func (r Result) Cost(i int) []int64 {
	if !r.valid(i) {
		return nil
	}
	return r.s.solCost[i*r.k : (i+1)*r.k : (i+1)*r.k]
}

// Source returns the index in Query.Sources of solution i's source, or -1
// when i is out of range or the Result is stale.
func (r Result) Source(i int) int {
	if !r.valid(i) {
		return -1
	}
	l := r.s.labels.l[r.s.sols[i]]
	for l.parent >= 0 {
		l = r.s.labels.l[l.parent]
	}
	return int(-1 - l.arc)
}

// Target returns the index in Query.Targets of solution i's target, or -1
// when i is out of range or the Result is stale.
func (r Result) Target(i int) int {
	if !r.valid(i) {
		return -1
	}
	return int(-1 - r.s.labels.l[r.s.sols[i]].arc)
}

// All walks the solutions in order, yielding each index and cost vector (as
// Cost does, aliasing the Searcher's buffers). It yields nothing once the
// Result is stale.
func (r Result) All() iter.Seq2[int, []int64] {
	return func(yield func(int, []int64) bool) {
		for i := 0; r.valid(i); i++ {
			if !yield(i, r.Cost(i)) {
				return
			}
		}
	}
}

// valid reports whether solution i can be read from the Searcher's buffers.
func (r Result) valid(i int) bool {
	return r.s != nil && r.gen == r.s.gen && i >= 0 && i < r.n
}

// AppendArcs appends the arcs of solution i's path, from source to target,
// to dst and returns it. It walks the parent labels in O(path length).
func (r Result) AppendArcs(dst []int32, i int) ([]int32, error) {
	if r.s == nil || r.gen != r.s.gen {
		return dst, ErrStale
	}
	if i < 0 || i >= r.n {
		return dst, fmt.Errorf("%w: solution %d of %d", ErrQuery, i, r.n)
	}
	first := len(dst)
	for l := r.s.labels.l[r.s.labels.l[r.s.sols[i]].parent]; l.parent >= 0; l = r.s.labels.l[l.parent] {
		dst = append(dst, l.arc)
	}
	// reverse in place: arcs were appended from the target back
	for a, b := first, len(dst)-1; a < b; a, b = a+1, b-1 {
		dst[a], dst[b] = dst[b], dst[a]
	}
	return dst, nil
}

// Solutions returns owned copies of all solutions, with their arc paths.
func (r Result) Solutions() ([]Solution, error) {
	if r.s == nil || r.gen != r.s.gen {
		return nil, ErrStale
	}
	out := make([]Solution, r.n)
	for i := range out {
		arcs, err := r.AppendArcs(nil, i)
		if err != nil {
			return nil, err
		}
		out[i] = Solution{
			Cost:   append([]int64(nil), r.Cost(i)...),
			Arcs:   arcs,
			Source: r.Source(i),
			Target: r.Target(i),
		}
	}
	return out, nil
}
