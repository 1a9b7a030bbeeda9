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
func newQuoteResponse(req *QuoteRequest, in *quoteInput, res *route.Result, rates *cost.Rates, source string) *QuoteResponse {
	q := &in.query
	resp := &QuoteResponse{
		Origin:      req.Origin,
		Destination: req.Destination,
		Currency:    string(q.Currency),
		Rates:       RatesInfo{Base: string(rates.Base()), AsOf: rates.AsOf().Format(time.DateOnly), Source: source},
		Shipment:    in.shipment,
		Objectives:  in.objs,
		Complete:    res.Complete,
		Options:     make([]Option, 0, len(res.Itineraries)),
	}
	if !q.Ready.IsZero() {
		resp.Ready = &q.Ready
	}
	for _, e := range res.Excluded {
		resp.Excluded = append(resp.Excluded, strings.TrimPrefix(e.Err.Error(), "cost: "))
	}
	for i := range res.Itineraries {
		resp.Options = append(resp.Options, newOption(i+1, &res.Itineraries[i], q.Currency))
	}
	labelBest(resp.Options, res.Itineraries)
	return resp
}

// newOption converts one itinerary.
func newOption(index int, it *route.Itinerary, cur network.Currency) Option {
	o := Option{
		Index:  index,
		Totals: newTotals(&it.Total, cur),
		Steps:  make([]Step, 0, len(it.Steps)),
		Vector: slices.Clone(it.Vector),
	}
	for _, m := range it.Modes() {
		o.Modes = append(o.Modes, m.String())
	}
	for i := range it.Steps {
		o.Steps = append(o.Steps, newStep(&it.Steps[i], cur))
	}
	var stops []string
	for i, s := range it.Legs() {
		if i == 0 {
			stops = append(stops, s.Terminal.ID)
		}
		stops = append(stops, s.To.ID)
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
	return Totals{
		Money:       moneyString(t.Money, cur),
		TransitDays: round(t.Transit.Hours()/24, 2),
		Transit:     network.FormatDuration(t.Transit.Round(time.Minute)),
		CO2eKg:      round(float64(t.CO2eGrams)/1000, 1),
		DistanceKm:  round(float64(t.DistanceM)/1000, 0),
		Transfers:   t.Transfers,
		Borders:     t.Borders,
	}
}

func newStep(s *route.Step, cur network.Currency) Step {
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
	if s.Kind == route.TransferStep {
		out.FromMode, out.ToMode = s.FromMode.String(), s.ToMode.String()
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
