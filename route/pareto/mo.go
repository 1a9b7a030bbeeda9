package pareto

import (
	"context"
	"fmt"
)

// moEagerCheck makes the K-objective engine also test a new label against
// its node's truncated front when generating it (EMOA*-style), not only
// when extracting it (LTMOA*'s lazy check). The eager test costs a front
// lookup per generated label but keeps dominated labels out of the open
// list; on BenchmarkGrid with K = 3 and 4 it halved the search time.
const moEagerCheck = true

// mo runs a lexicographic label-setting search with per-node truncated
// fronts (LTMOA*, Hernández et al. 2023; EMOA*, Ren et al. 2022) for K = 3
// or 4 objectives.
//
// Labels leave the open list in lexicographic order of f = g + h. At one
// node h is fixed, so a label extracted later has g1 no smaller than every
// label expanded there before; it is then dominated by (or equal to) one of
// them iff its truncated vector (g2..gK) is weakly dominated by theirs. The
// node keeps the non-dominated truncated vectors of its expanded labels (its
// truncated front), and the goal keeps those of the solutions (with the
// 1+Epsilon slack already applied, so one test serves both modes).
func (s *Searcher) mo(ctx context.Context, g *Graph, q *Query, h *Heuristic, st *Stats) error {
	n, k := g.NumNodes(), g.K()
	d := k - 1 // truncated dimension
	goal := int32(n)
	if cap(s.mh) < (n+1)*k {
		s.mh = make([]int64, (n+1)*k)
	}
	mh := s.mh[:(n+1)*k]
	for i := range k {
		hi := h.h[i][:n]
		for v, x := range hi {
			mh[v*k+i] = x
		}
		mh[n*k+i] = 0
	}
	if cap(s.fronts) < n+1 {
		s.fronts = append(s.fronts[:cap(s.fronts)], make([][]int64, n+1-cap(s.fronts))...)
	}
	fronts := s.fronts[:n+1]
	for v := range fronts {
		fronts[v] = fronts[v][:0]
	}
	var bounds [MaxObjectives]int64
	for i := range k {
		bounds[i] = q.bound(i)
	}
	eps := q.Epsilon

	ls := &s.labels
	ls.reset()
	qu := &s.mq
	qu.reset()
	maxLabels := q.labelLimit()
	var generated, expanded int64
	defer func() {
		st.Generated, st.Expanded = generated, expanded
	}()

	var f, gn [MaxObjectives]int64
	// admit reports whether a label at v with g vector gn[:k] may lead to a
	// wanted solution, filling f; eager adds the node-front test.
	admit := func(v int32, eager bool) bool {
		hv := mh[int(v)*k : int(v)*k+k]
		for i := range k {
			f[i] = gn[i] + hv[i]
			if f[i] > bounds[i] || f[i] >= Unreachable {
				return false
			}
		}
		if eager && weaklyDominated(fronts[v], gn[1:k], d) {
			return false
		}
		return !weaklyDominated(fronts[goal], f[1:k], d)
	}
	push := func(v int32, l label) error {
		if generated == maxLabels {
			return fmt.Errorf("%w: %d labels", ErrLimit, generated)
		}
		generated++
		qu.push(lexEntry{f: f, id: ls.add(l), node: v})
		return nil
	}

	for i, src := range q.Sources {
		for j := range k {
			gn[j] = endpointCost(src, j)
		}
		if admit(src.Node, false) {
			if err := push(src.Node, label{parent: -1, arc: int32(-1 - i)}); err != nil {
				return err
			}
		}
	}

	done := ctx.Done()
	start, head, cost := g.start, g.head, g.cost
	avoid := q.Avoid
	waitArcs, waitLimit := q.WaitArcs, MaxArcCost(n)
	targetAt, targets := s.targetAt, q.Targets
	var gl [MaxObjectives]int64
	for qu.len() > 0 {
		e := qu.pop()
		u := e.node
		hu := mh[int(u)*k : int(u)*k+k]
		for i := range k {
			gl[i] = e.f[i] - hu[i]
		}
		// Lazy checks: the node's and the goal's fronts may have grown since
		// this label was generated.
		if weaklyDominated(fronts[u], gl[1:k], d) || weaklyDominated(fronts[goal], e.f[1:k], d) {
			ls.release(e.id)
			continue
		}
		if u == goal {
			s.sols = append(s.sols, e.id)
			s.solCost = append(s.solCost, gl[:k]...)
			var cut [MaxObjectives]int64
			for i := 1; i < k; i++ {
				cut[i-1] = epsCut(gl[i], eps)
			}
			fronts[goal] = insertFront(fronts[goal], cut[:d], d)
			continue
		}
		fronts[u] = insertFront(fronts[u], gl[1:k], d)
		expanded++
		if expanded&4095 == 0 && cancelled(done) {
			return ctx.Err()
		}
		if t := targetAt[u]; t >= 0 {
			for i := range k {
				gn[i] = gl[i] + endpointCost(targets[t], i)
			}
			if admit(goal, moEagerCheck) {
				if err := push(goal, label{parent: e.id, arc: -1 - t}); err != nil {
					return err
				}
			}
		}
		for a := start[u]; a < start[u+1]; a++ {
			if avoid != nil && avoid[a>>6]&(1<<(uint(a)&63)) != 0 {
				continue
			}
			v := head[a]
			c := cost[int(a)*k : int(a)*k+k]
			for i := range k {
				gn[i] = gl[i] + c[i]
			}
			if waitArcs != nil && waitArcs[a>>6]&(1<<(uint(a)&63)) != 0 {
				// Time-dependent arc: the wait joins the time objective.
				w, ok, err := q.waitFor(a, gl[q.WaitObjective], waitLimit)
				if err != nil {
					return err
				}
				if !ok {
					continue
				}
				gn[q.WaitObjective] += w
			}
			if admit(v, moEagerCheck) {
				if err := push(v, label{parent: e.id, arc: a}); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// weaklyDominated reports whether some vector of front (stride d) is <= x in
// every component. For d = 2 the front is kept sorted (first component
// ascending, second strictly descending, see insertFront), so a binary
// search answers in O(log |front|): the last vector whose first component
// is <= x[0] has the smallest second component among those. For d = 3 the
// front is sorted by first component and the scan stops at the first vector
// whose first component exceeds x[0], O(|front|) at worst.
func weaklyDominated(front, x []int64, d int) bool {
	switch d {
	case 2:
		x0 := x[0]
		lo, hi := 0, len(front)/2 // first vector with front[2i] > x0
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if front[2*mid] <= x0 {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo > 0 && front[2*lo-1] <= x[1]
	case 3:
		// sorted by first component: only the prefix with front[j] <= x0
		// can dominate
		x0, x1, x2 := x[0], x[1], x[2]
		for j := 0; j+2 < len(front) && front[j] <= x0; j += 3 {
			if front[j+1] <= x1 && front[j+2] <= x2 {
				return true
			}
		}
	}
	return false
}

// insertFront removes from front the vectors x weakly dominates and adds x,
// keeping the order weaklyDominated relies on; the caller has checked that x
// itself is not weakly dominated. For d = 2 the vectors x dominates are a
// contiguous run starting at the first one whose first component is >=
// x[0], which x replaces.
func insertFront(front, x []int64, d int) []int64 {
	if d == 2 {
		x0, x1 := x[0], x[1]
		lo, hi := 0, len(front)/2 // first vector with front[2i] >= x0
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			if front[2*mid] < x0 {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		end := lo // end of the dominated run
		for end < len(front)/2 && front[2*end+1] >= x1 {
			end++
		}
		switch {
		case end == lo: // nothing dominated: open a gap
			front = append(front, 0, 0)
			copy(front[2*lo+2:], front[2*lo:])
		case end > lo+1: // close all but one slot of the run
			front = append(front[:2*lo+2], front[2*end:]...)
		}
		front[2*lo], front[2*lo+1] = x0, x1
		return front
	}
	// d = 3: sorted by first component. The vectors x dominates have first
	// component >= x[0], so they all lie at or after the insertion point p;
	// one pass compacts them away while opening the slot for x.
	p := 0
	for p < len(front) && front[p] < x[0] {
		p += d
	}
	w := p
	for j := p; j < len(front); j += d {
		if x[1] <= front[j+1] && x[2] <= front[j+2] {
			continue // dominated by x (front[j] >= x[0] here)
		}
		if w != j {
			copy(front[w:w+d], front[j:j+d])
		}
		w += d
	}
	front = append(front[:w], 0, 0, 0)
	copy(front[p+d:], front[p:w])
	copy(front[p:p+d], x[:d])
	return front
}

// lexHeap is the open list of the K-objective engine: a binary heap ordered
// lexicographically by the full f vector (unused components are zero).
type lexHeap struct {
	h []lexEntry
}

// lexEntry is an open label: f = g + h (unused components zero), its id and
// its node; g is recovered as f - h at extraction.
type lexEntry struct {
	f        [MaxObjectives]int64
	id, node int32
}

func lexLess(a, b *lexEntry) bool {
	for i := range MaxObjectives {
		if a.f[i] != b.f[i] {
			return a.f[i] < b.f[i]
		}
	}
	return false
}

func (q *lexHeap) reset()   { q.h = q.h[:0] }
func (q *lexHeap) len() int { return len(q.h) }

func (q *lexHeap) push(e lexEntry) {
	h := append(q.h, e)
	i := len(h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !lexLess(&e, &h[p]) {
			break
		}
		h[i] = h[p]
		i = p
	}
	h[i] = e
	q.h = h
}

func (q *lexHeap) pop() lexEntry {
	h := q.h
	top := h[0]
	last := h[len(h)-1]
	h = h[:len(h)-1]
	n := len(h)
	if n > 0 {
		i := 0
		for {
			c := 2*i + 1
			if c >= n {
				break
			}
			if c+1 < n && lexLess(&h[c+1], &h[c]) {
				c++
			}
			if !lexLess(&h[c], &last) {
				break
			}
			h[i] = h[c]
			i = c
		}
		h[i] = last
	}
	q.h = h
	return top
}
