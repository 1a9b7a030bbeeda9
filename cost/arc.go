package cost

import "github.com/corridor-go/corridor/network"

// K returns the number of objectives: the length of every cost vector.
func (m *Model) K() int { return m.k }

// Objectives returns the query's objectives in vector order (a copy).
func (m *Model) Objectives() []Objective { return append([]Objective(nil), m.objs...) }

// Index returns the position of objective o in the cost vectors, or -1 when
// the query did not choose it.
func (m *Model) Index(o Objective) int {
	if !o.Valid() {
		return -1
	}
	return int(m.pos[o])
}

// Currency returns the quote currency.
func (m *Model) Currency() network.Currency { return m.cur }

// Network returns the network the model prices.
func (m *Model) Network() *network.Network { return m.net }

// NumLegs returns the number of legs, equal to the network's.
func (m *Model) NumLegs() int { return len(m.legReason) }

// LegCosts returns the cost vectors of all legs, row-major: leg i's vector
// is LegCosts()[i*K() : (i+1)*K()]. The slice is shared and must not be
// modified. Rows of unusable legs hold Saturated (math.MaxInt64).
func (m *Model) LegCosts() []int64 { return m.legCost }

// LegCost returns leg i's cost vector (shared, capacity-limited), or nil when
// i is out of range. It includes the customs dwell of a leg arriving from
// another country. O(1), no allocation.
func (m *Model) LegCost(i int) []int64 {
	if i < 0 || i >= len(m.legReason) {
		return nil
	}
	return m.legCost[i*m.k : i*m.k+m.k : i*m.k+m.k]
}

// LegMinutes returns leg i's transit time and the customs dwell at its
// destination (non-zero only when it arrives from another country), in
// minutes. The time objective of the leg is their sum; the route layer can
// schedule with them apart (transit ends at arrival, customs starts then).
func (m *Model) LegMinutes(i int) (transit, customs int64) {
	if i < 0 || i >= len(m.legReason) {
		return 0, 0
	}
	return int64(m.legTransit[i]), int64(m.legCustoms[i])
}

// TransferCost returns the cost vector of changing from mode `from` to mode
// `to` at terminal t: handling time and charge (the terminal's own rule,
// else the network default, else free and instant), one transfer, and hub
// emissions. It is a shared zero vector when from == to or from is 0 (the
// start of a route). ok is false when the change is unusable for this
// shipment (a handling tariff with no price for its containers) or t is
// out of range. O(1), no allocation.
func (m *Model) TransferCost(t int, from, to network.Mode) (vec []int64, ok bool) {
	r, ok := m.transferRow(t, from, to)
	if !ok {
		return nil, false
	}
	return m.row(r), m.rowReason[r] == reasonNone
}

// TransferMinutes returns the handling time of TransferCost in minutes.
func (m *Model) TransferMinutes(t int, from, to network.Mode) int64 {
	r, ok := m.transferRow(t, from, to)
	if !ok {
		return 0
	}
	return int64(m.rowMin[r])
}

// BorderCost returns the cost vector of crossing the border at terminal t
// (dwell, fee, and hub emissions at a break of gauge), a shared zero vector
// when t is not a border crossing. ok is false when the fee cannot be
// priced for the shipment or t is out of range. O(1), no allocation.
func (m *Model) BorderCost(t int) (vec []int64, ok bool) {
	if t < 0 || t >= len(m.border) {
		return nil, false
	}
	r := m.border[t]
	return m.row(r), m.rowReason[r] == reasonNone
}

// BorderMinutes returns the border dwell at terminal t in minutes.
func (m *Model) BorderMinutes(t int) int64 {
	if t < 0 || t >= len(m.border) {
		return 0
	}
	return int64(m.rowMin[m.border[t]])
}

// IsBorder reports whether terminal t is a border crossing with a cost.
func (m *Model) IsBorder(t int) bool { return t >= 0 && t < len(m.border) && m.border[t] != 0 }

// Arc stores in dst (length K) the cost of one arc of the virtual graph:
// arriving at leg's origin by mode `arrival` (0 at the start of a route),
// the transfer to the leg's mode, the leg, and the border crossing at its
// destination. It reports false when a part is unusable, the sum overflows,
// or an argument is out of range. O(K), no allocation.
func (m *Model) Arc(dst []int64, arrival network.Mode, leg int) bool {
	if leg < 0 || leg >= len(m.legReason) || len(dst) != m.k || m.legReason[leg] != reasonNone {
		return false
	}
	c := m.net.Compact()
	i := leg * m.k
	legRow := m.legCost[i : i+m.k : i+m.k]
	// The leg's terminals are in range: only the modes decide the row.
	if x, _ := m.transferRow(int(c.From[leg]), arrival, c.Mode[leg]); x == 0 {
		copy(dst, legRow)
	} else if m.rowReason[x] != reasonNone || !Add(dst, m.row(x), legRow) {
		return false
	}
	if b := m.border[c.To[leg]]; b != 0 {
		return m.rowReason[b] == reasonNone && Add(dst, dst, m.row(b))
	}
	return true
}

// ArcMinutes returns the time components of Arc: handling at the origin,
// transit, customs dwell and border dwell at the destination, in minutes.
func (m *Model) ArcMinutes(arrival network.Mode, leg int) (handling, transit, customs, border int64) {
	if leg < 0 || leg >= len(m.legReason) {
		return 0, 0, 0, 0
	}
	c := m.net.Compact()
	return m.TransferMinutes(int(c.From[leg]), arrival, c.Mode[leg]), int64(m.legTransit[leg]),
		int64(m.legCustoms[leg]), m.BorderMinutes(int(c.To[leg]))
}

// ValueOfTime returns the value of time of the given minutes in minor units
// of the quote currency, rounded half up: what the route layer adds to
// money for waiting. Zero when the query has no value of time; Saturated
// when the value overflows int64.
func (m *Model) ValueOfTime(minutes int64) int64 {
	if minutes <= 0 {
		return 0
	}
	v, ok := m.valueOfTime(minutes, nil)
	if !ok {
		return Saturated
	}
	return v
}

// ValueOfTimeRate returns the value of time as an exact rate: num/den minor
// units of the quote currency per minute (0/1 when off). num = cargo value
// in quote minor units × annual rate in basis points; den = 10,000 × 525,600
// minutes a year.
func (m *Model) ValueOfTimeRate() (num, den int64) {
	if m.votNum == 0 {
		return 0, 1
	}
	return int64(m.votNum), int64(m.votDen)
}

// Shipment returns the query's shipment.
func (m *Model) Shipment() Shipment {
	s := m.ship
	s.Containers = append([]Containers(nil), s.Containers...)
	return s
}

// CargoTonnes returns the cargo mass the model prices and emits on, in
// tonnes, and whether it was assumed (AssumedTonnesPerTEU) because the
// shipment gave no weight.
func (m *Model) CargoTonnes() (tonnes float64, assumed bool) {
	return float64(m.load.massG) / 1e6, m.load.massAssumed
}

func (m *Model) transferRow(t int, from, to network.Mode) (int32, bool) {
	if t < 0 || t >= len(m.xferBlock) {
		return 0, false
	}
	if from == to || !from.Valid() || !to.Valid() {
		return 0, true
	}
	idx := int(from)*network.NumModes + int(to)
	if off := m.xferBlock[t]; off >= 0 {
		return m.xferBlocks[int(off)+idx], true
	}
	return m.xferDefault[idx], true
}

func (m *Model) row(r int32) []int64 {
	i := int(r) * m.k
	return m.rows[i : i+m.k : i+m.k]
}
