package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/examples/internal/assets"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
	"github.com/corridor-go/corridor/route"
)

// ratesText is the embedded exchange-rate table; see its header for the
// source and date.
//
//go:embed rates.txt
var ratesText string

// options are the command-line flags as given.
type options struct {
	from, to    string
	radius      float64
	radiusSet   bool // -radius was given
	ready       string
	today       string
	containers  string
	tonnes      float64
	value       string
	capitalRate float64
	currency    string
	objectives  string
	avoid       string
	modes       string
	rates       string
	out         string
	format      string
	timeout     time.Duration
}

// pair is an origin and a destination as a person names them.
type pair struct {
	From, To string
}

// flagship are the pairs compared when no -from/-to is given.
var flagship = []pair{
	{"Chongqing", "Duisburg"},
	{"Chengdu", "Łódź"},
	{"Chongqing", "Singapore"},
	{"Chengdu", "Hanoi"},
	{"Kunming", "Bangkok"},
	{"Chongqing", "Rotterdam"},
}

// request is a validated run: the pairs and everything common to their
// queries.
type request struct {
	net     *network.Network
	planner *route.Planner
	pairs   []pair
	// points maps the names of the point places among the pairs'
	// (pointName) to them; radiusKm is their -radius.
	points   map[string]*pointPlace
	radiusKm float64
	// readyFor returns the ready time for an origin.
	readyFor func(from string) time.Time
	query    route.Query // From, To and Ready are set per pair (see place)
	format   string
	out      string
	timeout  time.Duration
}

// shanghai is the zone of the default ready time: every flagship origin is
// in China.
const shanghai = "Asia/Shanghai"

// readyHour is the hour of the day cargo is ready when only a date is given.
const readyHour = 9

// request checks the options against the embedded network and builds the
// common query. Every error is one line naming the flag.
func (o *options) request() (*request, error) {
	n := westchina.Default()
	p, err := route.NewPlanner(n)
	if err != nil {
		return nil, err
	}
	r := &request{net: n, planner: p, out: o.out, timeout: o.timeout, radiusKm: o.radius}

	switch f := strings.ToLower(strings.TrimSpace(o.format)); f {
	case "table", "json":
		r.format = f
	default:
		return nil, fmt.Errorf("-format %q: want table or json", o.format)
	}
	if o.timeout <= 0 {
		return nil, fmt.Errorf("-timeout %s: must be positive", o.timeout)
	}

	if math.IsNaN(o.radius) || math.IsInf(o.radius, 0) || o.radius <= 0 {
		return nil, fmt.Errorf("-radius %v: want a positive number of kilometres", o.radius)
	}
	switch {
	case o.from == "" && o.to == "":
		r.pairs = flagship
	case o.from == "" || o.to == "":
		return nil, fmt.Errorf("-from and -to go together (or leave both out to compare the flagship pairs)")
	default:
		from, err := r.resolvePlace("-from", o.from)
		if err != nil {
			return nil, err
		}
		to, err := r.resolvePlace("-to", o.to)
		if err != nil {
			return nil, err
		}
		r.pairs = []pair{{from, to}}
	}
	if o.radiusSet && len(r.points) == 0 {
		return nil, fmt.Errorf("-radius applies to a point -from or -to (latitude,longitude), and neither is one")
	}

	q := &r.query
	if q.Currency, err = network.ParseCurrency(strings.TrimSpace(o.currency)); err != nil {
		return nil, fmt.Errorf("-currency %q: not an ISO 4217 code", o.currency)
	}
	if q.Rates, err = loadRates(o.rates); err != nil {
		return nil, err
	}
	if err := checkRates(n, q.Rates, q.Currency); err != nil {
		return nil, err
	}

	cs, err := cost.ParseContainers(o.containers)
	if err != nil {
		return nil, fmt.Errorf("-containers %q: %v", o.containers, err)
	}
	if math.IsNaN(o.tonnes) || o.tonnes < 0 {
		return nil, fmt.Errorf("-tonnes %v: must be zero or positive", o.tonnes)
	}
	q.Shipment = cost.Shipment{Containers: cs, GrossTonnes: o.tonnes}
	if o.value != "" {
		v, err := cost.ParseMoney(o.value)
		if err != nil {
			return nil, fmt.Errorf("-value %q: want an amount and a currency, e.g. \"250000 USD\"", o.value)
		}
		if math.IsNaN(o.capitalRate) || o.capitalRate < 0 || o.capitalRate > 1000 {
			return nil, fmt.Errorf("-capital-rate %v: want a percentage from 0 to 1000", o.capitalRate)
		}
		q.Shipment.Value = v
		q.ValueOfTime.AnnualRateBP = int64(math.Round(o.capitalRate * 100))
	}
	if err := q.Shipment.Validate(); err != nil {
		return nil, fmt.Errorf("shipment (-containers, -tonnes, -value): %v", err)
	}

	for _, s := range splitList(o.objectives) {
		obj, err := cost.ParseObjective(s)
		if err != nil {
			return nil, fmt.Errorf("-objectives %q: unknown objective %q (want money, time, co2e, distance or transfers)", o.objectives, s)
		}
		if slices.Contains(q.Objectives, obj) {
			return nil, fmt.Errorf("-objectives %q: %s given twice", o.objectives, obj)
		}
		q.Objectives = append(q.Objectives, obj)
	}
	if k := len(q.Objectives); k < cost.MinObjectives || k > cost.MaxObjectives {
		return nil, fmt.Errorf("-objectives %q: choose %d to %d objectives", o.objectives, cost.MinObjectives, cost.MaxObjectives)
	}

	if o.modes != "" {
		if q.Constraints.Modes, err = network.ParseModeSet(o.modes); err != nil {
			return nil, fmt.Errorf("-modes %q: want rail, road, sea, inland_water or air, comma-separated", o.modes)
		}
	}
	for _, a := range splitList(o.avoid) {
		if isCountryCode(a) {
			if !network.ValidCountry(a) {
				return nil, fmt.Errorf("-avoid: %q is not an ISO 3166-1 country code", a)
			}
			q.Constraints.AvoidCountries = append(q.Constraints.AvoidCountries, a)
			continue
		}
		if len(n.Place(a)) == 0 {
			return nil, fmt.Errorf("-avoid: unknown terminal %q", a)
		}
		q.Constraints.AvoidTerminals = append(q.Constraints.AvoidTerminals, a)
	}

	if r.readyFor, err = o.readyTime(r.zoneOf); err != nil {
		return nil, err
	}
	return r, nil
}

// readyTime returns how the ready time of a pair is found: a fixed RFC 3339
// instant, a date at 09:00 in the origin's zone (zone gives it), or next
// Monday 09:00 in Shanghai after -today.
func (o *options) readyTime(zone func(origin string) *time.Location) (func(string) time.Time, error) {
	s := strings.TrimSpace(o.ready)
	if s != "" {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return func(string) time.Time { return t }, nil
		}
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return nil, fmt.Errorf("-ready %q: want YYYY-MM-DD or an RFC 3339 time such as 2026-03-02T09:00:00+08:00", o.ready)
		}
		return func(from string) time.Time {
			loc := zone(from)
			return time.Date(d.Year(), d.Month(), d.Day(), readyHour, 0, 0, 0, loc)
		}, nil
	}
	loc, err := time.LoadLocation(shanghai)
	if err != nil {
		loc = time.FixedZone("CST", 8*3600) // China has kept UTC+8 all year since 1991
	}
	today := time.Now().In(loc)
	if o.today != "" {
		if today, err = time.ParseInLocation(time.DateOnly, strings.TrimSpace(o.today), loc); err != nil {
			return nil, fmt.Errorf("-today %q: want YYYY-MM-DD", o.today)
		}
	}
	t := nextMonday(today, loc)
	return func(string) time.Time { return t }, nil
}

// nextMonday returns 09:00 on the first Monday after the day of t, in loc.
func nextMonday(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	days := (int(time.Monday) - int(t.Weekday()) + 7) % 7
	if days == 0 {
		days = 7
	}
	return time.Date(t.Year(), t.Month(), t.Day()+days, readyHour, 0, 0, 0, loc)
}

// loadRates reads the -rates file, or the embedded table when path is empty.
func loadRates(path string) (*cost.Rates, error) {
	r, _, err := assets.LoadRates(path, ratesText, "embedded rates.txt")
	var pe *fs.PathError
	switch {
	case errors.As(err, &pe):
		return nil, fmt.Errorf("-rates: %v", err)
	case err != nil:
		return nil, fmt.Errorf("-rates %v", err) // "-rates FILE: what is wrong"
	}
	return r, nil
}

// checkRates makes sure every currency the network prices in converts into
// the quote currency, so that a missing rate is reported once, up front,
// naming the currency, rather than by every pair.
func checkRates(n *network.Network, r *cost.Rates, quote network.Currency) error {
	for _, c := range n.Currencies() {
		if _, err := r.ConvertAmount(1_000_000, c, quote); err != nil {
			return fmt.Errorf("-rates: the network prices in %s, which the %s table of %s cannot convert to %s",
				c, r.Base(), r.AsOf().Format(time.DateOnly), quote)
		}
	}
	return nil
}

// isCountryCode reports whether s is written like an ISO 3166-1 alpha-2
// code: two upper-case ASCII letters.
func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// splitList splits a comma-separated flag value, dropping blanks.
func splitList(s string) []string {
	var out []string
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
