package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/route"
)

// Request limits. The library accepts up to 100,000 containers and a
// million tonnes; a quote for more than a few trainloads is almost
// certainly a typing error, so the service refuses it with a message
// rather than pricing it.
const (
	// MaxContainers is the most containers one quote may ask for: about
	// 200 block trains of 50 FEU.
	MaxContainers = 10_000
	// MaxTonnes is the most gross cargo mass one quote may ask for.
	MaxTonnes = 250_000
	// MaxBodyBytes limits a request body (1 MiB).
	MaxBodyBytes = 1 << 20
	// maxListItems bounds every list of names in a request.
	maxListItems = 50
	// MaxRadiusKm is the largest radius_km of a point origin or
	// destination: beyond it the "first mile" is a long-haul truck leg,
	// which the network should model as such.
	MaxRadiusKm = 1000
	// anywhereKm is a radius that reaches every point on Earth (half the
	// equator), to name the nearest terminal however far it is.
	anywhereKm = 20_038
	// maxPointTerminals bounds the terminals a PointInfo lists.
	maxPointTerminals = 50
)

// apiError is an error answer: an HTTP status and the JSON body.
type apiError struct {
	status int
	body   ErrorBody
}

func (e *apiError) Error() string {
	if e.body.Field != "" {
		return e.body.Field + ": " + e.body.Message
	}
	return e.body.Message
}

// badField is a 400 naming the field at fault.
func badField(field, format string, args ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, body: ErrorBody{Field: field, Message: fmt.Sprintf(format, args...)}}
}

// decodeRequest reads one JSON object from body, refusing unknown fields,
// trailing data and bodies over the limit that http.MaxBytesReader set.
func decodeRequest(body io.Reader) (*QuoteRequest, error) {
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req QuoteRequest
	if err := dec.Decode(&req); err != nil {
		return nil, decodeError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, decodeError(err)
		}
		return nil, badField("", "the body holds more than one JSON value")
	}
	return &req, nil
}

// decodeError turns an encoding/json error into an answer naming the field.
func decodeError(err error) *apiError {
	var (
		mbe *http.MaxBytesError
		se  *json.SyntaxError
		te  *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &mbe):
		return &apiError{status: http.StatusRequestEntityTooLarge,
			body: ErrorBody{Message: fmt.Sprintf("the body is over the limit of %d bytes", mbe.Limit)}}
	case errors.Is(err, io.EOF):
		return badField("", "empty body: want a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badField("", "malformed JSON: the body ends early")
	case errors.As(err, &se):
		return badField("", "malformed JSON at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		if te.Field == "" {
			return badField("", "the body is a JSON %s, want an object", te.Value)
		}
		if v, ok := strings.CutPrefix(te.Value, "number "); ok {
			// A number where one is wanted, but too large (1e400) or
			// fractional for an integer field.
			switch te.Type.Kind() {
			case reflect.Float32, reflect.Float64:
				return badField(te.Field, "%s is out of range", v)
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				return badField(te.Field, "%s is not a whole number in range", v)
			}
		}
		return badField(te.Field, "got a JSON %s, want %s", te.Value, jsonKind(te.Type.String()))
	}
	// DisallowUnknownFields: `json: unknown field "name"`.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if f, uerr := strconv.Unquote(name); uerr == nil {
			name = f
		}
		return badField(name, "unknown field %q", name)
	}
	return badField("", "malformed JSON: %v", err)
}

// jsonKind names a Go type as a JSON kind for messages.
func jsonKind(goType string) string {
	goType = strings.TrimPrefix(goType, "*")
	switch {
	case goType == "string":
		return "a string"
	case strings.HasPrefix(goType, "[]"):
		return "a list"
	case strings.HasPrefix(goType, "float"), strings.HasPrefix(goType, "int"):
		return "a number"
	case goType == "bool":
		return "true or false"
	}
	return "an object"
}

// quoteInput is a validated request: the route query and what the response
// echoes.
type quoteInput struct {
	query    route.Query
	shipment ShipmentInfo
	objs     []string
	// origin and destination are the points, nil for named places.
	origin, destination *PointInfo
}

// buildQuery validates req against the network and the rate table and
// returns the query to plan. Every error is a 400 naming its field.
func buildQuery(req *QuoteRequest, pl *route.Planner, n *network.Network, rates *cost.Rates) (*quoteInput, error) {
	in := &quoteInput{}
	q := &in.query
	q.Rates = rates

	for _, p := range []struct {
		field, name string
		point       *PointRequest
		dst         *route.Place
		echo        **PointInfo
	}{
		{"origin", req.Origin, req.OriginPoint, &q.From, &in.origin},
		{"destination", req.Destination, req.DestinationPoint, &q.To, &in.destination},
	} {
		place, info, err := buildPlace(pl, n, p.field, p.name, p.point)
		if err != nil {
			return nil, err
		}
		*p.dst, *p.echo = place, info
	}

	if s := strings.TrimSpace(req.Ready); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return nil, badField("ready", "%q is not an RFC 3339 time such as \"2026-03-02T09:00:00+08:00\"", req.Ready)
		}
		if t.Year() < 2000 || t.Year() > 2100 {
			return nil, badField("ready", "%s is not between the years 2000 and 2100", s)
		}
		q.Ready = t
	}
	if s := strings.TrimSpace(req.DeliverBy); s != "" {
		t, err := time.Parse(time.RFC3339, s)
		switch {
		case err != nil:
			return nil, badField("deliver_by", "%q is not an RFC 3339 time such as \"2026-04-01T17:00:00+02:00\"", req.DeliverBy)
		case q.Ready.IsZero():
			return nil, badField("deliver_by", "needs a ready time")
		case !t.After(q.Ready):
			return nil, badField("deliver_by", "%s is not after the ready time %s", s, q.Ready.Format(time.RFC3339))
		case t.Sub(q.Ready) > 3650*24*time.Hour:
			return nil, badField("deliver_by", "%s is more than ten years after the ready time", s)
		}
		q.DeliverBy = t
	}

	cur := network.Currency("USD")
	if s := strings.TrimSpace(req.Currency); s != "" {
		c, err := network.ParseCurrency(s)
		if err != nil {
			return nil, badField("currency", "%q is not an ISO 4217 currency code", req.Currency)
		}
		cur = c
	}
	if _, ok := rates.Rate(cur); !ok {
		return nil, badField("currency", "no exchange rate for %s in the %s table of %s (have %s)",
			cur, rates.Base(), rates.AsOf().Format(time.DateOnly), joinCurrencies(rates.Currencies()))
	}
	q.Currency = cur

	if err := buildShipment(req, cur, &q.Shipment); err != nil {
		return nil, err
	}
	in.shipment = ShipmentInfo{TEU: q.Shipment.TEU(), Tonnes: q.Shipment.GrossTonnes}
	if len(q.Shipment.Containers) > 0 {
		in.shipment.Containers = cost.FormatContainers(q.Shipment.Containers)
	}

	switch p := req.ValueOfTimePercent; {
	case math.IsNaN(p) || p < 0 || p > 100:
		return nil, badField("value_of_time_percent", "%v is not a percentage between 0 and 100", p)
	case p > 0 && q.Shipment.Value.Minor == 0:
		return nil, badField("cargo_value", "required with value_of_time_percent")
	case p > 0:
		q.ValueOfTime = cost.ValueOfTime{AnnualRateBP: int64(math.Round(p * 100))}
	}

	if len(req.Objectives) > 0 {
		seen := map[cost.Objective]bool{}
		for i, s := range req.Objectives {
			o, err := cost.ParseObjective(s)
			field := fmt.Sprintf("objectives[%d]", i)
			if err != nil {
				return nil, badField(field, "unknown objective %q (want money, time, co2e, distance or transfers)", s)
			}
			if seen[o] {
				return nil, badField(field, "objective %s given twice", o)
			}
			seen[o] = true
			q.Objectives = append(q.Objectives, o)
		}
		if len(q.Objectives) < cost.MinObjectives || len(q.Objectives) > cost.MaxObjectives {
			return nil, badField("objectives", "%d objectives: choose %d to %d", len(q.Objectives), cost.MinObjectives, cost.MaxObjectives)
		}
	}
	for _, o := range cmpOr(q.Objectives, cost.DefaultObjectives()) {
		in.objs = append(in.objs, o.String())
	}

	if c := req.Constraints; c != nil {
		if err := buildConstraints(c, n, cur, &q.Constraints); err != nil {
			return nil, err
		}
	}
	return in, nil
}

// buildShipment reads containers, tonnes, volume, value and handling needs.
func buildShipment(req *QuoteRequest, cur network.Currency, s *cost.Shipment) error {
	if len(req.Containers) > 0 && string(req.Containers) != "null" {
		cs, err := parseContainers(req.Containers)
		if err != nil {
			return err
		}
		s.Containers = cs
	}
	total := 0
	for _, c := range s.Containers {
		total += c.Count
	}
	if total > MaxContainers {
		return badField("containers", "%d containers is over the limit of %d per quote", total, MaxContainers)
	}
	switch t := req.Tonnes; {
	case math.IsNaN(t) || t < 0:
		return badField("tonnes", "%v is not a mass: want a number of tonnes ≥ 0", t)
	case t > MaxTonnes:
		return badField("tonnes", "%v t is over the limit of %d t per quote", t, MaxTonnes)
	}
	s.GrossTonnes = req.Tonnes
	if v := req.VolumeM3; math.IsNaN(v) || v < 0 || v > 10*MaxTonnes {
		return badField("volume_m3", "%v is not a volume between 0 and %d m³", v, 10*MaxTonnes)
	}
	s.VolumeM3 = req.VolumeM3
	if len(s.Containers) == 0 && s.GrossTonnes == 0 {
		return badField("containers", "required: containers (e.g. \"2x40HC\") or tonnes of loose cargo")
	}
	if len(req.CargoValue) > 0 && string(req.CargoValue) != "null" {
		m, err := parseMoney("cargo_value", req.CargoValue, cur)
		if err != nil {
			return err
		}
		if m.Minor < 0 {
			return badField("cargo_value", "%s is negative", m)
		}
		s.Value = m
	}
	s.DangerousGoods = strings.TrimSpace(req.DangerousGoods)
	s.Reefer = req.Reefer
	if err := s.Validate(); err != nil {
		field := "containers"
		switch {
		case strings.Contains(err.Error(), "dangerous goods"):
			field = "dangerous_goods"
		case strings.Contains(err.Error(), "gross mass") || strings.Contains(err.Error(), " t of cargo"):
			field = "tonnes"
		case strings.Contains(err.Error(), "volume"):
			field = "volume_m3"
		case strings.Contains(err.Error(), "cargo value"):
			field = "cargo_value"
		}
		return badField(field, "%s", strings.TrimPrefix(err.Error(), "cost: "))
	}
	return nil
}

// parseContainers reads the three forms of QuoteRequest.Containers.
func parseContainers(raw json.RawMessage) ([]cost.Containers, error) {
	raw = bytes.TrimSpace(raw)
	var one string
	if json.Unmarshal(raw, &one) == nil {
		cs, err := cost.ParseContainers(one)
		if err != nil {
			return nil, badField("containers", "%s", containerMessage(err))
		}
		return cs, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, badField("containers", "want a string such as \"2x40HC\" or a list")
	}
	if len(items) == 0 {
		return nil, badField("containers", "empty list: give at least one container")
	}
	if len(items) > maxListItems {
		return nil, badField("containers", "%d items is over the limit of %d", len(items), maxListItems)
	}
	var out []cost.Containers
	for i, it := range items {
		field := fmt.Sprintf("containers[%d]", i)
		var cs []cost.Containers
		if json.Unmarshal(it, &one) == nil {
			c, err := cost.ParseContainers(one)
			if err != nil {
				return nil, badField(field, "%s", containerMessage(err))
			}
			cs = c
		} else {
			var cc ContainerCount
			dec := json.NewDecoder(bytes.NewReader(it))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&cc); err != nil {
				return nil, badField(field, "want \"2x40HC\" or {\"type\": \"40HC\", \"count\": 2}")
			}
			if cc.Count <= 0 || cc.Count > MaxContainers {
				return nil, badField(field+".count", "%d is not a count between 1 and %d", cc.Count, MaxContainers)
			}
			c, err := cost.ParseContainers(strconv.Itoa(cc.Count) + "x" + cc.Type)
			if err != nil {
				return nil, badField(field+".type", "%s", containerMessage(err))
			}
			cs = c
		}
		for _, c := range cs {
			if c.Count > MaxContainers {
				return nil, badField(field, "%d containers is over the limit of %d per quote", c.Count, MaxContainers)
			}
			merged := false
			for j := range out {
				if out[j].Type == c.Type {
					out[j].Count += c.Count
					merged = true
				}
			}
			if !merged {
				out = append(out, c)
			}
		}
	}
	return out, nil
}

func containerMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "cost: ")
	if errors.Is(err, cost.ErrUnknownContainer) {
		msg += " (want e.g. 20GP, 40GP, 40HC, 45HC, 20RF, 40RF)"
	}
	return msg
}

// parseMoney reads a money field: a string with a currency or a number in
// the quote currency.
func parseMoney(field string, raw json.RawMessage, cur network.Currency) (cost.Money, error) {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		var num json.Number
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		if err := dec.Decode(&num); err != nil {
			return cost.Money{}, badField(field, "want a number or a string such as \"25000 %s\"", cur)
		}
		s = num.String() + " " + string(cur)
	}
	m, err := cost.ParseMoney(strings.TrimSpace(s))
	if err != nil && !strings.ContainsFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) {
		m, err = cost.ParseMoney(strings.TrimSpace(s) + " " + string(cur))
	}
	if err != nil {
		return cost.Money{}, badField(field, "%q is not an amount such as \"25000 %s\" (%s)", s, cur, strings.TrimPrefix(err.Error(), "cost: "))
	}
	return m, nil
}

// buildConstraints reads the constraints, checking every name against the
// network so that an error names the item at fault.
func buildConstraints(c *QuoteConstraints, n *network.Network, cur network.Currency, dst *route.Constraints) error {
	for i, s := range c.Modes {
		m, err := network.ParseMode(strings.TrimSpace(s))
		if err != nil {
			return badField(fmt.Sprintf("constraints.modes[%d]", i), "unknown mode %q (want rail, road, sea, inland_water or air)", s)
		}
		dst.Modes = dst.Modes.With(m)
	}
	for _, list := range []struct {
		field string
		names []string
		dst   *[]string
	}{
		{"constraints.avoid_terminals", c.AvoidTerminals, &dst.AvoidTerminals},
		{"constraints.via", c.Via, &dst.Via},
	} {
		if len(list.names) > maxListItems {
			return badField(list.field, "%d items is over the limit of %d", len(list.names), maxListItems)
		}
		for i, name := range list.names {
			name = strings.TrimSpace(name)
			if err := checkPlace(n, fmt.Sprintf("%s[%d]", list.field, i), name); err != nil {
				return err
			}
			*list.dst = append(*list.dst, name)
		}
	}
	if len(c.AvoidCountries) > maxListItems {
		return badField("constraints.avoid_countries", "%d items is over the limit of %d", len(c.AvoidCountries), maxListItems)
	}
	for i, s := range c.AvoidCountries {
		code := strings.ToUpper(strings.TrimSpace(s))
		if !network.ValidCountry(code) {
			return badField(fmt.Sprintf("constraints.avoid_countries[%d]", i), "%q is not an ISO 3166-1 alpha-2 country code such as \"RU\"", s)
		}
		dst.AvoidCountries = append(dst.AvoidCountries, code)
	}
	if p := c.MaxTransfers; p != nil {
		switch {
		case *p < 0 || *p > 100:
			return badField("constraints.max_transfers", "%d is not a number of transfers between 0 and 100", *p)
		case *p == 0:
			dst.MaxTransfers = route.NoTransfers
		default:
			dst.MaxTransfers = *p
		}
	}
	if d := c.MaxTransitDays; d != 0 {
		if math.IsNaN(d) || d < 0 || d > 3650 {
			return badField("constraints.max_transit_days", "%v is not a number of days between 0 and 3650", d)
		}
		dst.MaxTransit = time.Duration(d * 24 * float64(time.Hour)).Round(time.Minute)
	}
	if len(c.MaxMoney) > 0 && string(c.MaxMoney) != "null" {
		m, err := parseMoney("constraints.max_money", c.MaxMoney, cur)
		if err != nil {
			return err
		}
		switch {
		case m.Currency != cur:
			return badField("constraints.max_money", "%s is not in the quote currency %s", m, cur)
		case m.Minor <= 0:
			return badField("constraints.max_money", "%s is not a positive amount", m)
		}
		dst.MaxMoney = m
	}
	return nil
}

// buildPlace reads an origin or destination: a name (field) or a point
// (field + "_point"), exactly one of them. For a point it also returns what
// the response echoes.
func buildPlace(pl *route.Planner, n *network.Network, field, name string, pt *PointRequest) (route.Place, *PointInfo, error) {
	name = strings.TrimSpace(name)
	pfield := field + "_point"
	switch {
	case name != "" && pt != nil:
		return route.Place{}, nil, badField(field, "give %s or %s, not both", field, pfield)
	case pt != nil:
		return buildPoint(pl, n, pfield, pt)
	case name == "":
		return route.Place{}, nil, badField(field, "required: a terminal ID, UN/LOCODE or city name such as \"Chongqing\", "+
			"or %s, a point such as {\"lon\": 104.07, \"lat\": 30.67}", pfield)
	}
	if err := checkPlace(n, field, name); err != nil {
		return route.Place{}, nil, err
	}
	return route.At(name), nil, nil
}

// buildPoint checks a point and its radius, and that a terminal of n lies
// within the radius (the planner would refuse the point otherwise; this
// says why in the request's terms).
func buildPoint(pl *route.Planner, n *network.Network, field string, pt *PointRequest) (route.Place, *PointInfo, error) {
	for _, c := range []struct {
		name  string
		v     *float64
		limit float64
		what  string
	}{{"lon", pt.Lon, 180, "a longitude: degrees east, -180 to 180"}, {"lat", pt.Lat, 90, "a latitude: degrees north, -90 to 90"}} {
		switch v := c.v; {
		case v == nil:
			return route.Place{}, nil, badField(field+"."+c.name, "required: %s", c.what)
		case math.IsNaN(*v) || *v < -c.limit || *v > c.limit:
			return route.Place{}, nil, badField(field+"."+c.name, "%v is not %s", *v, c.what)
		}
	}
	r := float64(route.DefaultRadiusKm)
	if pt.RadiusKm != nil {
		r = *pt.RadiusKm
		if math.IsNaN(r) || r <= 0 || r > MaxRadiusKm {
			return route.Place{}, nil, badField(field+".radius_km", "%v is not a radius: want km, more than 0 and at most %d (default %d)",
				r, MaxRadiusKm, route.DefaultRadiusKm)
		}
	}
	p := orb.Point{*pt.Lon, *pt.Lat}
	info := &PointInfo{Lon: p[0], Lat: p[1], RadiusKm: r, Name: pointName(p), Terminals: []string{}}
	// The planner's list: terminals that handle road and are not border
	// crossings or waypoints.
	within, err := pl.PointTerminals(route.Near(p, r))
	if err != nil {
		msg := fmt.Sprintf("no terminal for trucking within %v km of %s", r, info.Name)
		if near, err := pl.PointTerminals(route.Near(p, anywhereKm)); err == nil {
			msg += fmt.Sprintf("; the nearest is %s (%s) at %.0f km", near[0].Terminal.ID, near[0].Terminal.Name, near[0].Km)
			if near[0].Km <= MaxRadiusKm {
				msg += fmt.Sprintf(": a radius_km of %.0f reaches it", math.Ceil(near[0].Km))
			}
		}
		if _, err := pl.PointTerminals(route.Near(orb.Point{p[1], p[0]}, r)); err == nil {
			msg += "; are lon and lat swapped?"
		}
		return route.Place{}, nil, badField(field, "%s", msg)
	}
	for _, nb := range within[:min(len(within), maxPointTerminals)] {
		info.Terminals = append(info.Terminals, nb.Terminal.ID)
	}
	return route.Near(p, r), info, nil
}

// pointName writes a point for a person, unambiguously whatever order
// they are used to: "30.67° N, 104.07° E".
func pointName(p orb.Point) string {
	deg := func(v float64, pos, neg string) string {
		h := pos
		if v < 0 {
			h, v = neg, -v
		}
		return strconv.FormatFloat(round(v, 5), 'f', -1, 64) + "° " + h
	}
	return deg(p[1], "N", "S") + ", " + deg(p[0], "E", "W")
}

// checkPlace reports a 400 when name names no terminal of n.
func checkPlace(n *network.Network, field, name string) error {
	if name == "" {
		return badField(field, "empty place name")
	}
	if len(n.Place(name)) == 0 {
		return badField(field, "unknown place %q: want a terminal ID, UN/LOCODE or city name of the network (GET /v1/places lists them)", name)
	}
	return nil
}

func joinCurrencies(cs []network.Currency) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

// cmpOr returns a unless it is empty, else b.
func cmpOr[T any](a, b []T) []T {
	if len(a) > 0 {
		return a
	}
	return b
}
