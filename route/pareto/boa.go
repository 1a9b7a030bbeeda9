package pareto

import (
	"context"
	"fmt"
)

// boaNode is the per-node state of BOA*, packed so that the three values
// read for every generated label (the dominance bound and both heuristics)
// are adjacent: on DIMACS NY (264k nodes, 6 MB of node state) the node of a
// generated label is usually not in cache, and one miss beats three. This
// costs an O(n) copy of the heuristic per search (under 1 ms a query on
// NY).
type boaNode struct {
	g2min  int64 // smallest g2 of a label expanded at this node (Unreachable if none)
	h1, h2 int64 // lower bounds to the goal
}

// boa runs BOA* (Hernández et al., AIJ 2023) with a radix heap on f1.
//
// Labels leave the open list in non-decreasing f1. Because h is consistent,
// at one node a later label never has a smaller g1 than an earlier one, so a
// label whose g2 is >= g2min(node), the least g2 expanded there, is weakly
// dominated by that expanded label: an O(1) test. The goal is the virtual
// node n, reached from each target through a virtual arc carrying the
// target's cost; a label whose f2 reaches g2min(goal) is weakly dominated by
// a solution already found and is pruned, at generation and at extraction.
//
// BOA* proper breaks f1 ties by f2, so that no expanded label is ever
// dominated. We pop equal-f1 labels in LIFO order instead, which needs no
// ordering among them at all: on DIMACS NY that expands 0.4% more labels
// but saves a third of the search time. The pruning above stays sound (it
// only relies on f1 order); what changes is that a label of equal g1 and
// smaller g2 may come after one already expanded. At the goal that means
// the solutions of one g1 arrive with decreasing g2, so each replaces the
// previous one, and after the last the front is exact and sorted. When a
// limit stops the search, a solution whose g1 equals the current f1 is not
// yet proven and is dropped.
func (s *Searcher) boa(ctx context.Context, g *Graph, q *Query, h *Heuristic, st *Stats) (err error) {
	n := g.NumNodes()
	goal := int32(n)
	if cap(s.bnodes) < n+1 {
		s.bnodes = make([]boaNode, n+1)
	}
	nodes := s.bnodes[:n+1]
	h1, h2 := h.h[0][:n], h.h[1][:n]
	for v := range n {
		nodes[v] = boaNode{g2min: Unreachable, h1: h1[v], h2: h2[v]}
	}
	nodes[goal] = boaNode{g2min: Unreachable}

	bound1 := q.bound(0)
	// goalCut: a label with f2 >= goalCut can yield no wanted solution: its
	// f2 exceeds the bound of objective 2, or a found solution covers it
	// (exactly, or within 1+Epsilon). Unreachable nodes have h2 =
	// Unreachable and so are never pushed.
	cutBound := min(q.bound(1), Unreachable-1) + 1
	goalCut := cutBound
	eps := q.Epsilon

	ls := &s.labels
	ls.reset()
	qu := &s.open
	maxLabels := q.labelLimit()
	var generated, expanded int64
	curF1 := int64(-1) // f1 of the label being processed
	defer func() {
		st.Generated, st.Expanded = generated, expanded
		if k := len(s.sols); err != nil && k > 0 && s.solCost[2*k-2] == curF1 {
			s.sols, s.solCost = s.sols[:k-1], s.solCost[:2*k-2]
		}
	}()

	// Initial labels; the open list starts at the smallest f1.
	minF1 := int64(Unreachable)
	for _, src := range q.Sources {
		minF1 = min(minF1, endpointCost(src, 0)+nodes[src.Node].h1)
	}
	qu.reset(minF1)
	for i, src := range q.Sources {
		c1, c2 := endpointCost(src, 0), endpointCost(src, 1)
		nd := &nodes[src.Node]
		f1, f2 := c1+nd.h1, c2+nd.h2
		if f2 >= goalCut || f1 > bound1 {
			continue
		}
		if generated == maxLabels {
			return fmt.Errorf("%w: %d labels", ErrLimit, generated)
		}
		generated++
		id := ls.add(label{parent: -1, arc: int32(-1 - i)})
		qu.push(openEntry{f1: f1, f2: f2, id: id, node: src.Node})
	}

	done := ctx.Done()
	start, head, cost := g.start, g.head, g.cost
	avoid := q.Avoid
	waitArcs, waitLimit := q.WaitArcs, MaxArcCost(n)
	targetAt, targets := s.targetAt, q.Targets
	for {
		e, ok := qu.pop()
		if !ok {
			return nil
		}
		f1 := e.f1
		curF1 = f1
		u := e.node
		nd := &nodes[u]
		g2 := e.f2 - nd.h2
		if g2 >= nd.g2min || e.f2 >= goalCut {
			ls.release(e.id)
			continue
		}
		nd.g2min = g2
		g1 := f1 - nd.h1
		if u == goal {
			if k := len(s.sols); k > 0 && s.solCost[2*k-2] == g1 {
				// same g1 as the last solution, smaller g2: it replaces it
				s.sols, s.solCost = s.sols[:k-1], s.solCost[:2*k-2]
			}
			s.sols = append(s.sols, e.id)
			s.solCost = append(s.solCost, g1, g2)
			goalCut = min(cutBound, epsCut(g2, eps))
			continue
		}
		expanded++
		if expanded&4095 == 0 && cancelled(done) {
			return ctx.Err()
		}
		if t := targetAt[u]; t >= 0 {
			tg1, tg2 := g1+endpointCost(targets[t], 0), g2+endpointCost(targets[t], 1)
			if tg2 < goalCut && tg1 <= bound1 {
				if generated == maxLabels {
					return fmt.Errorf("%w: %d labels", ErrLimit, generated)
				}
				generated++
				id := ls.add(label{parent: e.id, arc: -1 - t})
				qu.push(openEntry{f1: tg1, f2: tg2, id: id, node: goal})
			}
		}
		for a := start[u]; a < start[u+1]; a++ {
			if avoid != nil && avoid[a>>6]&(1<<(uint(a)&63)) != 0 {
				continue
			}
			v := head[a]
			c := cost[2*a : 2*a+2 : 2*a+2]
			c0, c1 := c[0], c[1]
			if waitArcs != nil && waitArcs[a>>6]&(1<<(uint(a)&63)) != 0 {
				// Time-dependent arc: the wait joins the time objective.
				t := g1
				if q.WaitObjective == 1 {
					t = g2
				}
				w, ok, err := q.waitFor(a, t, waitLimit)
				if err != nil {
					return err
				}
				if !ok {
					continue
				}
				if q.WaitObjective == 0 {
					c0 += w
				} else {
					c1 += w
				}
			}
			ng2 := g2 + c1
			nv := &nodes[v]
			if ng2 >= nv.g2min {
				continue
			}
			f2 := ng2 + nv.h2
			if f2 >= goalCut {
				continue
			}
			f1 := g1 + c0 + nv.h1
			if f1 > bound1 {
				continue
			}
			if generated == maxLabels {
				return fmt.Errorf("%w: %d labels", ErrLimit, generated)
			}
			generated++
			id := ls.add(label{parent: e.id, arc: a})
			qu.push(openEntry{f1: f1, f2: f2, id: id, node: v})
		}
	}
}
