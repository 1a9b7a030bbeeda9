package main

import (
	"encoding/json"
	"time"
)

// QuoteRequest is the body of POST /v1/quotes. Unknown fields are refused,
// so that a misspelt constraint is an error rather than silently ignored.
type QuoteRequest struct {
	// Origin and Destination name places of the network: a terminal ID
	// ("CNCQI"), a UN/LOCODE or an alias that stands for every terminal of
	// a city ("Chongqing", "Duisburg"). Each is required unless the
	// matching point is given instead.
	Origin      string `json:"origin,omitempty"`
	Destination string `json:"destination,omitempty"`
	// OriginPoint and DestinationPoint are a location (a factory, a
	// warehouse) instead of a named place: the planner adds first-mile
	// (last-mile) trucking between it and every terminal within its
	// radius. Give exactly one of Origin and OriginPoint, and one of
	// Destination and DestinationPoint.
	OriginPoint      *PointRequest `json:"origin_point,omitempty"`
	DestinationPoint *PointRequest `json:"destination_point,omitempty"`
	// Ready is when the cargo is ready at the origin, in RFC 3339
	// ("2026-03-02T09:00:00+08:00"). Optional: without it the quote gives
	// durations only, no dates.
	Ready string `json:"ready,omitempty"`
	// DeliverBy, with Ready, is the latest acceptable delivery (RFC 3339):
	// options that cannot arrive by then are left out. Optional.
	DeliverBy string `json:"deliver_by,omitempty"`
	// Containers are the boxes, as forwarders write them: a string
	// ("2x40HC, 1x20GP"), a list of such strings (["2x40HC", "1x20GP"]) or
	// a list of objects ([{"type": "40HC", "count": 2}]). Between 1 and
	// MaxContainers in all. Optional for loose cargo given by Tonnes.
	Containers json.RawMessage `json:"containers,omitempty"`
	// Tonnes is the gross mass of the cargo in metric tonnes, excluding
	// container tare; zero or absent means unknown for a container
	// shipment (10 t per TEU is then assumed). Must not be negative.
	Tonnes float64 `json:"tonnes,omitempty"`
	// VolumeM3 is the cargo volume in cubic metres, for the chargeable
	// weight of air freight. Optional.
	VolumeM3 float64 `json:"volume_m3,omitempty"`
	// CargoValue is the value of the goods: a string with its currency
	// ("250000 USD") or a number in the quote currency. Optional; it is
	// only used for the value-of-time term.
	CargoValue json.RawMessage `json:"cargo_value,omitempty"`
	// ValueOfTimePercent is the annual cost of capital tied up in transit,
	// in percent (8 means 8 % a year); with CargoValue it adds value ×
	// rate × days / 365 to the money of every option. Optional.
	ValueOfTimePercent float64 `json:"value_of_time_percent,omitempty"`
	// DangerousGoods is the UN class or division ("3", "2.1") of dangerous
	// cargo; legs that refuse it are left out. Optional.
	DangerousGoods string `json:"dangerous_goods,omitempty"`
	// Reefer asks for powered (refrigerated) transport. Optional.
	Reefer bool `json:"reefer,omitempty"`
	// Currency is the ISO 4217 quote currency (one the rate table
	// converts: EUR, USD, CNY with the embedded table). Default USD.
	Currency string `json:"currency,omitempty"`
	// Objectives are 2 to 4 of "money", "time", "co2e", "distance",
	// "transfers", in priority order. Default money, time, co2e.
	Objectives []string `json:"objectives,omitempty"`
	// Constraints restrict the routes; all optional.
	Constraints *QuoteConstraints `json:"constraints,omitempty"`
}

// QuoteConstraints restrict the routes a quote accepts.
type QuoteConstraints struct {
	// Modes allowed, as a list (["rail", "road"]); absent or empty means all
	// of rail, road, sea, inland_water, air.
	Modes []string `json:"modes,omitempty"`
	// AvoidTerminals are places (IDs, LOCODEs, aliases, border crossings
	// such as "Alashankou") that routes must not pass through.
	AvoidTerminals []string `json:"avoid_terminals,omitempty"`
	// AvoidCountries are ISO 3166-1 alpha-2 codes ("RU", "BY") that routes
	// must not touch.
	AvoidCountries []string `json:"avoid_countries,omitempty"`
	// Via lists places to pass through, in order.
	Via []string `json:"via,omitempty"`
	// MaxTransfers limits changes of mode: 0 allows none; absent (null)
	// means no limit.
	MaxTransfers *int `json:"max_transfers,omitempty"`
	// MaxTransitDays limits door-to-door time in days (fractions allowed);
	// absent or 0 means no limit.
	MaxTransitDays float64 `json:"max_transit_days,omitempty"`
	// MaxMoney limits the total: a string with its currency, which must be
	// the quote currency ("20000 EUR"), or a number in the quote currency.
	MaxMoney json.RawMessage `json:"max_money,omitempty"`
}

// PointRequest is a location given as longitude and latitude (WGS 84
// degrees, GeoJSON order), with the radius to look for terminals in.
type PointRequest struct {
	// Lon is degrees east, -180 to 180; Lat degrees north, -90 to 90.
	// Both required.
	Lon *float64 `json:"lon"`
	Lat *float64 `json:"lat"`
	// RadiusKm is how far (great circle) from the point a terminal may be
	// to be reached by trucking: more than 0 and at most MaxRadiusKm.
	// Optional: route.DefaultRadiusKm (300 km, a day's trucking).
	RadiusKm *float64 `json:"radius_km,omitempty"`
}

// ContainerCount is the object form of an item of QuoteRequest.Containers.
type ContainerCount struct {
	// Type is an ISO 6346 size/type group: 20GP, 40GP, 40HC, 45HC, 20RF …
	Type string `json:"type"`
	// Count is how many, at least 1.
	Count int `json:"count"`
}

// QuoteResponse is the body of a 200 answer to POST /v1/quotes, and of a
// 503 or 504 answer when the search ran out of time or labels (Complete is
// then false).
type QuoteResponse struct {
	// Origin and Destination echo the request's named places;
	// OriginPoint and DestinationPoint its points (one of each pair is
	// set).
	Origin           string     `json:"origin,omitempty"`
	Destination      string     `json:"destination,omitempty"`
	OriginPoint      *PointInfo `json:"origin_point,omitempty"`
	DestinationPoint *PointInfo `json:"destination_point,omitempty"`
	// Currency is the quote currency of every "quote" amount.
	Currency string `json:"currency"`
	// Rates says which exchange-rate table converted the legs' prices.
	Rates RatesInfo `json:"rates"`
	// Shipment is the shipment as understood: containers in canonical form,
	// tonnes, TEU.
	Shipment ShipmentInfo `json:"shipment"`
	// Ready echoes the ready time (RFC 3339), when one was given.
	Ready *time.Time `json:"ready,omitempty"`
	// Objectives are the objectives traded off, in priority order.
	Objectives []string `json:"objectives"`
	// Complete is false when the search stopped (timeout, label limit)
	// before the front was complete: every option is still Pareto-optimal,
	// but some may be missing.
	Complete bool `json:"complete"`
	// Options are the Pareto-optimal itineraries, in lexicographic order of
	// the objectives (the first is best in the first objective).
	Options []Option `json:"options"`
	// Excluded lists legs the shipment cannot use, and why.
	Excluded []string `json:"excluded,omitempty"`
	// Warning explains an incomplete answer.
	Warning string `json:"warning,omitempty"`
	// ElapsedMs is the server time spent on the quote, in milliseconds.
	ElapsedMs float64 `json:"elapsed_ms"`
}

// PointInfo is a point origin or destination as the quote used it.
type PointInfo struct {
	Lon float64 `json:"lon"`
	Lat float64 `json:"lat"`
	// RadiusKm is the radius searched, the default filled in.
	RadiusKm float64 `json:"radius_km"`
	// Name writes the point for a person: "30.67° N, 104.07° E". Steps
	// and the summary use it.
	Name string `json:"name"`
	// Terminals are the IDs of the terminals within the radius, nearest
	// first (at most maxPointTerminals): the ones the first or last mile
	// may truck to or from.
	Terminals []string `json:"terminals"`
}

// RatesInfo describes the exchange-rate table.
type RatesInfo struct {
	Base   string `json:"base"`
	AsOf   string `json:"as_of"` // YYYY-MM-DD
	Source string `json:"source"`
}

// ShipmentInfo is the shipment a quote priced.
type ShipmentInfo struct {
	Containers string  `json:"containers,omitempty"` // "2x40HC, 1x20GP"
	TEU        float64 `json:"teu"`
	// Tonnes is the gross cargo mass given, 0 when it was not given.
	Tonnes float64 `json:"tonnes"`
}

// Option is one Pareto-optimal itinerary.
type Option struct {
	// Index counts options from 1, in the response's order.
	Index int `json:"index"`
	// Labels name what the option is best at: "cheapest", "fastest",
	// "greenest" (several options may share a label on a tie).
	Labels []string `json:"labels,omitempty"`
	// Modes are the modes of its legs in order, repeats removed; the
	// first- and last-mile trucking of a point origin or destination
	// counts as road.
	Modes []string `json:"modes"`
	// Summary reads the route for a person: "CNCQI → Alashankou → … →
	// DEDUI"; a point origin or destination is written by its name
	// ("30.67° N, 104.07° E → CNCDU → … → DEDUI").
	Summary string `json:"summary"`
	Totals  Totals `json:"totals"`
	// Departure and Delivery are dates when the request had a ready time:
	// the planner's times for the first step's start and the last step's
	// end. TimesEstimated is kept for API stability and is always false
	// now: the planner times every step (leaving on arrival where a leg
	// has no timetable), so no date is estimated from ready + transit.
	Departure      *time.Time `json:"departure,omitempty"`
	Delivery       *time.Time `json:"delivery,omitempty"`
	TimesEstimated bool       `json:"times_estimated,omitempty"`
	// Steps are the legs, transfers, border crossings, customs and waits,
	// in order. Their money adds up to Totals.Money.
	Steps []Step `json:"steps"`
	// Vector is the option's cost in the objectives' fixed-point units
	// (minor units of money, minutes, grams CO2e, metres, transfers).
	Vector []int64 `json:"vector"`
}

// Totals add up an option.
type Totals struct {
	// Money is the total in the quote currency, a decimal string with the
	// currency's minor digits ("12345.67").
	Money string `json:"money"`
	// ValueOfTime, set when the request has a ready time and a value of
	// time, is the part of Money that prices the capital tied up in
	// transit: it is charged on the whole door-to-door time, so on no
	// step, and the steps add up to Money less it. (Without a ready time
	// it is charged per leg, as a "value of time" line of each leg.)
	ValueOfTime string  `json:"value_of_time,omitempty"`
	TransitDays float64 `json:"transit_days"`
	// Transit is the same time written as the network writes durations
	// ("16d4h").
	Transit    string  `json:"transit"`
	CO2eKg     float64 `json:"co2e_kg"`
	DistanceKm float64 `json:"distance_km"`
	Transfers  int     `json:"transfers"`
	Borders    int     `json:"borders"`
}

// Step is one part of an option.
type Step struct {
	// Kind is "leg", "transfer", "border", "customs", "wait", "first mile"
	// or "last mile".
	Kind string `json:"kind"`
	// From is where the step happens or, for a leg, where it starts; To is
	// a leg's destination. A first mile goes from the origin point to a
	// terminal, a last mile from a terminal to the destination point (the
	// point is a Place with Point set and no ID).
	From *Place `json:"from,omitempty"`
	To   *Place `json:"to,omitempty"`
	// Mode, Service and Operator describe a leg; FromMode and ToMode a
	// transfer. A first or last mile has mode "road" and service "first
	// mile trucking" or "last mile trucking".
	Mode     string `json:"mode,omitempty"`
	Service  string `json:"service,omitempty"`
	Operator string `json:"operator,omitempty"`
	FromMode string `json:"from_mode,omitempty"`
	ToMode   string `json:"to_mode,omitempty"`
	// Hours is the step's duration.
	Hours float64 `json:"hours"`
	// Start, End and Cutoff are the step's times when the planner
	// scheduled it (a request with a ready time, on a network with
	// schedules).
	Start  *time.Time `json:"start,omitempty"`
	End    *time.Time `json:"end,omitempty"`
	Cutoff *time.Time `json:"cutoff,omitempty"`
	// Money is the step's total in the quote currency.
	Money      string  `json:"money"`
	CO2eKg     float64 `json:"co2e_kg"`
	DistanceKm float64 `json:"distance_km,omitempty"`
	// Lines break Money down.
	Lines []Line `json:"lines,omitempty"`
}

// Place is a terminal with its location, or the point of a point origin
// or destination (Point true, ID and Country empty, Name its
// coordinates).
type Place struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Lon     float64 `json:"lon"`
	Lat     float64 `json:"lat"`
	Point   bool    `json:"point,omitempty"`
}

// Line is one charge of a step.
type Line struct {
	// Kind is "freight", "surcharge", "handling", "border fee" or "value of
	// time"; Name describes the charge ("BAF 12.5 %").
	Kind string `json:"kind"`
	Name string `json:"name"`
	// Amount is the charge in Currency, the currency the leg is priced in,
	// as an exact decimal ("1234.5"); empty for value of time, which has
	// no amount of its own, and for the trucking estimate of a first or
	// last mile.
	Amount   string `json:"amount,omitempty"`
	Currency string `json:"currency,omitempty"`
	// Quote is the charge in the quote currency.
	Quote string `json:"quote"`
}

// ErrorResponse is the body of every 4xx and 5xx answer.
type ErrorResponse struct {
	Error ErrorBody `json:"error"`
}

// ErrorBody says what went wrong.
type ErrorBody struct {
	// Field is the request field at fault, as a JSON path
	// ("constraints.via[1]", "containers"); empty when no one field is.
	Field string `json:"field,omitempty"`
	// Message is for a person to read.
	Message string `json:"message"`
	// Reason, on a 422, says why there is no route: "unreachable",
	// "shipment", "constraints" or "deadline"; Detail lists what ruled the
	// routes out.
	Reason string   `json:"reason,omitempty"`
	Detail []string `json:"detail,omitempty"`
}

// PlacesResponse is the body of GET /v1/places: the terminals of the
// network, for a form's suggestions and a map's background.
type PlacesResponse struct {
	Network   string      `json:"network"`
	Terminals []PlaceInfo `json:"terminals"`
	// Currencies the rate table converts, for the quote currency.
	Currencies []string `json:"currencies"`
}

// PlaceInfo is a terminal and the names that find it.
type PlaceInfo struct {
	Place
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases,omitempty"`
}
