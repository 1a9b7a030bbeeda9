package cost

import (
	"fmt"
	"time"

	"github.com/corridor-go/corridor/network"
)

// ItemKind says what a line item of a breakdown charges for.
type ItemKind uint8

// Kinds of line item.
const (
	ItemFreight     ItemKind = iota + 1 // a leg's freight, minimum charge included
	ItemSurcharge                       // a percentage on the freight (fuel, peak season …)
	ItemHandling                        // handling at a change of mode
	ItemBorderFee                       // a border crossing's fee
	ItemValueOfTime                     // the value of the cargo's time
)

var itemNames = [...]string{"", "freight", "surcharge", "handling", "border fee", "value of time"}

// String returns the lower-case words for k ("freight", "value of time").
func (k ItemKind) String() string {
	if k == 0 || int(k) >= len(itemNames) {
		return fmt.Sprintf("item(%d)", uint8(k))
	}
	return itemNames[k]
}

// LineItem is one charge of a breakdown, in the currency it is priced in and
// in the quote currency.
type LineItem struct {
	Kind ItemKind
	// Name describes the item: "freight", "freight (minimum charge)",
	// "BAF 12.50 %", "handling", "border fee", "value of time".
	Name string
	// Amount is the charge in Currency, the currency of the price terms
	// (millionths of a major unit, exact). Value of time has no amount of
	// its own: it is computed in the quote currency.
	Amount   network.Amount
	Currency network.Currency
	// Quote is the charge converted to the quote currency and rounded,
	// half away from zero, to its minor unit. The money of an arc is the
	// sum of its items' Quote.
	Quote Money
}

// Breakdown is the cost of one leg, transfer or border crossing for
// display: the line items and the totals that make up its cost vector.
type Breakdown struct {
	Items []LineItem
	// Money is the sum of the items' Quote, in the quote currency.
	Money Money
	// Minutes is the total time: transit (or handling, or border dwell)
	// plus customs dwell.
	Minutes int64
	// TransitMinutes is the leg's transit time, the transfer's handling
	// time or the border's dwell; CustomsMinutes is customs dwell on a leg
	// arriving from another country.
	TransitMinutes, CustomsMinutes int64
	// CO2eGrams is well-to-wheel emissions; DistanceMetres the distance.
	CO2eGrams      int64
	DistanceMetres int64
	// Transfers is 1 for a change of mode, else 0.
	Transfers int64
	// Intensity is the emission intensity used: g CO2e per tonne-km for a
	// leg, g CO2e per tonne handled for a transfer or a break of gauge.
	// IntensitySource says where it comes from.
	Intensity       float64
	IntensitySource string
	// Err is nil when the arc can carry the shipment, else why not
	// (wrapping ErrDangerousGoods, ErrNoPrice …); the totals are then
	// incomplete.
	Err error
}

// LegBreakdown returns the cost breakdown of leg i, computed by the same
// code as the model's vectors, so its totals equal LegCost(i) for every
// chosen objective (money, even when money is not an objective, is
// computed here). An index out of range gives a Breakdown with an error.
func (m *Model) LegBreakdown(i int) Breakdown {
	l := m.net.LegAt(i)
	if l == nil {
		return Breakdown{Err: fmt.Errorf("%w: leg index %d out of range", ErrInvalidQuery, i)}
	}
	var b Breakdown
	var v [numObjectives]int64
	f := m.factors[l.Price.Currency] // NewModel cached every currency
	why := m.legCosts(l, m.defaultMg(i), f, true, int64(m.legCustoms[i]), &v, &b.Items)
	b.fill(&v, m.cur)
	b.TransitMinutes = int64(l.Duration / time.Minute)
	b.CustomsMinutes = int64(m.legCustoms[i])
	b.Minutes = b.TransitMinutes + b.CustomsMinutes
	b.Intensity, b.IntensitySource = m.legIntensity(i)
	if why != reasonNone {
		b.Err = m.legError(i, why)
	}
	return b
}

// TransferBreakdown returns the breakdown of changing from mode `from` to
// mode `to` at terminal t. The zero Breakdown is returned when the modes are
// equal.
func (m *Model) TransferBreakdown(t int, from, to network.Mode) Breakdown {
	var b Breakdown
	if from == to || !from.Valid() || !to.Valid() {
		b.Money.Currency = m.cur
		return b
	}
	x, _ := m.net.TransferAt(t, from, to)
	why, ok := m.stopBreakdown(&b, transferStop(&x))
	if !ok {
		return b
	}
	b.Intensity, b.IntensitySource = float64(m.hubMg)/1000, "hub emissions per tonne handled"
	if why != reasonNone {
		b.Err = fmt.Errorf("transfer %s→%s at %s: %w", from, to, m.terminalName(t), why.sentinel())
	}
	return b
}

// stopBreakdown prices a transfer or border stop into b for display. ok is
// false when its price terms cannot be converted (b.Err says why); why is
// the reason the stop is unusable, if any.
func (m *Model) stopBreakdown(b *Breakdown, s stop) (why reason, ok bool) {
	f, err := m.termsFactorAfter(s.terms)
	if err != nil {
		b.Err = err
		return reasonNone, false
	}
	var v [numObjectives]int64
	why = m.stopCosts(s, f, &v, &b.Items)
	b.fill(&v, m.cur)
	b.TransitMinutes, b.Minutes = s.minutes, s.minutes
	return why, true
}

// BorderBreakdown returns the breakdown of crossing the border at terminal
// t; the zero Breakdown when t is not a border crossing.
func (m *Model) BorderBreakdown(t int) Breakdown {
	var b Breakdown
	b.Money.Currency = m.cur
	term := m.net.TerminalAt(t)
	if term == nil || term.Border == nil {
		return b
	}
	why, ok := m.stopBreakdown(&b, borderStop(term.Border))
	if !ok {
		return b
	}
	if term.Border.GaugeChange() {
		b.Intensity, b.IntensitySource = float64(m.hubMg)/1000, "hub emissions per tonne handled (break of gauge)"
	}
	if why != reasonNone {
		b.Err = fmt.Errorf("border crossing %s: %w", term.ID, why.sentinel())
	}
	return b
}

func (b *Breakdown) fill(v *[numObjectives]int64, cur network.Currency) {
	b.Money = Money{Currency: cur}
	for _, it := range b.Items {
		b.Money.Minor += it.Quote.Minor
	}
	b.CO2eGrams = v[ObjectiveCO2e]
	b.DistanceMetres = v[ObjectiveDistance]
	b.Transfers = v[ObjectiveTransfers]
}

// defaultMg returns the intensity leg i gets unless it carries its own, in
// mg CO2e per tonne-km. It reads the mode from the compact form: one cache
// line less per leg than Leg.Mode.
func (m *Model) defaultMg(i int) int64 {
	c := m.net.Compact()
	if c.Mode[i] == network.Rail {
		return m.railMg[m.country[c.From[i]]]
	}
	return m.modeMg[c.Mode[i]]
}

// ModeIntensity returns the well-to-wheel intensity the model uses for
// mode m, in grams CO2e per tonne-km: the query's override, else the
// default. (Rail legs are refined by country, see DefaultRailIntensity; this
// is the mode-wide figure.) Zero for an invalid mode.
func (m *Model) ModeIntensity(mode network.Mode) float64 {
	if !mode.Valid() {
		return 0
	}
	return float64(m.modeMg[mode]) / 1000
}

// ModeGrams returns the well-to-wheel grams CO2e of carrying the shipment
// metres by mode at the query's intensity for that mode (ModeIntensity),
// on the same mass and with the same exact integer formula and rounding as
// a leg of the network. It prices carriage that is not a leg, such as the
// trucking to and from a point place. ok is false for an invalid mode or
// negative distance, or when the grams do not fit in an int64.
func (m *Model) ModeGrams(mode network.Mode, metres int64) (grams int64, ok bool) {
	if !mode.Valid() || metres < 0 {
		return 0, false
	}
	return tonneKmGrams(m.modeMg[mode], m.load.massG, metres)
}

// legIntensity returns the intensity used for leg i and its source.
func (m *Model) legIntensity(i int) (float64, string) {
	l := m.net.LegAt(i)
	if l.CO2ePerTonneKm > 0 && !m.ignLeg {
		return l.CO2ePerTonneKm, "leg " + l.Name()
	}
	g := float64(m.defaultMg(i)) / 1000
	d := DefaultIntensity(l.Mode)
	if l.Mode == network.Rail {
		d = DefaultRailIntensity(m.net.TerminalAt(int(m.net.Compact().From[i])).Country)
	}
	if d.GramsPerTonneKm != g {
		return g, "query override"
	}
	s := d.Source + ", " + d.Date
	if d.Estimate {
		s += " (planning value)"
	}
	return g, s
}

func (m *Model) termsFactorAfter(p *network.PriceTerms) (ratio, error) {
	if p.IsZero() {
		return ratio{}, nil
	}
	if f, ok := m.factors[p.Currency]; ok {
		return f, nil
	}
	return ratio{}, fmt.Errorf("%w for %s", ErrMissingRate, p.Currency)
}

func (m *Model) terminalName(t int) string {
	if term := m.net.TerminalAt(t); term != nil {
		return term.ID
	}
	return fmt.Sprintf("terminal %d", t)
}
