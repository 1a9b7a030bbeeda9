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
// their breakdowns and times, totals, and the vector in the query's
// objectives. The vectors are final before any itinerary is built — value
// of time, for timed queries, depends only on the searched time, which is
// the itinerary's total transit — so when hidden objectives or value of
// time call for a last dominance filter on the query's own objectives, the
// dropped solutions are never built.
func (p *Planner) itineraries(pq *prepared, s *scratch, sols []pareto.Solution) []Itinerary {
	k := len(pq.objs)
	type candidate struct {
		sol *pareto.Solution
		vec []int64
		vot int64 // value of time, in minor units of the quote currency
	}
	cands := make([]candidate, len(sols))
	ti, mi := pq.model.Index(cost.ObjectiveTime), slices.Index(pq.objs, cost.ObjectiveMoney)
	for i := range sols {
		c := candidate{sol: &sols[i], vec: slices.Clone(sols[i].Cost[:k])}
		if pq.vot != nil { // timed queries charge value of time on the whole transit
			c.vot = pq.vot.ValueOfTime(sols[i].Cost[ti])
			if mi >= 0 {
				c.vec[mi] += c.vot
			}
		}
		cands[i] = c
	}
	if len(pq.sobjs) > k || pq.vot != nil {
		keep := cands[:0]
		for _, i := range frontIndices(len(cands), func(i int) []int64 { return cands[i].vec }) {
			keep = append(keep, cands[i])
		}
		cands = keep
	}
	// Vectors are distinct now (the engine returns one solution per
	// distinct searched vector, and the filter drops equal ones).
	slices.SortFunc(cands, func(a, b candidate) int { return cost.Compare(a.vec, b.vec) })
	s.bdGen++
	out := make([]Itinerary, len(cands))
	for i, c := range cands {
		it := &out[i]
		p.itinerary(pq, s, *c.sol, it)
		it.Vector = c.vec
		it.Total = totals(it.Steps, pq.q.Currency)
		if pq.vot != nil {
			it.Total.ValueOfTime = cost.Money{Minor: c.vot, Currency: pq.q.Currency}
			it.Total.Money.Minor += c.vot
		}
	}
	return out
}

// frontIndices returns, in order, the indices of the n vectors not
// dominated by another and, of equal vectors, the first. O(n²), n being a
// front's size.
func frontIndices(n int, vec func(i int) []int64) []int {
	var keep []int
	for i := 0; i < n; i++ {
		dominated := false
		for j := 0; j < n && !dominated; j++ {
			dominated = j != i && (cost.Dominates(vec(j), vec(i)) || j < i && slices.Equal(vec(j), vec(i)))
		}
		if !dominated {
			keep = append(keep, i)
		}
	}
	return keep
}

// itinerary builds the steps of one solution into it. For a timed query it
// walks them in time from the ready time as it goes — handling, the wait
// for a scheduled departure (a step of its own), the leg, customs, the
// border — giving each step its start and end in the local zone of the
// terminal where it starts and ends.
func (p *Planner) itinerary(pq *prepared, s *scratch, sol pareto.Solution, it *Itinerary) {
	m := pq.model
	c := p.net.Compact()
	timed := !pq.q.Ready.IsZero()

	// Size the steps exactly: a leg per arc, plus transfers, customs,
	// borders, waits and the two miles where they occur.
	n := 0
	if pq.fromMiles != nil {
		n++
	}
	if pq.toMiles != nil {
		n++
	}
	for _, la := range sol.Arcs {
		a := p.baseArc(la)
		l := p.vg.arcLeg[a]
		n++
		if arrival := p.vg.nodeMode[p.vg.tail(a)]; arrival != 0 && arrival != c.Mode[l] {
			n++
		}
		if _, customs := m.LegMinutes(int(l)); customs > 0 {
			n++
		}
		if m.IsBorder(int(c.To[l])) {
			n++
		}
		if timed && p.net.LegAt(int(l)).Schedule != nil {
			n++
		}
	}
	it.Steps = make([]Step, 0, n)

	var t int64 // minutes since the ready time
	at := func(min int64, term int) time.Time {
		tt := pq.q.Ready.Add(time.Duration(min) * time.Minute)
		if loc := p.net.Location(term); loc != nil {
			return tt.In(loc)
		}
		return tt.UTC()
	}
	emit := func(st Step, start, end int) {
		if timed {
			st.Start = at(t, start)
			t += int64(st.Duration / time.Minute)
			st.End = at(t, end)
		}
		it.Steps = append(it.Steps, st)
	}
	priced := func(st Step, b *cost.Breakdown, start, end int) {
		st.Money, st.CO2eGrams, st.DistanceM, st.Lines = b.Money, b.CO2eGrams, b.DistanceMetres, slices.Clone(b.Items)
		emit(st, start, end)
	}
	if pq.fromMiles != nil {
		mile := &pq.fromMiles[sol.Source]
		emit(p.mileStep(FirstMile, mile), int(mile.term), int(mile.term))
	}
	for _, la := range sol.Arcs {
		a := p.baseArc(la)
		arrival := p.vg.nodeMode[p.vg.tail(a)]
		l := int(p.vg.arcLeg[a])
		leg := p.net.LegAt(l)
		from, to := int(c.From[l]), int(c.To[l])
		if arrival != 0 && arrival != leg.Mode {
			b := s.transferBreakdown(m, from, arrival, leg.Mode)
			priced(Step{Kind: TransferStep, Terminal: p.net.TerminalAt(from), FromMode: arrival, ToMode: leg.Mode,
				Duration: minutes(b.Minutes)}, b, from, from)
		}
		var cutoff time.Time
		if timed && leg.Schedule != nil {
			dep, _ := p.departure(s, pq, l, t)
			if dep > t {
				emit(Step{Kind: WaitStep, Terminal: p.net.TerminalAt(from), Duration: minutes(dep - t),
					Money: cost.Money{Currency: pq.q.Currency}}, from, from)
			}
			cutoff = at(dep-int64(leg.Schedule.Cutoff/time.Minute), from)
		}
		b := s.legBreakdown(m, l)
		priced(Step{Kind: LegStep, Terminal: p.net.TerminalAt(from), To: p.net.TerminalAt(to), Leg: leg, LegIndex: l,
			Duration: minutes(b.TransitMinutes), Cutoff: cutoff}, b, from, to)
		if b.CustomsMinutes > 0 {
			emit(Step{Kind: CustomsStep, Terminal: p.net.TerminalAt(to), Duration: minutes(b.CustomsMinutes),
				Money: cost.Money{Currency: pq.q.Currency}}, to, to)
		}
		if m.IsBorder(to) {
			bb := s.borderBreakdown(m, to)
			priced(Step{Kind: BorderStep, Terminal: p.net.TerminalAt(to), Duration: minutes(bb.Minutes)}, bb, to, to)
		}
	}
	if pq.toMiles != nil {
		mile := &pq.toMiles[s.targetOf[sol.Target]]
		emit(p.mileStep(LastMile, mile), int(mile.term), int(mile.term))
	}
	if timed && len(it.Steps) > 0 {
		it.Ready, it.Delivered = it.Steps[0].Start, it.Steps[len(it.Steps)-1].End
	}
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
func (p *Planner) noRoute(pq *prepared, s *scratch) error {
	e := &NoRouteError{From: pq.q.From.String(), To: pq.q.To.String()}
	// The scratch still holds this query's arc verdicts: usable (the
	// shipment can take the arc) and the avoid set (layer 0 is the base
	// graph), so nothing is priced twice.
	seen := make([]bool, p.vg.numNodes())
	if !p.reachable(pq, seen, func(int32) bool { return true }) {
		e.Why = WhyUnreachable
		return e
	}
	if !p.reachable(pq, seen, func(a int32) bool { return s.usable[a] }) {
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
	e.Why = WhyConstraints
	if !p.reachable(pq, seen, func(a int32) bool { return !s.avoid.Has(a) }) {
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
// seen is a buffer of one flag per node, cleared here.
func (p *Planner) reachable(pq *prepared, seen []bool, ok func(a int32) bool) bool {
	vg := p.vg
	clear(seen)
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
