package main

import (
	"encoding/json"
	"io"
	"math"
	"time"

	"github.com/corridor-go/corridor/cost"
)

// The JSON output; its shape is documented in doc.go. Times are RFC 3339 in
// UTC, money is an exact decimal number in major units with its currency.
type (
	jsonReport struct {
		Network    string       `json:"network"`
		Currency   string       `json:"currency"`
		RatesAsOf  string       `json:"rates_as_of"`
		Objectives []string     `json:"objectives"`
		Shipment   jsonShipment `json:"shipment"`
		Pairs      []jsonPair   `json:"pairs"`
	}
	jsonShipment struct {
		Containers []jsonContainers `json:"containers"`
		Tonnes     float64          `json:"tonnes"`
		Value      *jsonMoney       `json:"value,omitempty"`
	}
	jsonContainers struct {
		Type  string `json:"type"`
		Count int    `json:"count"`
	}
	jsonPair struct {
		From        string          `json:"from"`
		To          string          `json:"to"`
		FromPoint   *jsonPoint      `json:"from_point,omitempty"`
		ToPoint     *jsonPoint      `json:"to_point,omitempty"`
		Ready       time.Time       `json:"ready"`
		Complete    bool            `json:"complete"`
		Error       string          `json:"error,omitempty"`
		Itineraries []jsonItinerary `json:"itineraries"`
	}
	jsonItinerary struct {
		Number    int        `json:"number"`
		Summary   string     `json:"summary"`
		Modes     []string   `json:"modes"`
		Ready     time.Time  `json:"ready"`
		Delivered time.Time  `json:"delivered"`
		Totals    jsonTotals `json:"totals"`
		Legs      []jsonLeg  `json:"legs"`
	}
	jsonTotals struct {
		Money        jsonMoney `json:"money"`
		TransitHours float64   `json:"transit_hours"`
		CO2eKg       float64   `json:"co2e_kg"`
		Transfers    int       `json:"transfers"`
		Borders      int       `json:"borders"`
		DistanceKm   float64   `json:"distance_km"`
	}
	jsonLeg struct {
		Mode       string    `json:"mode"`
		Service    string    `json:"service"`
		Operator   string    `json:"operator"`
		From       string    `json:"from"`
		To         string    `json:"to"`
		Departure  time.Time `json:"departure"`
		Arrival    time.Time `json:"arrival"`
		Money      jsonMoney `json:"money"`
		CO2eKg     float64   `json:"co2e_kg"`
		DistanceKm float64   `json:"distance_km"`
	}
	jsonPoint struct {
		Lat      float64 `json:"lat"`
		Lon      float64 `json:"lon"`
		RadiusKm float64 `json:"radius_km"`
	}
	jsonMoney struct {
		Amount   json.Number `json:"amount"`
		Currency string      `json:"currency"`
	}
)

// writeJSON writes the fronts as one indented JSON document.
func (r *request) writeJSON(w io.Writer, fronts []front) error {
	rep := jsonReport{
		Network:   r.net.Name(),
		Currency:  string(r.query.Currency),
		RatesAsOf: r.query.Rates.AsOf().Format(time.DateOnly),
		Shipment:  jsonShipment{Tonnes: r.query.Shipment.GrossTonnes},
		Pairs:     make([]jsonPair, 0, len(fronts)),
	}
	for _, o := range r.query.Objectives {
		rep.Objectives = append(rep.Objectives, o.String())
	}
	for _, c := range r.query.Shipment.Containers {
		rep.Shipment.Containers = append(rep.Shipment.Containers, jsonContainers{string(c.Type), c.Count})
	}
	if v := r.query.Shipment.Value; v.Minor > 0 {
		m := newJSONMoney(v)
		rep.Shipment.Value = &m
	}
	for _, f := range fronts {
		p := jsonPair{From: f.Pair.From, To: f.Pair.To, Ready: f.Ready.UTC(),
			Complete: f.Err == nil, Itineraries: []jsonItinerary{}}
		if f.Err != nil {
			p.Error = f.Err.Error()
		}
		p.FromPoint, p.ToPoint = r.jsonPoint(f.Pair.From), r.jsonPoint(f.Pair.To)
		for _, o := range f.Options {
			it := jsonItinerary{
				Number: o.Number, Summary: o.Summary, Modes: make([]string, len(o.Modes)),
				Ready: o.Ready.UTC(), Delivered: o.Delivered.UTC(),
				Totals: jsonTotals{
					Money:        newJSONMoney(o.Total.Money),
					TransitHours: round(o.Total.Transit.Hours(), 2),
					CO2eKg:       round(float64(o.Total.CO2eGrams)/1000, 3),
					Transfers:    o.Total.Transfers,
					Borders:      o.Total.Borders,
					DistanceKm:   round(float64(o.Total.DistanceM)/1000, 3),
				},
			}
			for i, m := range o.Modes {
				it.Modes[i] = modeWord(m)
			}
			for _, l := range o.Legs {
				it.Legs = append(it.Legs, jsonLeg{
					Mode: l.Mode.String(), Service: l.Service, Operator: l.Operator,
					From: l.From.ID, To: l.To.ID,
					Departure: l.Departure.UTC(), Arrival: l.Arrival.UTC(),
					Money: newJSONMoney(l.Money), CO2eKg: round(float64(l.CO2eGrams)/1000, 3),
					DistanceKm: round(float64(l.DistanceM)/1000, 3),
				})
			}
			p.Itineraries = append(p.Itineraries, it)
		}
		rep.Pairs = append(rep.Pairs, p)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}

// jsonPoint is the point a pair's From or To names, or nil for a terminal.
func (r *request) jsonPoint(name string) *jsonPoint {
	pp := r.points[name]
	if pp == nil {
		return nil
	}
	return &jsonPoint{Lat: pp.Point.Lat(), Lon: pp.Point.Lon(), RadiusKm: r.radiusKm}
}

// newJSONMoney writes m's exact decimal as a JSON number: "12920.00".
func newJSONMoney(m cost.Money) jsonMoney {
	return jsonMoney{Amount: json.Number(m.Decimal()), Currency: string(m.Currency)}
}

func round(x float64, decimals int) float64 {
	p := math.Pow10(decimals)
	return math.Round(x*p) / p
}
