package main

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/route"
)

// newQuoteResponse turns a planner's result into the API's answer.
func newQuoteResponse(in *quoteInput, res *route.Result, rates *cost.Rates, source string) *QuoteResponse {
	q := &in.query
	resp := &QuoteResponse{
		OriginPoint:      in.origin,
		DestinationPoint: in.destination,
		Currency:         string(q.Currency),
		Rates:            RatesInfo{Base: string(rates.Base()), AsOf: rates.AsOf().Format(time.DateOnly), Source: source},
		Shipment:         in.shipment,
		Objectives:       in.objs,
		Complete:         res.Complete,
		Options:          make([]Option, 0, len(res.Itineraries)),
	}
	if in.origin == nil {
		resp.Origin = q.From.Name
	}
	if in.destination == nil {
		resp.Destination = q.To.Name
	}
	if !q.Ready.IsZero() {
		resp.Ready = &q.Ready
	}
	for _, e := range res.Excluded {
		resp.Excluded = append(resp.Excluded, strings.TrimPrefix(e.Err.Error(), "cost: "))
	}
	c := converter{cur: q.Currency, origin: pointPlace(in.origin), destination: pointPlace(in.destination)}
	for i := range res.Itineraries {
		resp.Options = append(resp.Options, c.option(i+1, &res.Itineraries[i]))
	}
	labelBest(resp.Options, res.Itineraries)
	return resp
}

// converter turns itineraries into options: it knows the quote currency
// and the point origin and destination (nil for named places), which the
// first and last miles start and end at.
type converter struct {
	cur                 network.Currency
	origin, destination *Place
}

// pointPlace is the Place a step shows for a point, nil for none.
func pointPlace(p *PointInfo) *Place {
	if p == nil {
		return nil
	}
	return &Place{Name: p.Name, Lon: p.Lon, Lat: p.Lat, Point: true}
}

// option converts one itinerary.
func (c converter) option(index int, it *route.Itinerary) Option {
	o := Option{
		Index:  index,
		Totals: newTotals(&it.Total, c.cur),
		Steps:  make([]Step, 0, len(it.Steps)),
		Vector: slices.Clone(it.Vector),
	}
	var stops []string
	stop := func(p *Place) {
		name := p.ID
		if name == "" {
			name = p.Name
		}
		if len(stops) == 0 || stops[len(stops)-1] != name {
			stops = append(stops, name)
		}
	}
	for i := range it.Steps {
		st := c.step(&it.Steps[i])
		o.Steps = append(o.Steps, st)
		switch it.Steps[i].Kind {
		case route.LegStep, route.FirstMile, route.LastMile:
			if st.From != nil && st.To != nil {
				stop(st.From)
				stop(st.To)
			}
			if st.Mode != "" && (len(o.Modes) == 0 || o.Modes[len(o.Modes)-1] != st.Mode) {
				o.Modes = append(o.Modes, st.Mode)
			}
		}
	}
	if o.Modes == nil {
		o.Modes = []string{}
	}
	o.Summary = strings.Join(stops, " → ")

	// Dates: the planner times every step when the query has a ready time.
	if !it.Ready.IsZero() {
		dep, del := it.Ready, it.Delivered
		o.Departure, o.Delivery = &dep, &del
	}
	return o
}

func newTotals(t *route.Totals, cur network.Currency) Totals {
	var vot string
	if t.ValueOfTime.Minor != 0 {
		vot = moneyString(t.ValueOfTime, cur)
	}
	return Totals{
		ValueOfTime: vot,
		Money:       moneyString(t.Money, cur),
		TransitDays: round(t.Transit.Hours()/24, 2),
		Transit:     network.FormatDuration(t.Transit.Round(time.Minute)),
		CO2eKg:      round(float64(t.CO2eGrams)/1000, 1),
		DistanceKm:  round(float64(t.DistanceM)/1000, 0),
		Transfers:   t.Transfers,
		Borders:     t.Borders,
	}
}

// step converts one step. Only a leg has a Leg; a first mile's Terminal
// and To are both the terminal trucked to, a last mile's the terminal
// trucked from: the point end comes from c.
func (c converter) step(s *route.Step) Step {
	cur := c.cur
	out := Step{
		Kind:       s.Kind.String(),
		Hours:      round(s.Duration.Hours(), 2),
		Money:      moneyString(s.Money, cur),
		CO2eKg:     round(float64(s.CO2eGrams)/1000, 1),
		DistanceKm: round(float64(s.DistanceM)/1000, 0),
		Start:      timePtr(s.Start),
		End:        timePtr(s.End),
		Cutoff:     timePtr(s.Cutoff),
	}
	if s.Terminal != nil {
		p := placeOf(s.Terminal)
		out.From = &p
	}
	if s.To != nil {
		p := placeOf(s.To)
		out.To = &p
	}
	if l := s.Leg; l != nil {
		out.Mode, out.Service, out.Operator = l.Mode.String(), l.Service, l.Operator
	}
	switch s.Kind {
	case route.TransferStep:
		out.FromMode, out.ToMode = s.FromMode.String(), s.ToMode.String()
	case route.FirstMile, route.LastMile:
		out.Mode, out.Service = network.Road.String(), s.Kind.String()+" trucking"
		if s.Kind == route.FirstMile && c.origin != nil {
			p := *c.origin
			out.From = &p
		}
		if s.Kind == route.LastMile && c.destination != nil {
			p := *c.destination
			out.To = &p
		}
	}
	for _, li := range s.Lines {
		line := Line{Kind: li.Kind.String(), Name: li.Name, Quote: moneyString(li.Quote, cur)}
		if li.Currency != "" {
			line.Amount, line.Currency = li.Amount.String(), string(li.Currency)
		}
		out.Lines = append(out.Lines, line)
	}
	return out
}

// labelBest marks the cheapest, fastest and greenest options.
func labelBest(opts []Option, its []route.Itinerary) {
	if len(its) == 0 {
		return
	}
	for _, c := range []struct {
		label string
		key   func(*route.Totals) int64
	}{
		{"cheapest", func(t *route.Totals) int64 { return t.Money.Minor }},
		{"fastest", func(t *route.Totals) int64 { return int64(t.Transit) }},
		{"greenest", func(t *route.Totals) int64 { return t.CO2eGrams }},
	} {
		best := int64(math.MaxInt64)
		for i := range its {
			best = min(best, c.key(&its[i].Total))
		}
		for i := range its {
			if c.key(&its[i].Total) == best {
				opts[i].Labels = append(opts[i].Labels, c.label)
			}
		}
	}
}

func placeOf(t *network.Terminal) Place {
	return Place{ID: t.ID, Name: t.Name, Country: t.Country, Lon: t.Location[0], Lat: t.Location[1]}
}

// moneyString writes m's amount with its currency's minor digits, without
// the currency: the response names the quote currency once. The zero Money
// (no currency) is written as zero in cur.
func moneyString(m cost.Money, cur network.Currency) string {
	if m.Currency == "" {
		m.Currency = cur
	}
	return m.Decimal()
}

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

func round(v float64, decimals int) float64 {
	p := math.Pow10(decimals)
	return math.Round(v*p) / p
}
