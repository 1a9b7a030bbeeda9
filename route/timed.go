package route

import (
	"slices"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/route/pareto"
)

// Scheduled search.
//
// With a ready time, the time objective is the time since the cargo was
// ready, and a scheduled leg is taken at its next departure whose cut-off the
// cargo meets: the search asks for the wait through pareto.Query.Wait, on
// the arcs of scheduled legs only. The arc's stored time is handling +
// transit + customs + border dwell; the wait sits between handling and
// departure. Every departure of a leg takes the leg's duration, so leaving
// later never arrives earlier (FIFO), which keeps label-setting on arrival
// time exact: the package's brute-force tests check it on random
// time-dependent networks.
//
// Value of time must then be charged on the whole time in transit, waits
// included, or a label that reaches a terminal earlier (and waits longer)
// could be wrongly pruned. So a timed query searches money without value of
// time, with time among the searched objectives, and adds value of time on
// each itinerary's total time at the end; since it only grows with time,
// the true front is contained in what the search returns, and the final
// dominance filter finds it.

// timedWaits returns the Wait function and scheduled-arc set for a timed
// query, or nils when nothing is scheduled.
func (p *Planner) timedWaits(s *scratch, pq *prepared) (func(int32, int64) (int64, bool), pareto.ArcSet, int) {
	if pq.q.Ready.IsZero() {
		return nil, nil, 0
	}
	vg := p.vg
	m := vg.numArcs()
	if vg.scheduled == nil {
		return nil, nil, 0
	}
	// The scheduled arcs are the planner's; a layered graph repeats them
	// in every layer.
	set := vg.scheduled
	if L := pq.layers(); L > 1 {
		s.waitArcs = slices.Grow(s.waitArcs[:0], (L*m+63)/64)[:(L*m+63)/64]
		clear(s.waitArcs)
		for a := int32(0); a < int32(m); a++ {
			if vg.scheduled.Has(a) {
				for i := 0; i < L; i++ {
					s.waitArcs.Add(int32(i*m) + a)
				}
			}
		}
		set = s.waitArcs
	}
	if cap(s.deps) < p.net.NumLegs() {
		s.deps = make([]departures, p.net.NumLegs())
	}
	s.deps = s.deps[:p.net.NumLegs()]
	for i := range s.deps {
		s.deps[i].built = false
	}
	timeIdx := pq.model.Index(cost.ObjectiveTime)
	c := p.net.Compact()
	wait := func(la int32, t int64) (int64, bool) {
		a := la % int32(m)
		l := vg.arcLeg[a]
		ready := t + pq.model.TransferMinutes(int(c.From[l]), vg.nodeMode[vg.arcTail[a]], c.Mode[l])
		dep, ok := p.departure(s, pq, int(l), ready)
		if !ok {
			return 0, false
		}
		return dep - ready, true
	}
	return wait, set, timeIdx
}

// departure returns leg l's first usable departure for cargo at its origin
// at t minutes after the ready time.
func (p *Planner) departure(s *scratch, pq *prepared, l int, t int64) (int64, bool) {
	d := &s.deps[l]
	if !d.built {
		c := p.net.Compact()
		d.build(p.net.LegAt(l).Schedule, p.net.Location(int(c.From[l])), pq.q.Ready, pq.horizon)
	}
	return d.next(t)
}
