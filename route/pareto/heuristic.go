package pareto

import (
	"context"
	"fmt"
	"math/bits"
)

// Heuristic holds, for every objective i and node v, the exact cost h_i(v)
// of the cheapest path from v to the targets in objective i alone (plus the
// target's own cost), or Unreachable. Each h_i is admissible and consistent
// (h_i(u) <= c_i(u,v) + h_i(v) for every arc), which the engines rely on:
// f = g + h never decreases along a path, so labels leave the open list in
// non-decreasing f order and the dominance checks against the goal are safe.
//
// A Heuristic is computed by K backward Dijkstras over the reverse graph,
// one per objective, in O(K·(n+m)·log C) with a radix heap (C the largest
// distance). They run in sequence: on K goroutines they measured only 20%
// faster on DIMACS NY (42 against 52 ms on two cores: the searches are
// memory-bound), at the price of allocations and of competing with the
// caller's own concurrent queries. Its buffers are reused by later Compute
// calls. The zero value is
// ready to use. Once computed it may be shared read-only by concurrent
// searches (Query.Heuristic); it must not be recomputed meanwhile.
type Heuristic struct {
	n, k int
	h    [MaxObjectives][]int64
	heap radixHeap
}

// Compute fills h for graph g, the given targets (with their costs) and the
// avoided arcs (nil for none). A node listed twice among the targets counts
// with its cheaper cost per objective (Search itself rejects such queries). It returns an error wrapping ErrQuery on bad
// input, or ctx.Err() if ctx is cancelled.
func (h *Heuristic) Compute(ctx context.Context, g *Graph, targets []Endpoint, avoid ArcSet) error {
	q := Query{Sources: []Endpoint{{}}, Targets: targets, Avoid: avoid}
	if g != nil && g.NumNodes() == 0 {
		return fmt.Errorf("%w: graph has no nodes", ErrQuery)
	}
	if err := q.validate(g); err != nil {
		return err
	}
	return h.compute(ctx, g, targets, avoid)
}

// Value returns h_i(v): a lower bound on the cost in objective i of any path
// from v to a target (including the target's cost), or Unreachable.
func (h *Heuristic) Value(i int, v int32) int64 { return h.h[i][v] }

func (h *Heuristic) compute(ctx context.Context, g *Graph, targets []Endpoint, avoid ArcSet) error {
	n, k := g.NumNodes(), g.K()
	h.n, h.k = n, k
	for i := range k {
		if err := ctx.Err(); err != nil {
			return err
		}
		if cap(h.h[i]) < n {
			h.h[i] = make([]int64, n)
		}
		h.h[i] = h.h[i][:n]
		if err := h.dijkstra(ctx, g, targets, avoid, i, h.h[i]); err != nil {
			return err
		}
	}
	return nil
}

// dijkstra computes dist[v] = min over targets t of cost_t[i] + d_i(v, t) on
// the reverse graph. Stale heap entries (key above the node's settled
// distance) are skipped on pop instead of decreasing keys in place. It
// checks ctx every 65536 pops (a few milliseconds), so that a search on a
// continental graph can be cancelled during its heuristics too.
func (h *Heuristic) dijkstra(ctx context.Context, g *Graph, targets []Endpoint, avoid ArcSet, i int, dist []int64) error {
	for v := range dist {
		dist[v] = Unreachable
	}
	rh := &h.heap
	rh.reset()
	for _, t := range targets {
		if c := endpointCost(t, i); c < dist[t.Node] {
			dist[t.Node] = c
		}
	}
	// Targets' costs may differ: push them all; the heap starts from the
	// smallest key, which it requires (keys must not go below the last pop).
	minKey := Unreachable
	for _, t := range targets {
		minKey = min(minKey, dist[t.Node])
	}
	rh.last = minKey
	for _, t := range targets {
		rh.push(dist[t.Node], t.Node)
	}
	k := g.k
	rstart, rarc, rtail, rcost := g.rstart, g.rarc, g.rtail, g.rcost
	done := ctx.Done()
	for pops := 1; rh.size > 0; pops++ {
		if pops&0xffff == 0 && cancelled(done) {
			return ctx.Err()
		}
		d, v := rh.pop()
		if d > dist[v] {
			continue
		}
		for r := rstart[v]; r < rstart[v+1]; r++ {
			if avoid != nil {
				if a := rarc[r]; avoid[a>>6]&(1<<(uint(a)&63)) != 0 {
					continue
				}
			}
			u := rtail[r]
			nd := d + rcost[int(r)*k+i]
			if nd < dist[u] {
				dist[u] = nd
				rh.push(nd, u)
			}
		}
	}
	return nil
}

// radixHeap is the Dijkstras' queue. On DIMACS NY two backward Dijkstras
// take about 54 ms with it, 74 ms with a binary heap, and 45 ms with Dial's
// buckets; Dial's scan of empty buckets grows with the distance range,
// though, which for money in minor units can be 10^8 and more, while a
// radix heap's cost grows only with its logarithm.
//
// It is a monotone priority queue of (key, node) pairs: keys pushed
// are never below the last key popped, which Dijkstra guarantees. An item
// sits in bucket bits.Len64(key ^ last), so bucket 0 holds exactly the items
// equal to the last popped key; a pop from an empty bucket 0 redistributes
// the first non-empty bucket around its minimum. Each item moves at most 64
// times, and in practice once or twice.
type radixHeap struct {
	buckets [65][]radixItem
	last    int64
	size    int
}

type radixItem struct {
	key  int64
	node int32
}

func (r *radixHeap) reset() {
	for i := range r.buckets {
		r.buckets[i] = r.buckets[i][:0]
	}
	r.size, r.last = 0, 0
}

func (r *radixHeap) push(key int64, node int32) {
	b := bits.Len64(uint64(key ^ r.last))
	r.buckets[b] = append(r.buckets[b], radixItem{key, node})
	r.size++
}

func (r *radixHeap) pop() (int64, int32) {
	if len(r.buckets[0]) == 0 {
		i := 1
		for len(r.buckets[i]) == 0 {
			i++
		}
		b := r.buckets[i]
		m := b[0].key
		for _, it := range b[1:] {
			m = min(m, it.key)
		}
		r.last = m
		for _, it := range b {
			nb := bits.Len64(uint64(it.key ^ m))
			r.buckets[nb] = append(r.buckets[nb], it)
		}
		r.buckets[i] = b[:0]
	}
	b0 := r.buckets[0]
	it := b0[len(b0)-1]
	r.buckets[0] = b0[:len(b0)-1]
	r.size--
	return it.key, it.node
}
