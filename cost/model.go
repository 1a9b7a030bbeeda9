package cost

import (
	"fmt"
	"math"
	"runtime"
	"sync"
	"time"

	"github.com/corridor-go/corridor/network"
)

// Query says what to price: one shipment, in one quote currency, on chosen
// objectives. The zero values of Objectives, Emissions and ValueOfTime mean
// the defaults.
type Query struct {
	Shipment Shipment
	// Currency is the quote currency (ISO 4217): CNY, USD and EUR are the
	// usual ones for RMB settlement, any known code works.
	Currency network.Currency
	// Rates converts leg prices to the quote currency. It may be nil when
	// every price is in the quote currency; any other currency without a
	// rate makes NewModel fail with ErrMissingRate. The model copies what it
	// needs, so the table may change after NewModel returns.
	Rates *Rates
	// Objectives are the 2 to 4 objectives, in the order of the cost
	// vectors; nil means DefaultObjectives (money, time, CO2e).
	Objectives []Objective
	// Emissions overrides the default emission intensities.
	Emissions EmissionOptions
	// ValueOfTime adds the cost of capital tied up in transit to money.
	ValueOfTime ValueOfTime
}

// ValueOfTime prices the time cargo spends in transit: cargo value × annual
// rate × days / 365. It is folded into the money objective as a rate per
// minute, which keeps money linear in time, so the route layer charges
// waiting time at the same rate (Model.ValueOfTime). It is not an objective
// of its own: a fourth objective would cost the search far more than it
// tells a user, who reads it from the breakdown's line item instead.
type ValueOfTime struct {
	// AnnualRateBP is the annual rate in basis points (hundredths of a
	// percent): 1000 is 10 % a year. Zero turns value of time off. It needs
	// Shipment.Value.
	AnnualRateBP int64
	// OnTotalOnly keeps value of time out of the costs and breakdowns of
	// legs, transfers and border crossings; Model.ValueOfTime still prices
	// a duration. It is for callers that charge value of time once, on the
	// total time in transit waits included, as the route package's
	// scheduled search does.
	OnTotalOnly bool
}

// minutesPerYear is 365 days of 1,440 minutes: the year of the value-of-time
// formula.
const minutesPerYear = 365 * 24 * 60

// Model holds the cost vectors of every leg, transfer and border crossing of
// one network for one query, in flat integer arrays. It is immutable after
// NewModel and safe for concurrent use; the slices it returns share its
// memory and must not be modified.
//
// The route layer searches a "virtual" graph with one node per terminal ×
// arrival mode. An arc of it is: the transfer at the leg's origin from the
// arrival mode to the leg's mode (TransferCost, a zero vector when the modes
// are equal or at the start of a route), the leg (LegCost), and the border
// crossing at the leg's destination (BorderCost, a zero vector when the
// destination is not a border crossing); Arc adds the three. Customs dwell
// is folded into the leg: a leg between terminals of different countries
// carries its destination's CustomsDwell (LegMinutes reports it apart).
type Model struct {
	net  *network.Network
	cur  network.Currency
	objs []Objective
	k    int
	pos  [numObjectives]int8 // index of each objective in a vector, -1 if not chosen

	ship    Shipment
	load    load
	factors map[network.Currency]ratio // micro of a currency → quote minor units
	votNum  uint64                     // value of time: votNum/votDen quote minor units per minute
	votDen  uint64
	votArcs bool                    // value of time is part of arc money (not ValueOfTime.OnTotalOnly)
	modeMg  [network.NumModes]int64 // mg CO2e per tonne-km
	railSet bool                    // the query set the rail intensity
	railMg  []int64                 // default rail mg/tkm per country id
	hubMg   int64                   // mg CO2e per tonne handled
	hubG    int64                   // g CO2e of handling this shipment once
	ignLeg  bool

	legCost    []int64 // NumLegs × K
	legTransit []int32 // minutes
	legCustoms []int32 // minutes
	legReason  []reason
	excluded   int

	excludedOnce sync.Once // builds excludedList on first use
	excludedList []Exclusion

	// Transfer and border rows: row 0 is the zero vector.
	rows      []int64
	rowMin    []int32
	rowReason []reason
	// xferDefault maps from*NumModes+to to a row for terminals without
	// rules of their own; xferBlock[t] is -1 for them, else the offset of
	// terminal t's NumModes² block in xferBlocks.
	xferDefault [network.NumModes * network.NumModes]int32
	xferBlock   []int32
	xferBlocks  []int32
	border      []int32 // row per terminal, 0 when it is not a border crossing
	country     []int32 // dense country id per terminal
	customs     []int32 // customs dwell minutes per terminal
}

// NewModel prices every leg, transfer rule and border crossing of n for the
// query q. It fails on an invalid query or shipment and on a price in a
// currency the rates cannot convert; legs that cannot carry the shipment
// are not errors but exclusions (Usable, Excluded).
//
// It runs in O(L + T + R) for L legs, T terminals and R transfer rules, and
// allocates O(L × K) integers plus O(T) indices.
func NewModel(n *network.Network, q Query) (*Model, error) {
	if n == nil {
		return nil, fmt.Errorf("%w: nil network", ErrInvalidQuery)
	}
	if !q.Currency.Valid() {
		return nil, fmt.Errorf("%w: quote currency %q: %w", ErrInvalidQuery, q.Currency, ErrUnknownCurrency)
	}
	objs := q.Objectives
	if objs == nil {
		objs = DefaultObjectives()
	}
	if err := checkObjectives(objs); err != nil {
		return nil, err
	}
	ld, err := q.Shipment.load()
	if err != nil {
		return nil, err
	}
	m := &Model{
		net:     n,
		cur:     q.Currency,
		objs:    append([]Objective(nil), objs...),
		k:       len(objs),
		ship:    q.Shipment,
		load:    ld,
		factors: map[network.Currency]ratio{},
		ignLeg:  q.Emissions.IgnoreLegValues,
	}
	m.ship.Containers = append([]Containers(nil), q.Shipment.Containers...)
	for i := range m.pos {
		m.pos[i] = -1
	}
	for i, o := range objs {
		m.pos[o] = int8(i)
	}
	if err := m.setEmissions(&q.Emissions); err != nil {
		return nil, err
	}
	if err := m.setValueOfTime(q); err != nil {
		return nil, err
	}
	if err := m.priceTerminals(q.Rates); err != nil {
		return nil, err
	}
	if err := m.priceLegs(q.Rates); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Model) setEmissions(e *EmissionOptions) error {
	for _, mode := range network.Modes() {
		g := defaultIntensities[mode].GramsPerTonneKm
		if v := e.PerMode[mode]; v != 0 {
			g = v
			m.railSet = m.railSet || mode == network.Rail
		}
		mg, ok := intensityMg(g)
		if !ok {
			return fmt.Errorf("%w: %s emission intensity %v g CO2e/tkm", ErrInvalidQuery, mode, g)
		}
		m.modeMg[mode] = mg
	}
	if e.NoHubEmissions {
		return nil
	}
	h := float64(DefaultHubGramsPerTonne)
	if e.HubGramsPerTonne != 0 {
		h = e.HubGramsPerTonne
	}
	mg, ok := roundFloat(h, 1000)
	if !ok || h > 1e6 {
		return fmt.Errorf("%w: hub emissions %v g CO2e per tonne", ErrInvalidQuery, h)
	}
	m.hubMg = mg
	// grams = mg/t × (g / 10^6) t / 10^3, rounded half up. It is at most
	// massG, as mg ≤ 10^9, so it cannot overflow.
	g, _ := mulDivRound(uint64(mg), uint64(m.load.massG), 1_000_000_000)
	m.hubG = int64(g)
	return nil
}

// intensityMg converts g CO2e/tkm to integer mg, refusing values the
// network would refuse on a leg (over 10,000 g/tkm).
func intensityMg(g float64) (int64, bool) {
	if g > 10_000 {
		return 0, false
	}
	return roundFloat(g, 1000)
}

func (m *Model) setValueOfTime(q Query) error {
	bp := q.ValueOfTime.AnnualRateBP
	switch {
	case bp == 0:
		return nil
	case bp < 0 || bp > 100_000:
		return fmt.Errorf("%w: value-of-time rate of %s %% a year", ErrInvalidQuery, formatMinor(bp, 2))
	case q.Shipment.Value.Minor == 0:
		return fmt.Errorf("%w: value of time needs the cargo value (Shipment.Value)", ErrInvalidQuery)
	}
	v, err := q.Rates.Convert(q.Shipment.Value, q.Currency)
	if err != nil {
		return fmt.Errorf("cargo value: %w", err)
	}
	num, ok := mulU(uint64(v.Minor), uint64(bp))
	if !ok || num > math.MaxInt64 {
		return fmt.Errorf("%w: value of time on %s", ErrOverflow, q.Shipment.Value)
	}
	m.votNum, m.votDen = num, 10_000*minutesPerYear
	m.votArcs = !q.ValueOfTime.OnTotalOnly
	return nil
}

// factor returns the conversion into the quote currency, caching it. Only
// NewModel calls it, before the model is shared.
func (m *Model) factor(c network.Currency, rates *Rates) (ratio, error) {
	if f, ok := m.factors[c]; ok {
		return f, nil
	}
	f, err := rates.factor(c, m.cur)
	if err != nil {
		return ratio{}, err
	}
	m.factors[c] = f
	return f, nil
}

// parallelLegs is the number of legs from which NewModel prices legs on
// several goroutines; below it the start-up cost outweighs the gain.
var parallelLegs = 1 << 16

func (m *Model) priceLegs(rates *Rates) error {
	n := m.net
	nl := n.NumLegs()
	// Cache the factor of every currency the rates convert, so that the
	// workers only read m.factors. A currency that fails here is reported
	// by the first leg priced in it, like a currency with no rate.
	for _, c := range append(rates.Currencies(), m.cur) {
		_, _ = m.factor(c, rates)
	}
	m.legCost = make([]int64, nl*m.k)
	m.legTransit = make([]int32, nl)
	m.legCustoms = make([]int32, nl)
	m.legReason = make([]reason, nl)
	workers := 1
	if nl >= parallelLegs {
		workers = min(runtime.GOMAXPROCS(0), 8)
	}
	parts := make([]legPart, workers)
	chunk := (nl + workers - 1) / workers
	var wg sync.WaitGroup
	for w := range parts {
		lo, hi := min(w*chunk, nl), min((w+1)*chunk, nl)
		if workers == 1 {
			parts[w] = m.priceLegRange(lo, hi, rates)
			break
		}
		wg.Go(func() { parts[w] = m.priceLegRange(lo, hi, rates) })
	}
	wg.Wait()
	for _, p := range parts { // in leg order, so the error reported is the first leg's
		if p.err != nil {
			return p.err
		}
		m.excluded += p.excluded
	}
	return nil
}

// legPart is what pricing a range of legs found.
type legPart struct {
	excluded int
	err      error
}

// priceLegRange prices legs lo … hi-1. It only reads the model and the
// rates, except for those legs' own entries, so ranges run concurrently.
func (m *Model) priceLegRange(lo, hi int, rates *Rates) (p legPart) {
	n := m.net
	c := n.Compact()
	k := m.k
	needMoney := m.pos[ObjectiveMoney] >= 0
	for i := lo; i < hi; i++ {
		l := n.LegAt(i)
		cur := l.Price.Currency
		f, ok := m.factors[cur]
		if !ok && cur != "" { // not cached: the rates cannot convert it
			_, err := rates.factor(cur, m.cur)
			p.err = fmt.Errorf("leg %q: %w", l.Name(), err)
			return p
		}
		from, to := c.From[i], c.To[i]
		customs := int32(0)
		if m.country[from] != m.country[to] {
			customs = m.customs[to]
		}
		m.legCustoms[i] = customs
		m.legTransit[i] = int32(l.Duration / time.Minute)
		var v [numObjectives]int64
		why := m.legCosts(l, m.defaultMg(i), f, needMoney, int64(customs), &v, nil)
		m.legReason[i] = why
		row := m.legCost[i*k : i*k+k]
		if why != reasonNone {
			p.excluded++
			for j := range row {
				row[j] = math.MaxInt64
			}
			continue
		}
		for j, o := range m.objs {
			row[j] = v[o]
		}
	}
	return p
}

// legCosts computes the full cost vector of leg l (indexed by Objective)
// and, when items is not nil, its line items. mg is the default intensity
// for the leg (mg CO2e/tkm) and f converts its currency to the quote
// currency.
func (m *Model) legCosts(l *network.Leg, mg int64, f ratio, needMoney bool, customs int64, v *[numObjectives]int64, items *[]LineItem) reason {
	ld := &m.load
	switch {
	case ld.dangerous && l.NoDangerousGoods:
		return reasonDangerous
	case ld.reefer && !l.Reefer:
		return reasonReefer
	case l.MaxTEU > 0 && ld.teu100 > int64(l.MaxTEU)*100:
		return reasonCapacity
	case l.MaxTonnes > 0:
		if maxG, ok := roundFloat(l.MaxTonnes, 1e6); ok && ld.massG > maxG {
			return reasonWeight
		}
	}
	minutes := int64(l.Duration/time.Minute) + customs
	v[ObjectiveTime] = minutes
	if needMoney {
		money, why := m.money(&l.Price, f, ItemFreight, minutes, items)
		if why != reasonNone {
			return why
		}
		v[ObjectiveMoney] = money
	}
	metres, ok := roundFloat(l.DistanceKm, 1000)
	if !ok {
		return reasonOverflow
	}
	v[ObjectiveDistance] = metres
	if l.CO2ePerTonneKm > 0 && !m.ignLeg {
		if mg, ok = intensityMg(l.CO2ePerTonneKm); !ok {
			return reasonOverflow
		}
	}
	g, ok := tonneKmGrams(mg, ld.massG, metres)
	if !ok {
		return reasonOverflow
	}
	v[ObjectiveCO2e] = g
	return reasonNone
}

// tonneKmGrams returns the grams CO2e of carrying massG grams over metres
// at mg milligrams per tonne-km: mg/tkm × (g / 10^6) t × (m / 10^3) km /
// 10^3, exactly, rounded half up once. All three inputs are non-negative.
func tonneKmGrams(mg, massG, metres int64) (int64, bool) {
	p, ok := mulU(uint64(mg), uint64(massG))
	if !ok {
		return 0, false
	}
	g, ok := mulDivRound(p, uint64(metres), 1_000_000_000_000)
	if !ok || g > math.MaxInt64 {
		return 0, false
	}
	return int64(g), true
}

// money returns the money objective of a leg, transfer or border crossing:
// its price terms p in the quote currency (quote) plus the value of time of
// its minutes, adding their line items in that order.
func (m *Model) money(p *network.PriceTerms, f ratio, kind ItemKind, minutes int64, items *[]LineItem) (int64, reason) {
	money, why := m.quote(p, f, kind, items)
	if why != reasonNone || !m.votArcs {
		return money, why
	}
	vot, ok := m.valueOfTime(minutes, items)
	if !ok {
		return 0, reasonOverflow
	}
	sum, ok := addChecked(money, vot)
	if !ok {
		return 0, reasonOverflow
	}
	return sum, reasonNone
}

// quote prices terms in the quote currency: the freight (minimum included)
// and each surcharge, each converted exactly and rounded once to the quote
// currency's minor unit. The money of a leg is the sum of these rounded
// items, so that a breakdown adds up to the minor unit.
func (m *Model) quote(p *network.PriceTerms, f ratio, kind ItemKind, items *[]LineItem) (int64, reason) {
	if p.IsZero() {
		return 0, reasonNone
	}
	fr, minimum, why := m.load.freight(p)
	if why != reasonNone {
		return 0, why
	}
	total, ok := f.scale(fr)
	if !ok {
		return 0, reasonOverflow
	}
	if items != nil {
		name := kind.String()
		if minimum {
			name += " (minimum charge)"
		}
		*items = append(*items, LineItem{Kind: kind, Name: name, Amount: network.Amount(fr), Currency: p.Currency, Quote: Money{total, m.cur}})
	}
	for _, s := range p.Surcharges {
		a, ok1 := surcharge(fr, s.BasisPoints)
		q, ok2 := f.scale(a)
		if !ok1 || !ok2 {
			return 0, reasonOverflow
		}
		if total, ok = addChecked(total, q); !ok {
			return 0, reasonOverflow
		}
		if items != nil {
			*items = append(*items, LineItem{Kind: ItemSurcharge, Name: s.Name + " " + formatMinor(s.BasisPoints, 2) + " %", Amount: network.Amount(a), Currency: p.Currency, Quote: Money{q, m.cur}})
		}
	}
	return total, reasonNone
}

// valueOfTime returns the value of time of the given minutes in quote minor
// units and adds its line item.
func (m *Model) valueOfTime(minutes int64, items *[]LineItem) (int64, bool) {
	if m.votNum == 0 || minutes == 0 {
		return 0, true
	}
	v, ok := mulDivRound(uint64(minutes), m.votNum, m.votDen)
	if !ok || v > math.MaxInt64 {
		return 0, false
	}
	if items != nil {
		*items = append(*items, LineItem{Kind: ItemValueOfTime, Name: ItemValueOfTime.String(), Currency: m.cur, Quote: Money{int64(v), m.cur}})
	}
	return int64(v), true
}

// priceTerminals fills the transfer and border rows and the per-terminal
// country and customs tables.
func (m *Model) priceTerminals(rates *Rates) error {
	n := m.net
	nt := n.NumTerminals()
	m.country = make([]int32, nt)
	m.customs = make([]int32, nt)
	m.xferBlock = make([]int32, nt)
	m.border = make([]int32, nt)
	m.rows = make([]int64, m.k) // row 0: zero
	m.rowMin = []int32{0}
	m.rowReason = []reason{reasonNone}
	ids := map[string]int32{}
	for i := range nt {
		t := n.TerminalAt(i)
		id, ok := ids[t.Country]
		if !ok {
			id = int32(len(ids))
			ids[t.Country] = id
			mg, _ := intensityMg(DefaultRailIntensity(t.Country).GramsPerTonneKm)
			if m.railSet {
				mg = m.modeMg[network.Rail]
			}
			m.railMg = append(m.railMg, mg)
		}
		m.country[i] = id
		m.customs[i] = int32(t.CustomsDwell / time.Minute)
	}
	// A change of mode without a rule is free and instant but still a
	// transfer that handles the cargo: one shared row for every such pair.
	free, _ := m.addRow(transferStop(&network.Transfer{}), rates)
	for _, from := range network.Modes() {
		for _, to := range network.Modes() {
			if from != to {
				m.xferDefault[int(from)*network.NumModes+int(to)] = free
			}
		}
	}
	for _, x := range n.Transfers() {
		r, err := m.addRow(transferStop(&x), rates)
		if err != nil {
			return fmt.Errorf("transfer %s→%s: %w", x.From, x.To, err)
		}
		m.xferDefault[int(x.From)*network.NumModes+int(x.To)] = r
	}
	for i := range nt {
		t := n.TerminalAt(i)
		m.xferBlock[i] = -1
		if len(t.Transfers) > 0 {
			off := int32(len(m.xferBlocks))
			m.xferBlocks = append(m.xferBlocks, m.xferDefault[:]...)
			for _, x := range t.Transfers {
				r, err := m.addRow(transferStop(&x), rates)
				if err != nil {
					return fmt.Errorf("terminal %q transfer %s→%s: %w", t.ID, x.From, x.To, err)
				}
				m.xferBlocks[off+int32(int(x.From)*network.NumModes+int(x.To))] = r
			}
			m.xferBlock[i] = off
		}
		if t.Border != nil {
			r, err := m.addRow(borderStop(t.Border), rates)
			if err != nil {
				return fmt.Errorf("terminal %q border fee: %w", t.ID, err)
			}
			m.border[i] = r
		}
	}
	return nil
}

// stop is what an arc costs at a terminal: a change of mode or a border
// crossing.
type stop struct {
	terms    *network.PriceTerms // handling charge or border fee
	kind     ItemKind            // of the terms' line items
	minutes  int64               // handling time or border dwell
	transfer bool                // a change of mode: counts one transfer
	hub      bool                // the cargo is handled: hub emissions
}

// transferStop is a change of mode under rule x. A change of mode always
// counts as a transfer and always handles the cargo (hub emissions), even
// when no rule charges for it.
func transferStop(x *network.Transfer) stop {
	return stop{terms: &x.Charge, kind: ItemHandling, minutes: int64(x.Time / time.Minute), transfer: true, hub: true}
}

// borderStop is the border crossing b. A break of gauge lifts every
// container from one train to another: a transshipment, with hub
// emissions.
func borderStop(b *network.Border) stop {
	return stop{terms: &b.Fee, kind: ItemBorderFee, minutes: int64(b.Dwell / time.Minute), hub: b.GaugeChange()}
}

// stopCosts computes the full vector of stop s (indexed by Objective) and,
// when items is not nil, its line items. f converts the terms' currency to
// the quote currency.
func (m *Model) stopCosts(s stop, f ratio, v *[numObjectives]int64, items *[]LineItem) reason {
	v[ObjectiveTime] = s.minutes
	if s.transfer {
		v[ObjectiveTransfers] = 1
	}
	money, why := m.money(s.terms, f, s.kind, s.minutes, items)
	if why != reasonNone {
		return why
	}
	v[ObjectiveMoney] = money
	if s.hub {
		v[ObjectiveCO2e] = m.hubG
	}
	return reasonNone
}

func (m *Model) termsFactor(p *network.PriceTerms, rates *Rates) (ratio, error) {
	if p.IsZero() {
		return ratio{}, nil
	}
	return m.factor(p.Currency, rates)
}

// addRow prices stop s and appends its row, saturated when s is unusable.
func (m *Model) addRow(s stop, rates *Rates) (int32, error) {
	f, err := m.termsFactor(s.terms, rates)
	if err != nil {
		return 0, err
	}
	var v [numObjectives]int64
	why := m.stopCosts(s, f, &v, nil)
	r := int32(len(m.rowMin))
	for _, o := range m.objs {
		x := v[o]
		if why != reasonNone {
			x = math.MaxInt64
		}
		m.rows = append(m.rows, x)
	}
	m.rowMin = append(m.rowMin, int32(s.minutes))
	m.rowReason = append(m.rowReason, why)
	return r, nil
}
