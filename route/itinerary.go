package route

import (
	"fmt"
	"slices"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/route/pareto"
)

// itineraries turns the search's solutions into itineraries: steps with
// their breakdowns, totals, and the vector in the query's objectives. When
// hidden objectives were searched for constraints, solutions that tie or are
// dominated on the query's own objectives are dropped here.
func (p *Planner) itineraries(pq *prepared, s *scratch, sols []pareto.Solution) []Itinerary {
	k := len(pq.objs)
	out := make([]Itinerary, 0, len(sols))
	for _, sol := range sols {
		it := p.itinerary(pq, s, sol)
		it.Vector = slices.Clone(sol.Cost[:k])
		if !pq.q.Ready.IsZero() {
			p.timeSteps(s, pq, &it)
		}
		it.Total = totals(it.Steps, pq.q.Currency)
		if pq.vot != nil { // timed queries charge value of time on the whole transit
			v := pq.vot.ValueOfTime(int64(it.Total.Transit / time.Minute))
			it.Total.ValueOfTime = cost.Money{Minor: v, Currency: pq.q.Currency}
			it.Total.Money.Minor += v
			if i := slices.Index(pq.objs, cost.ObjectiveMoney); i >= 0 {
				it.Vector[i] += v
			}
		}
		out = append(out, it)
	}
	if len(pq.sobjs) > k || pq.vot != nil {
		out = front(out)
	}
	slices.SortStableFunc(out, func(a, b Itinerary) int {
		if c := cost.Compare(a.Vector, b.Vector); c != 0 {
			return c
		}
		return slices.Compare(legIndices(&a), legIndices(&b))
	})
	return out
}

// front keeps the itineraries not dominated by another and, of those with
// equal vectors, the first. O(n²), n being a front's size.
func front(its []Itinerary) []Itinerary {
	keep := its[:0:0]
	for i := range its {
		dominated := false
		for j := range its {
			if i == j {
				continue
			}
			if cost.Dominates(its[j].Vector, its[i].Vector) ||
				(j < i && slices.Equal(its[j].Vector, its[i].Vector)) {
				dominated = true
				break
			}
		}
		if !dominated {
			keep = append(keep, its[i])
		}
	}
	return keep
}

func legIndices(it *Itinerary) []int {
	var idx []int
	for _, s := range it.Steps {
		if s.Kind == LegStep {
			idx = append(idx, s.LegIndex)
		}
	}
	return idx
}

// itinerary builds the steps of one solution.
func (p *Planner) itinerary(pq *prepared, s *scratch, sol pareto.Solution) Itinerary {
	// At most a transfer, the leg, customs and a border per arc, and the two
	// miles; timed itineraries add a wait per leg later.
	it := Itinerary{Steps: make([]Step, 0, 4*len(sol.Arcs)+2)}
	m := pq.model
	c := p.net.Compact()
	add := func(st Step, b cost.Breakdown) {
		st.Money, st.CO2eGrams, st.DistanceM, st.Lines = b.Money, b.CO2eGrams, b.DistanceMetres, b.Items
		it.Steps = append(it.Steps, st)
	}
	if pq.fromMiles != nil {
		it.Steps = append(it.Steps, p.mileStep(FirstMile, &pq.fromMiles[sol.Source]))
	}
	for _, la := range sol.Arcs {
		a := p.baseArc(la)
		arrival := p.vg.nodeMode[p.vg.tail(a)]
		l := int(p.vg.arcLeg[a])
		leg := p.net.LegAt(l)
		from, to := int(c.From[l]), int(c.To[l])
		if arrival != 0 && arrival != leg.Mode {
			b := m.TransferBreakdown(from, arrival, leg.Mode)
			add(Step{Kind: TransferStep, Terminal: p.net.TerminalAt(from), FromMode: arrival, ToMode: leg.Mode,
				Duration: minutes(b.Minutes)}, b)
		}
		b := m.LegBreakdown(l)
		add(Step{Kind: LegStep, Terminal: p.net.TerminalAt(from), To: p.net.TerminalAt(to), Leg: leg, LegIndex: l,
			Duration: minutes(b.TransitMinutes)}, b)
		if b.CustomsMinutes > 0 {
			it.Steps = append(it.Steps, Step{Kind: CustomsStep, Terminal: p.net.TerminalAt(to),
				Duration: minutes(b.CustomsMinutes), Money: cost.Money{Currency: pq.q.Currency}})
		}
		if m.IsBorder(to) {
			bb := m.BorderBreakdown(to)
			add(Step{Kind: BorderStep, Terminal: p.net.TerminalAt(to), Duration: minutes(bb.Minutes)}, bb)
		}
	}
	if pq.toMiles != nil {
		it.Steps = append(it.Steps, p.mileStep(LastMile, &pq.toMiles[s.targetOf[sol.Target]]))
	}
	return it
}

// totals adds up an itinerary's steps: every total is a sum or a count over
// them, so it is derived once, after the steps are final (waits included).
func totals(steps []Step, currency network.Currency) Totals {
	t := Totals{Money: cost.Money{Currency: currency}}
	for i := range steps {
		st := &steps[i]
		t.Money.Minor += st.Money.Minor
		t.Transit += st.Duration
		t.CO2eGrams += st.CO2eGrams
		t.DistanceM += st.DistanceM
		switch st.Kind {
		case TransferStep:
			t.Transfers++
		case BorderStep:
			t.Borders++
		}
	}
	return t
}

func minutes(m int64) time.Duration { return time.Duration(m) * time.Minute }

// noRoute explains an empty front: unreachable at all, not for this
// shipment, or not within the constraints.
func (p *Planner) noRoute(pq *prepared) error {
	e := &NoRouteError{From: pq.q.From.String(), To: pq.q.To.String()}
	vg := p.vg
	all := func(int32) bool { return true }
	if !p.reachable(pq, all) {
		e.Why = WhyUnreachable
		return e
	}
	c := p.net.Compact()
	buf := make([]int64, len(pq.sobjs))
	usable := func(a int32) bool { return pq.model.Arc(buf, vg.nodeMode[vg.tail(a)], int(vg.arcLeg[a])) }
	if !p.reachable(pq, usable) {
		e.Why = WhyShipment
		for _, x := range pq.model.Excluded() {
			if len(e.Detail) == 5 {
				e.Detail = append(e.Detail, fmt.Sprintf("and %d more legs", len(pq.model.Excluded())-5))
				break
			}
			e.Detail = append(e.Detail, x.Err.Error())
		}
		return e
	}
	modes := pq.q.Constraints.Modes
	allowed := func(a int32) bool {
		l := vg.arcLeg[a]
		return usable(a) && (modes == 0 || modes.Has(c.Mode[l])) && !pq.avoidT[c.From[l]] && !pq.avoidT[c.To[l]]
	}
	e.Why = WhyConstraints
	if !p.reachable(pq, allowed) {
		e.Detail = append(e.Detail, "the allowed modes and avoided places cut every path")
		return e
	}
	if len(pq.via) > 0 {
		e.Detail = append(e.Detail, "no path passes the via places in order within the other constraints")
	}
	if !pq.q.DeliverBy.IsZero() {
		e.Why = WhyDeadline
		return e
	}
	if len(pq.bounds) > 0 {
		e.Detail = append(e.Detail, "every path exceeds a limit on transit time, money or transfers")
	}
	return e
}

// reachable reports whether a destination arrival node can be reached from
// an origin start node using only arcs ok accepts (ignoring via places).
func (p *Planner) reachable(pq *prepared, ok func(a int32) bool) bool {
	vg := p.vg
	seen := make([]bool, vg.numNodes())
	var stack []int32
	for _, t := range pq.from {
		stack = append(stack, vg.startNode[t])
		seen[vg.startNode[t]] = true
	}
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if vg.nodeMode[u] != 0 && slices.Contains(pq.to, vg.nodeTerm[u]) {
			return true
		}
		for a := vg.start[u]; a < vg.start[u+1]; a++ {
			if v := vg.head[a]; !seen[v] && ok(a) {
				seen[v] = true
				stack = append(stack, v)
			}
		}
	}
	return false
}
