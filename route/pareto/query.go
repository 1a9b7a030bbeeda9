package pareto

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// Sentinel errors. Every error returned by this package wraps one of them
// (or a context error), so callers test with errors.Is.
var (
	// ErrQuery is wrapped by every error about a malformed Query.
	ErrQuery = errors.New("pareto: invalid query")
	// ErrLimit reports that Query.MaxLabels stopped the search early; the
	// Result holds the solutions proven so far and is marked incomplete.
	ErrLimit = errors.New("pareto: label limit reached")
	// ErrStale reports that a Result was read after its Searcher started
	// another search, which reuses the buffers the Result points into.
	ErrStale = errors.New("pareto: result used after its searcher was reused")
)

// NoBound is the Query.Bounds entry of an objective that is not bounded.
const NoBound = int64(math.MaxInt64)

// Endpoint is a source or a target of a query: a node, and the cost vector
// paid for starting (source) or ending (target) there. A nil Cost is the zero
// vector; otherwise it has len K and entries in [0, MaxEndpointCost].
//
// Several sources model "any terminal of a city" as origin without building
// a super-source; several targets model it as destination: the search adds a
// virtual goal node with one virtual arc from each target carrying that
// target's cost, which is exactly a super-target.
type Endpoint struct {
	Node int32
	Cost []int64
}

// Query describes one search. The number of objectives K is the Graph's;
// the route layer builds a graph per choice of objectives. The zero value of
// every optional field means "off": no bounds, no avoided arcs, no label
// limit, an exact front, no time-dependent arcs.
type Query struct {
	// Sources and Targets must each be non-empty. A node may appear at most
	// once among the targets; sources may repeat with different costs.
	Sources []Endpoint
	Targets []Endpoint

	// Bounds, when non-nil, has len K: a path whose cost in objective i
	// exceeds Bounds[i] is not a solution, and a label is pruned as soon as
	// g+h exceeds a bound (h is a lower bound, so no solution is lost). Use
	// NoBound for an unbounded objective. This is how "max transit time" and
	// "max money" constraints are expressed.
	Bounds []int64

	// Avoid, when non-nil, is a set of arcs the search must not use (the
	// route layer fills it from avoided modes, terminals or countries). It
	// must have been sized for the graph (NewArcSet(g.NumArcs())).
	Avoid ArcSet

	// MaxLabels, when positive, caps the number of labels generated. When it
	// is reached the search stops and returns the solutions proven so far
	// with an error wrapping ErrLimit.
	MaxLabels int

	// Epsilon, when positive, asks for an approximate front: every Pareto
	// optimal cost vector p is then (1+Epsilon)-dominated by a returned
	// solution s, i.e. s[0] <= p[0] and s[i] <= (1+Epsilon)·p[i] for all i.
	// Returned solutions are mutually non-dominated.
	Epsilon float64

	// Heuristic, when non-nil, supplies precomputed lower bounds; it must
	// have been computed by Heuristic.Compute for the same graph, Targets and
	// Avoid (the search checks sizes only). When nil the Searcher computes
	// them itself, which is what one normally wants; this field lets a
	// caller reuse them across queries to the same targets, and lets
	// benchmarks time the search alone.
	Heuristic *Heuristic

	// Wait, with WaitArcs, makes some arcs time-dependent, for scheduled
	// services. Before relaxing an arc in WaitArcs, the search calls
	// Wait(arc, t), where t is the label's cost in objective WaitObjective
	// (its time on reaching the arc's tail), and adds the returned wait to
	// that objective of the arc's cost; ok false means the arc cannot be
	// taken at t (no departure left). The graph stores such an arc's cost
	// without waiting, so the heuristic stays a consistent lower bound.
	//
	// The front stays exact when Wait is FIFO: t <= t' implies
	// t+Wait(a,t) <= t'+Wait(a,t'), and an arc usable at t' is usable at
	// every t <= t'. Then a label that weakly dominates another at a node
	// still does after any extension, which is all the pruning relies on.
	// A wait outside [0, MaxArcCost(n)] stops the search with an error
	// wrapping ErrQuery. Wait is called on the searching goroutine only.
	Wait          func(arc int32, t int64) (wait int64, ok bool)
	WaitArcs      ArcSet
	WaitObjective int
}

// ArcSet is a bit set over arc indices. The zero value (nil) is the empty set.
// Testing it costs one load and a branch per arc: on DIMACS NY a search with
// an empty (non-nil) Avoid set runs as fast as one without, within noise.
// A set rather than a func(arc int32) bool keeps the hot loop free of
// indirect calls and the Query free of closures.
type ArcSet []uint64

// NewArcSet returns an empty set sized for m arcs.
func NewArcSet(m int) ArcSet { return make(ArcSet, (m+63)/64) }

// Add puts arc a into the set. It panics if a is beyond the set's size.
func (s ArcSet) Add(a int32) { s[a>>6] |= 1 << (uint(a) & 63) }

// Has reports whether arc a is in the set; arcs beyond its size are not.
func (s ArcSet) Has(a int32) bool {
	w := int(a >> 6)
	return a >= 0 && w < len(s) && s[w]&(1<<(uint(a)&63)) != 0
}

// Stats describes the work done by one search.
type Stats struct {
	Generated     int64         // labels created (including initial ones)
	Expanded      int64         // labels whose outgoing arcs were scanned
	HeuristicTime time.Duration // backward Dijkstras; zero if Query.Heuristic was given
	SearchTime    time.Duration // everything else
}

// validate checks q against g. It runs in O(sources+targets+K).
func (q *Query) validate(g *Graph) error {
	if g == nil {
		return fmt.Errorf("%w: nil graph", ErrQuery)
	}
	n, k := g.NumNodes(), g.K()
	if len(q.Sources) == 0 || len(q.Targets) == 0 {
		return fmt.Errorf("%w: %d sources and %d targets, want at least one each", ErrQuery, len(q.Sources), len(q.Targets))
	}
	check := func(kind string, i int, e Endpoint) error {
		if e.Node < 0 || int(e.Node) >= n {
			return fmt.Errorf("%w: %s %d is node %d, out of range [0,%d)", ErrQuery, kind, i, e.Node, n)
		}
		if e.Cost == nil {
			return nil
		}
		if len(e.Cost) != k {
			return fmt.Errorf("%w: %s %d has %d costs, want %d", ErrQuery, kind, i, len(e.Cost), k)
		}
		for j, c := range e.Cost {
			if c < 0 || c > MaxEndpointCost {
				return fmt.Errorf("%w: %s %d objective %d cost %d outside [0, 2^60]", ErrQuery, kind, i, j, c)
			}
		}
		return nil
	}
	for i, e := range q.Sources {
		if err := check("source", i, e); err != nil {
			return err
		}
	}
	for i, e := range q.Targets {
		if err := check("target", i, e); err != nil {
			return err
		}
	}
	if q.Bounds != nil {
		if len(q.Bounds) != k {
			return fmt.Errorf("%w: %d bounds, want %d", ErrQuery, len(q.Bounds), k)
		}
		for i, b := range q.Bounds {
			if b < 0 {
				return fmt.Errorf("%w: bound %d is negative (%d)", ErrQuery, i, b)
			}
		}
	}
	if q.Avoid != nil && len(q.Avoid) != (g.NumArcs()+63)/64 {
		return fmt.Errorf("%w: arc set sized for %d words, graph needs %d", ErrQuery, len(q.Avoid), (g.NumArcs()+63)/64)
	}
	if q.MaxLabels < 0 {
		return fmt.Errorf("%w: negative MaxLabels %d", ErrQuery, q.MaxLabels)
	}
	if !(q.Epsilon >= 0) || math.IsInf(q.Epsilon, 0) { // also rejects NaN
		return fmt.Errorf("%w: epsilon %v, want a finite value >= 0", ErrQuery, q.Epsilon)
	}
	if q.WaitArcs != nil {
		if q.Wait == nil {
			return fmt.Errorf("%w: WaitArcs without a Wait function", ErrQuery)
		}
		if len(q.WaitArcs) != (g.NumArcs()+63)/64 {
			return fmt.Errorf("%w: wait arc set sized for %d words, graph needs %d", ErrQuery, len(q.WaitArcs), (g.NumArcs()+63)/64)
		}
		if q.WaitObjective < 0 || q.WaitObjective >= k {
			return fmt.Errorf("%w: wait objective %d, want 0 to %d", ErrQuery, q.WaitObjective, k-1)
		}
	}
	if h := q.Heuristic; h != nil && (h.k != k || h.n != n) {
		return fmt.Errorf("%w: heuristic computed for %d nodes and %d objectives, graph has %d and %d", ErrQuery, h.n, h.k, n, k)
	}
	return nil
}

// waitFor returns the wait before arc a for a label whose time objective
// is t, or ok false when the arc cannot be taken. It is called only for arcs
// in WaitArcs, off the engines' common path.
func (q *Query) waitFor(a int32, t, limit int64) (w int64, ok bool, err error) {
	w, ok = q.Wait(a, t)
	if ok && (w < 0 || w > limit) {
		return 0, false, fmt.Errorf("%w: Wait returned %d for arc %d at %d, outside [0, %d]", ErrQuery, w, a, t, limit)
	}
	return w, ok, nil
}

// bound returns objective i's bound, NoBound when unbounded.
func (q *Query) bound(i int) int64 {
	if q.Bounds == nil {
		return NoBound
	}
	return q.Bounds[i]
}

// labelLimit returns the number of labels a search may generate:
// MaxLabels, or no limit when it is not positive.
func (q *Query) labelLimit() int64 {
	if q.MaxLabels <= 0 {
		return 1<<63 - 1
	}
	return int64(q.MaxLabels)
}

// endpointCost returns objective i of e's cost; a nil Cost is the zero
// vector.
func endpointCost(e Endpoint, i int) int64 {
	if e.Cost == nil {
		return 0
	}
	return e.Cost[i]
}

// epsCut returns the smallest integer x such that a label whose f value is
// at least x is (1+eps)-dominated by a solution of cost s: (1+eps)·x >= s.
// With eps == 0 it is s itself (exact pruning: f >= s).
func epsCut(s int64, eps float64) int64 {
	if eps == 0 || s >= Unreachable {
		return s
	}
	x := int64(math.Ceil(float64(s) / (1 + eps)))
	// Float rounding may leave x one off either way; fix it exactly enough
	// for the guarantee (never prune a label that is not covered).
	for x < s && float64(x)*(1+eps) < float64(s) {
		x++
	}
	for x > 0 && float64(x-1)*(1+eps) >= float64(s) {
		x--
	}
	return x
}
