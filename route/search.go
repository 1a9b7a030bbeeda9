package route

import (
	"fmt"
	"slices"

	"github.com/corridor-go/corridor/route/pareto"
)

// layers is the number of copies of the virtual graph a query searches: one
// per via place, plus one. Arriving at a terminal of via place i in layer i
// moves the label to layer i+1, so a path that reaches the last layer has
// passed the via places in order. With no via places it is one layer and
// the virtual graph is searched as it is.
func (pq *prepared) layers() int { return len(pq.via) + 1 }

// arcCosts prices every arc of the (layered) virtual graph into s.cost and
// returns the graph to search. Arcs the shipment cannot use get a zero
// vector and go into the avoid set (fillAvoid), so they are never taken.
func (p *Planner) arcCosts(s *scratch, pq *prepared) (*pareto.Graph, error) {
	vg, k := p.vg, len(pq.sobjs)
	m := vg.numArcs()
	s.cost = slices.Grow(s.cost[:0], m*k)[:m*k]
	s.usable = slices.Grow(s.usable[:0], m)[:m]
	for u := 0; u < vg.numNodes(); u++ {
		arrival := vg.nodeMode[u]
		for a := vg.start[u]; a < vg.start[u+1]; a++ {
			dst := s.cost[int(a)*k : int(a+1)*k]
			s.usable[a] = pq.model.Arc(dst, arrival, int(vg.arcLeg[a]))
			if !s.usable[a] {
				clear(dst)
			}
		}
	}
	L := pq.layers()
	if L == 1 {
		s.rcost = slices.Grow(s.rcost[:0], m*k) // WithCosts writes into it; kept for the next query
		return p.base.WithCosts(k, s.cost, s.rcost)
	}
	n := vg.numNodes()
	start := make([]int32, L*n+1)
	head := make([]int32, L*m)
	costs := make([]int64, L*m*k)
	for i := 0; i < L; i++ {
		for u := 0; u < n; u++ {
			start[i*n+u] = int32(i*m) + vg.start[u]
		}
		for a := 0; a < m; a++ {
			v := vg.head[a]
			layer := i
			if i < L-1 && slices.Contains(pq.via[i], vg.nodeTerm[v]) {
				layer = i + 1
			}
			head[i*m+a] = int32(layer*n) + v
		}
		copy(costs[i*m*k:], s.cost)
	}
	start[L*n] = int32(L * m)
	g, err := pareto.NewGraph(k, start, head, costs)
	if err != nil {
		return nil, fmt.Errorf("route: layered graph: %w", err)
	}
	return g, nil
}

// fillAvoid marks the arcs the query must not use: those the shipment cannot
// use, of modes not allowed, or touching an avoided terminal or country.
func (p *Planner) fillAvoid(s *scratch, pq *prepared) {
	vg := p.vg
	m := vg.numArcs()
	L := pq.layers()
	s.avoid = slices.Grow(s.avoid[:0], (L*m+63)/64)[:(L*m+63)/64]
	clear(s.avoid)
	c := p.net.Compact()
	modes := pq.q.Constraints.Modes
	for a := 0; a < m; a++ {
		l := vg.arcLeg[a]
		bad := !s.usable[a] || (modes != 0 && !modes.Has(c.Mode[l])) || pq.avoidT[c.From[l]] || pq.avoidT[c.To[l]]
		if !bad {
			continue
		}
		for i := 0; i < L; i++ {
			s.avoid.Add(int32(i*m + a))
		}
	}
}

// endpoints fills the search's sources (start nodes of the origin
// terminals, in the layer their via places put them) and targets (arrival
// nodes of the destination terminals, in the last layer).
func (p *Planner) endpoints(s *scratch, pq *prepared) {
	vg := p.vg
	n := int32(vg.numNodes())
	s.sources, s.targets, s.targetOf = s.sources[:0], s.targets[:0], s.targetOf[:0]
	for i, t := range pq.from {
		layer := 0
		for layer < len(pq.via) && slices.Contains(pq.via[layer], t) {
			layer++
		}
		e := pareto.Endpoint{Node: int32(layer)*n + vg.startNode[t]}
		if pq.fromMiles != nil {
			e.Cost = pq.fromMiles[i].vec
		}
		s.sources = append(s.sources, e)
	}
	last := int32(pq.layers()-1) * n
	for i, t := range pq.to {
		s.nodes = vg.arrivalNodes(s.nodes[:0], t)
		for _, u := range s.nodes {
			e := pareto.Endpoint{Node: last + u}
			if pq.toMiles != nil {
				e.Cost = pq.toMiles[i].vec
			}
			s.targets = append(s.targets, e)
			s.targetOf = append(s.targetOf, i)
		}
	}
}

// baseArc maps an arc of the layered graph back to the virtual graph.
func (p *Planner) baseArc(a int32) int32 { return a % int32(p.vg.numArcs()) }
