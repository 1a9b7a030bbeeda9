package pareto

import (
	"errors"
	"fmt"
)

// MinObjectives and MaxObjectives bound the number of objectives K a Graph
// may carry. Two is the bi-objective engine (BOA*), three and four use the
// truncated-front engine; more than four would make the per-node fronts
// large enough that a different algorithm should be chosen.
const (
	MinObjectives = 2
	MaxObjectives = 4
)

// MaxEndpointCost is the largest cost any single objective of a source or
// target Endpoint may carry. Together with the per-arc limit (see
// Graph.MaxArcCost) it keeps every path sum g, every g+h and every bound
// comparison below 2^62, so int64 arithmetic in the hot loop never overflows
// and no overflow checks are needed there.
const MaxEndpointCost = int64(1) << 60

// Unreachable is the heuristic value of a node from which no target can be
// reached. It is far above every real path cost (which stays below 2^62) yet
// small enough that adding an arc cost to it cannot overflow.
const Unreachable = int64(1) << 62

// Graph is an immutable static directed graph in compressed sparse row (CSR)
// form whose arcs carry K non-negative integer costs. Node and arc indices
// are int32: the arcs leaving node u are the indices Start(u)..Start(u+1)-1.
//
// A Graph is built and validated once by NewGraph (or FromArcs, LoadDIMACS)
// and is then safe for concurrent use by any number of Searchers.
//
// Costs are stored interleaved (arc a's objective i at cost[a*K+i]): the
// search reads all K costs of an arc together, so one cache line serves
// them. On DIMACS NY, K separate slices measured the same within noise
// (3.2–3.6 s against 3.0–3.6 s of search CPU for the 50 public queries), so
// the simpler single slice stays.
type Graph struct {
	k     int
	start []int32 // len n+1
	head  []int32 // len m
	cost  []int64 // len m*k, interleaved

	// Reverse CSR, built once, for the backward Dijkstras of the heuristic.
	rstart []int32 // len n+1
	rarc   []int32 // forward arc index of each reverse arc, grouped by head
	rtail  []int32 // tail of that forward arc (the node the reverse arc leads to)
	rcost  []int64 // its costs, interleaved, in reverse-arc order
}

// NewGraph validates a CSR graph and returns it. start has len n+1 with
// start[0] == 0, start[n] == len(head) and non-decreasing entries; head holds
// the target node of every arc; cost holds len(head)*k non-negative costs,
// interleaved by arc. The slices are retained, not copied: the caller must
// not modify them afterwards.
//
// Every error wraps ErrGraph. Arc costs must not exceed MaxArcCost(n), so
// that sums along any simple path stay far from int64 overflow.
// NewGraph runs in O(n+m·K) time and allocates the reverse graph (n+2m
// int32 and a copy of the costs in reverse order, which the backward
// Dijkstras then read sequentially instead of by random access).
func NewGraph(k int, start, head []int32, cost []int64) (*Graph, error) {
	if k < MinObjectives || k > MaxObjectives {
		return nil, fmt.Errorf("%w: %d objectives, want %d to %d", ErrGraph, k, MinObjectives, MaxObjectives)
	}
	if len(start) == 0 {
		return nil, fmt.Errorf("%w: start is empty, want len n+1", ErrGraph)
	}
	n := len(start) - 1
	if n >= 1<<31-2 {
		return nil, fmt.Errorf("%w: %d nodes do not fit int32 indices", ErrGraph, n)
	}
	m := len(head)
	if m >= 1<<31-1 {
		return nil, fmt.Errorf("%w: %d arcs do not fit int32 indices", ErrGraph, m)
	}
	if start[0] != 0 || int(start[n]) != m {
		return nil, fmt.Errorf("%w: start[0]=%d start[n]=%d, want 0 and %d arcs", ErrGraph, start[0], start[n], m)
	}
	for u := 0; u < n; u++ {
		if start[u+1] < start[u] {
			return nil, fmt.Errorf("%w: start decreases at node %d", ErrGraph, u)
		}
	}
	if len(cost) != m*k {
		return nil, fmt.Errorf("%w: %d costs for %d arcs and %d objectives, want %d", ErrGraph, len(cost), m, k, m*k)
	}
	limit := MaxArcCost(n)
	for a, v := range head {
		if v < 0 || int(v) >= n {
			return nil, fmt.Errorf("%w: arc %d heads to node %d, out of range [0,%d)", ErrGraph, a, v, n)
		}
		for i := 0; i < k; i++ {
			c := cost[a*k+i]
			if c < 0 {
				return nil, fmt.Errorf("%w: arc %d objective %d has negative cost %d", ErrGraph, a, i, c)
			}
			if c > limit {
				return nil, fmt.Errorf("%w: arc %d objective %d cost %d exceeds the limit %d for %d nodes", ErrGraph, a, i, c, limit, n)
			}
		}
	}
	g := &Graph{k: k, start: start, head: head, cost: cost}
	g.buildReverse()
	return g, nil
}

// WithCosts returns a graph with g's topology and new costs for k
// objectives, interleaved by arc as for NewGraph. It shares g's arrays and
// reverse index, so it costs O(m·K) — no O(n+m) rebuild — which is what a
// caller that prices the same topology afresh for every query wants. The
// reversed costs the heuristic reads are written into buf when it is large
// enough (and a new slice otherwise); the returned graph retains cost and
// buf, which the caller must not modify while it is in use. Every error
// wraps ErrGraph.
func (g *Graph) WithCosts(k int, cost, buf []int64) (*Graph, error) {
	if k < MinObjectives || k > MaxObjectives {
		return nil, fmt.Errorf("%w: %d objectives, want %d to %d", ErrGraph, k, MinObjectives, MaxObjectives)
	}
	m := len(g.head)
	if len(cost) != m*k {
		return nil, fmt.Errorf("%w: %d costs for %d arcs and %d objectives, want %d", ErrGraph, len(cost), m, k, m*k)
	}
	limit := MaxArcCost(g.NumNodes())
	for i, c := range cost {
		if c < 0 || c > limit {
			return nil, fmt.Errorf("%w: arc %d objective %d cost %d outside [0, %d]", ErrGraph, i/k, i%k, c, limit)
		}
	}
	if cap(buf) < m*k {
		buf = make([]int64, m*k)
	}
	rcost := buf[:m*k]
	for r, a := range g.rarc {
		copy(rcost[r*k:r*k+k], cost[int(a)*k:int(a)*k+k])
	}
	return &Graph{k: k, start: g.start, head: g.head, cost: cost,
		rstart: g.rstart, rarc: g.rarc, rtail: g.rtail, rcost: rcost}, nil
}

// MaxArcCost returns the largest arc cost a graph of n nodes accepts in any
// objective: (2^60)/(n+1). A label-setting search only keeps labels of simple
// paths (a cycle has non-negative cost, so the label that closes it is
// weakly dominated and pruned), so a path sum is at most n·MaxArcCost(n) plus
// a source cost of at most MaxEndpointCost, i.e. below 2^61.
func MaxArcCost(n int) int64 {
	return MaxEndpointCost / int64(n+1)
}

// Arc is one arc for FromArcs.
type Arc struct {
	From, To int32
	Cost     []int64 // len K
}

// FromArcs builds a Graph with n nodes and K objectives from an arc list. The
// CSR order is a stable sort of arcs by From, so when arcs are already sorted
// by From, arc index i of the Graph is arcs[i]. Every error wraps ErrGraph.
// It runs in O(n+m·K).
func FromArcs(n, k int, arcs []Arc) (*Graph, error) {
	if n < 0 || n >= 1<<31-2 {
		return nil, fmt.Errorf("%w: %d nodes", ErrGraph, n)
	}
	if k < MinObjectives || k > MaxObjectives {
		return nil, fmt.Errorf("%w: %d objectives, want %d to %d", ErrGraph, k, MinObjectives, MaxObjectives)
	}
	cs := newCSRSort(n)
	for i, a := range arcs {
		if a.From < 0 || int(a.From) >= n {
			return nil, fmt.Errorf("%w: arc %d leaves node %d, out of range [0,%d)", ErrGraph, i, a.From, n)
		}
		if len(a.Cost) != k {
			return nil, fmt.Errorf("%w: arc %d has %d costs, want %d", ErrGraph, i, len(a.Cost), k)
		}
		cs.count(a.From)
	}
	start := cs.offsets()
	head := make([]int32, len(arcs))
	cost := make([]int64, len(arcs)*k)
	for _, a := range arcs {
		p := cs.slot(a.From)
		head[p] = a.To
		copy(cost[int(p)*k:], a.Cost)
	}
	return NewGraph(k, start, head, cost)
}

// csrSort is the stable counting sort that builds a CSR index, shared by
// FromArcs, readDIMACS (by tail) and buildReverse (by head): the caller
// counts every item's key (a node in [0,n)), takes the offsets, then asks
// for each item's slot in the items' original order. Items of one key get
// consecutive slots in that order, so the sort is stable and arc indices
// follow the input order within a node. It runs in O(n+m) and allocates
// 2n+1 int32.
type csrSort struct {
	start []int32 // len n+1: counts, then offsets
	next  []int32 // len n: the next free slot of each key
}

func newCSRSort(n int) csrSort { return csrSort{start: make([]int32, n+1)} }

// count counts one item of key u.
func (c *csrSort) count(u int32) { c.start[u+1]++ }

// offsets turns the counts into the CSR offsets and returns them: the
// items of key u will occupy slots start[u]..start[u+1]-1.
func (c *csrSort) offsets() []int32 {
	n := len(c.start) - 1
	for u := range n {
		c.start[u+1] += c.start[u]
	}
	c.next = append([]int32(nil), c.start[:n]...)
	return c.start
}

// slot returns the slot of the next item of key u.
func (c *csrSort) slot(u int32) int32 {
	p := c.next[u]
	c.next[u]++
	return p
}

// buildReverse fills the reverse CSR by a counting sort of arcs by head; the
// reverse arcs of a node keep increasing forward arc order.
func (g *Graph) buildReverse() {
	n := len(g.start) - 1
	cs := newCSRSort(n)
	for _, v := range g.head {
		cs.count(v)
	}
	rstart := cs.offsets()
	rarc := make([]int32, len(g.head))
	rtail := make([]int32, len(g.head))
	rcost := make([]int64, len(g.cost))
	k := g.k
	for u := 0; u < n; u++ {
		for a := g.start[u]; a < g.start[u+1]; a++ {
			r := cs.slot(g.head[a])
			rarc[r] = a
			rtail[r] = int32(u)
			copy(rcost[int(r)*k:int(r)*k+k], g.cost[int(a)*k:int(a)*k+k])
		}
	}
	g.rstart, g.rarc, g.rtail, g.rcost = rstart, rarc, rtail, rcost
}

// K returns the number of objectives of every arc.
func (g *Graph) K() int { return g.k }

// NumNodes returns the number of nodes n; nodes are 0..n-1.
func (g *Graph) NumNodes() int { return len(g.start) - 1 }

// NumArcs returns the number of arcs m; arcs are 0..m-1.
func (g *Graph) NumArcs() int { return len(g.head) }

// Arcs returns the half-open range [first, end) of the arcs leaving u.
// It panics if u is out of range, like a slice index.
func (g *Graph) Arcs(u int32) (first, end int32) { return g.start[u], g.start[u+1] }

// Head returns the node arc a points to.
func (g *Graph) Head(a int32) int32 { return g.head[a] }

// Tail returns the node arc a leaves, by binary search over the CSR offsets
// in O(log n).
func (g *Graph) Tail(a int32) int32 {
	lo, hi := 0, len(g.start)-1 // find the last u with start[u] <= a
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if g.start[mid] <= a {
			lo = mid
		} else {
			hi = mid
		}
	}
	return int32(lo)
}

// InArcs returns the half-open range [first, end) of node v's entries in
// the reverse index, built once by NewGraph; InArc maps each entry to the
// arc entering v. Entries list a node's incoming arcs in increasing arc
// order. It panics if v is out of range, like a slice index.
func (g *Graph) InArcs(v int32) (first, end int32) { return g.rstart[v], g.rstart[v+1] }

// InArc returns the arc of reverse-index entry r (see InArcs).
func (g *Graph) InArc(r int32) int32 { return g.rarc[r] }

// Cost returns the K costs of arc a. The slice aliases the graph: do not
// modify it.
func (g *Graph) Cost(a int32) []int64 {
	k := int(a) * g.k
	return g.cost[k : k+g.k : k+g.k]
}

// ErrGraph is wrapped by every error about a malformed graph.
var ErrGraph = errors.New("pareto: invalid graph")
