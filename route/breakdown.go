package route

import (
	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// Breakdowns for display are computed once per query per leg, transfer and
// border: the itineraries of one front share most of their legs (about
// 3.6 times over on the default network's benchmark queries). The caches
// live in the pooled scratch; a generation stamp, bumped per query,
// invalidates them without clearing. Callers clone Items before handing
// them to a step, so itineraries never share line items.

type cachedBreakdown struct {
	gen uint64
	b   cost.Breakdown
}

type transferKey struct {
	terminal int
	from, to network.Mode
}

func (s *scratch) legBreakdown(m *cost.Model, l int) *cost.Breakdown {
	if len(s.legBD) < m.NumLegs() {
		s.legBD = make([]cachedBreakdown, m.NumLegs())
	}
	c := &s.legBD[l]
	if c.gen != s.bdGen {
		*c = cachedBreakdown{gen: s.bdGen, b: m.LegBreakdown(l)}
	}
	return &c.b
}

func (s *scratch) borderBreakdown(m *cost.Model, t int) *cost.Breakdown {
	if s.borderBD == nil || s.borderGen != s.bdGen {
		s.borderBD, s.borderGen = map[int]*cost.Breakdown{}, s.bdGen
	}
	if b, ok := s.borderBD[t]; ok {
		return b
	}
	b := m.BorderBreakdown(t)
	s.borderBD[t] = &b
	return &b
}

func (s *scratch) transferBreakdown(m *cost.Model, t int, from, to network.Mode) *cost.Breakdown {
	if s.transferBD == nil || s.transferGen != s.bdGen {
		s.transferBD, s.transferGen = map[transferKey]*cost.Breakdown{}, s.bdGen
	}
	k := transferKey{t, from, to}
	if b, ok := s.transferBD[k]; ok {
		return b
	}
	b := m.TransferBreakdown(t, from, to)
	s.transferBD[k] = &b
	return &b
}
