package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
	"github.com/corridor-go/corridor/route"
)

// newTestServer is a server on the embedded network and rates.
func newTestServer(t testing.TB, modify ...func(*Config)) *Server {
	t.Helper()
	rates, source, err := loadRates("")
	require.NoError(t, err)
	cfg := Config{Network: westchina.Default(), Rates: rates, RatesSource: source}
	for _, m := range modify {
		m(&cfg)
	}
	s, err := NewServer(cfg)
	require.NoError(t, err)
	return s
}

// do sends one request to h and returns the recorded answer.
func do(t testing.TB, h http.Handler, method, path, contentType, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequestWithContext(t.Context(), method, path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func postQuote(t testing.TB, h http.Handler, body string) *httptest.ResponseRecorder {
	t.Helper()
	return do(t, h, http.MethodPost, "/v1/quotes", "application/json", body)
}

func decode[T any](t testing.TB, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	dec := json.NewDecoder(rec.Body)
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&v), "body is not a %T", v)
	return v
}

const duisburg = `{"origin": "Chongqing", "destination": "Duisburg", "ready": "2026-03-02T09:00:00+08:00",
	"containers": "2x40HC", "tonnes": 30, "currency": "EUR"}`

func TestQuote(t *testing.T) {
	s := newTestServer(t)
	rec := postQuote(t, s, duisburg)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, "application/json; charset=utf-8", rec.Header().Get("Content-Type"))
	resp := decode[QuoteResponse](t, rec)

	assert.True(t, resp.Complete)
	assert.Equal(t, "EUR", resp.Currency)
	assert.Equal(t, RatesInfo{Base: "EUR", AsOf: "2024-06-28", Source: defaultRatesSource}, resp.Rates)
	assert.Equal(t, ShipmentInfo{Containers: "2x40HC", TEU: 4, Tonnes: 30}, resp.Shipment)
	assert.Equal(t, []string{"money", "time", "co2e"}, resp.Objectives)
	require.NotNil(t, resp.Ready)
	require.GreaterOrEqual(t, len(resp.Options), 3, "rail, sea and air at least")

	labels := map[string]int{}
	modes := map[string]bool{}
	for i, o := range resp.Options {
		assert.Equal(t, i+1, o.Index)
		for _, l := range o.Labels {
			labels[l]++
		}
		for _, m := range o.Modes {
			modes[m] = true
		}
		// The steps add up to the totals, and the lines to the steps.
		total := money(t, "0 EUR")
		var legs int
		for _, st := range o.Steps {
			total = add(t, total, money(t, st.Money+" EUR"))
			assert.Regexp(t, `^-?\d+\.\d\d$`, st.Money, "two decimals for EUR")
			lines := money(t, "0 EUR")
			for _, l := range st.Lines {
				lines = add(t, lines, money(t, l.Quote+" EUR"))
				assert.Regexp(t, `^-?\d+\.\d\d$`, l.Quote)
				assert.NotEmpty(t, l.Name)
				if l.Kind != "value of time" {
					assert.NotEmpty(t, l.Amount)
					assert.Contains(t, []string{"EUR", "USD", "CNY"}, l.Currency)
				}
			}
			if len(st.Lines) > 0 {
				assert.Equal(t, st.Money, moneyString(lines, "EUR"), "lines of a %s step", st.Kind)
			}
			if st.Kind == "leg" {
				legs++
				require.NotNil(t, st.From)
				require.NotNil(t, st.To)
				assert.NotZero(t, st.From.Lon)
				assert.NotZero(t, st.To.Lat)
				assert.NotEmpty(t, st.Mode)
			}
		}
		assert.Positive(t, legs)
		assert.Equal(t, o.Totals.Money, moneyString(total, "EUR"), "option %d", o.Index)
		assert.Positive(t, o.Totals.CO2eKg)
		assert.Len(t, o.Vector, 3)
		assert.Equal(t, strings.Count(o.Summary, "→"), legs)
		// Dates: from the planner, which times every step.
		require.NotNil(t, o.Departure)
		require.NotNil(t, o.Delivery)
		assert.False(t, o.TimesEstimated, "kept for API stability, never set")
		first, last := o.Steps[0], o.Steps[len(o.Steps)-1]
		require.NotNil(t, first.Start)
		require.NotNil(t, last.End)
		assert.True(t, first.Start.Equal(*resp.Ready), "the first step starts when the cargo is ready")
		assert.True(t, last.End.Equal(*o.Delivery))
		assert.Equal(t, time.Duration(o.Vector[1])*time.Minute, o.Delivery.Sub(*o.Departure), "transit is door to door")
	}
	for _, l := range []string{"cheapest", "fastest", "greenest"} {
		assert.Positive(t, labels[l], l)
	}
	assert.True(t, modes["rail"] && modes["air"], "modes %v", modes)
	assert.Contains(t, resp.Options[0].Labels, "cheapest", "money is the first objective")
}

func money(t testing.TB, s string) cost.Money {
	t.Helper()
	m, err := cost.ParseMoney(s)
	require.NoError(t, err)
	return m
}

func add(t testing.TB, a, b cost.Money) cost.Money {
	t.Helper()
	m, err := a.Add(b)
	require.NoError(t, err)
	return m
}

func TestQuoteForms(t *testing.T) {
	s := newTestServer(t)
	base := `"origin": "CNCDU", "destination": "Hamburg", "currency": "%s", "containers": %s`
	var first *QuoteResponse
	for _, tc := range []struct{ name, currency, containers string }{
		{"string", "USD", `"2x40HC, 1x20GP"`},
		{"list of strings", "USD", `["2x40HC", "1 x 20gp"]`},
		{"list of objects", "USD", `[{"type": "40HC", "count": 2}, {"type": "20GP", "count": 1}]`},
		{"mixed, summed", "USD", `["1x40HC", {"type": "40hc", "count": 1}, "20GP"]`},
		{"CNY", "CNY", `"2x40HC, 1x20GP"`},
		{"lower-case currency", "eur", `"2x40HC, 1x20GP"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := postQuote(t, s, "{"+fmt.Sprintf(base, tc.currency, tc.containers)+"}")
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			resp := decode[QuoteResponse](t, rec)
			assert.Equal(t, 5.0, resp.Shipment.TEU)
			assert.Equal(t, strings.ToUpper(tc.currency), resp.Currency)
			assert.Nil(t, resp.Ready)
			assert.NotEmpty(t, resp.Options)
			for _, o := range resp.Options {
				assert.Nil(t, o.Delivery, "no ready time, no dates")
			}
			if tc.currency != "USD" {
				return
			}
			if first == nil {
				first = &resp
				return
			}
			assert.Equal(t, first.Options, resp.Options, "every form means the same shipment")
		})
	}
}

func TestQuoteOptions(t *testing.T) {
	s := newTestServer(t)
	t.Run("value of time", func(t *testing.T) {
		rec := postQuote(t, s, `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x40HC",
			"cargo_value": "500000 USD", "value_of_time_percent": 8, "currency": "USD"}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		resp := decode[QuoteResponse](t, rec)
		var found bool
		for _, st := range resp.Options[0].Steps {
			for _, l := range st.Lines {
				found = found || l.Kind == "value of time"
			}
		}
		assert.True(t, found, "a value-of-time line")
	})
	t.Run("value of time with a ready time", func(t *testing.T) {
		// Charged on the whole transit, on no step: the totals say how much.
		rec := postQuote(t, s, `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x40HC",
			"ready": "2026-03-02T09:00:00+08:00", "cargo_value": "500000 USD", "value_of_time_percent": 8, "currency": "USD"}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		resp := decode[QuoteResponse](t, rec)
		require.NotEmpty(t, resp.Options)
		for _, o := range resp.Options {
			require.NotEmpty(t, o.Totals.ValueOfTime, "option %d", o.Index)
			vot := money(t, o.Totals.ValueOfTime+" USD")
			assert.Positive(t, vot.Minor)
			total := vot
			for _, st := range o.Steps {
				total = add(t, total, money(t, st.Money+" USD"))
			}
			assert.Equal(t, o.Totals.Money, moneyString(total, "USD"), "option %d: steps + value of time", o.Index)
		}
	})
	t.Run("constraints", func(t *testing.T) {
		rec := postQuote(t, s, `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x40HC",
			"objectives": ["time", "money"], "currency": "USD", "constraints": {"modes": ["rail", "road"],
			"avoid_countries": ["mn", "LA"], "avoid_terminals": [], "max_transfers": 3, "max_transit_days": 40,
			"max_money": 100000}}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		resp := decode[QuoteResponse](t, rec)
		assert.Equal(t, []string{"time", "money"}, resp.Objectives)
		require.NotEmpty(t, resp.Options)
		assert.Contains(t, resp.Options[0].Labels, "fastest")
		for _, o := range resp.Options {
			assert.LessOrEqual(t, o.Totals.TransitDays, 40.0)
			for _, st := range o.Steps {
				if st.Kind == "leg" {
					assert.Contains(t, []string{"rail", "road"}, st.Mode)
					assert.NotContains(t, []string{"MN", "LA"}, st.To.Country)
				}
			}
		}
	})
	t.Run("loose cargo by air", func(t *testing.T) {
		rec := postQuote(t, s, `{"origin": "Chengdu", "destination": "Frankfurt", "tonnes": 2.5, "volume_m3": 12,
			"constraints": {"modes": ["air", "road"]}}`)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		resp := decode[QuoteResponse](t, rec)
		assert.Equal(t, "USD", resp.Currency, "the default currency")
		assert.NotEmpty(t, resp.Options)
	})
}

func TestQuoteErrors(t *testing.T) {
	s := newTestServer(t)
	big := `{"origin": "` + strings.Repeat("x", MaxBodyBytes) + `"}`
	for _, tc := range []struct {
		name        string
		contentType string
		body        string
		status      int
		field       string
		message     string
	}{
		{"empty body", "", ``, 400, "", "empty body"},
		{"malformed JSON", "", `{"origin": "Chongqing",}`, 400, "", "malformed JSON"},
		{"truncated JSON", "", `{"origin": "Chongqing"`, 400, "", "ends early"},
		{"not an object", "", `[1, 2]`, 400, "", "want an object"},
		{"two values", "", duisburg + ` {}`, 400, "", "more than one JSON value"},
		{"unknown field", "", `{"origin": "Chongqing", "destnation": "Duisburg"}`, 400, "destnation", "unknown field"},
		{"unknown nested field", "", `{"origin": "Chongqing", "constraints": {"avoid": ["RU"]}}`, 400, "avoid", "unknown field"},
		{"wrong type", "", `{"origin": "Chongqing", "tonnes": "heavy"}`, 400, "tonnes", "want a number"},
		{"wrong nested type", "", `{"constraints": {"max_transfers": "two"}}`, 400, "constraints.max_transfers", "want a number"},
		{"no origin", "", `{"destination": "Duisburg", "containers": "1x40HC"}`, 400, "origin", "required"},
		{"unknown origin", "", `{"origin": "Atlantis", "destination": "Duisburg", "containers": "1x40HC"}`, 400, "origin", `unknown place "Atlantis"`},
		{"unknown destination", "", `{"origin": "Chongqing", "destination": "Xanadu", "containers": "1x40HC"}`, 400, "destination", "unknown place"},
		{"same place", "", `{"origin": "Chongqing", "destination": "CNCQI", "containers": "1x40HC"}`, 400, "destination", "share terminal"},
		{"bad date", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x40HC", "ready": "2026-03-02 09:00"}`, 400, "ready", "RFC 3339"},
		{"absurd date", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x40HC", "ready": "9999-03-02T09:00:00Z"}`, 400, "ready", "2100"},
		{"bad deliver-by", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x40HC", "ready": "2026-03-02T09:00:00+08:00", "deliver_by": "soon"}`, 400, "deliver_by", "RFC 3339"},
		{"deliver-by without ready", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x40HC", "deliver_by": "2026-03-02T09:00:00+08:00"}`, 400, "deliver_by", "needs a ready time"},
		{"deliver-by before ready", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x40HC", "ready": "2026-03-02T09:00:00+08:00", "deliver_by": "2026-03-01T09:00:00+08:00"}`, 400, "deliver_by", "not after"},
		{"no route by the deadline", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x40HC", "ready": "2026-03-02T09:00:00+08:00", "deliver_by": "2026-03-03T09:00:00+08:00"}`, 422, "", "no route"},
		{"no cargo", "", `{"origin": "Chongqing", "destination": "Duisburg"}`, 400, "containers", "required"},
		{"zero containers", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "0x40HC"}`, 400, "containers", "count 0"},
		{"zero count object", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": [{"type": "40HC", "count": 0}]}`, 400, "containers[0].count", "between 1 and"},
		{"too many containers", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "10001x40HC"}`, 400, "containers", "over the limit of 10000"},
		{"too many summed", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": ["6000x40HC", "6000x20GP"]}`, 400, "containers", "12000 containers"},
		{"unknown container", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "2x53HC"}`, 400, "containers", "53HC"},
		{"unknown container in list", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": ["1x40HC", "2xABC"]}`, 400, "containers[1]", "ABC"},
		{"empty container list", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": []}`, 400, "containers", "empty list"},
		{"containers not a list", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": 2}`, 400, "containers", "want a string"},
		{"negative tonnes", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": -1}`, 400, "tonnes", "≥ 0"},
		{"absurd tonnes", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1e9}`, 400, "tonnes", "over the limit"},
		{"overloaded boxes", "", `{"origin": "Chongqing", "destination": "Duisburg", "containers": "1x20GP", "tonnes": 90}`, 400, "tonnes", "maximum gross mass"},
		{"negative volume", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "volume_m3": -2}`, 400, "volume_m3", "volume"},
		{"bad cargo value", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "cargo_value": "lots"}`, 400, "cargo_value", "not an amount"},
		{"negative cargo value", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "cargo_value": -5}`, 400, "cargo_value", "negative"},
		{"value of time without value", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "value_of_time_percent": 8}`, 400, "cargo_value", "required with"},
		{"bad dangerous goods", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "dangerous_goods": "12"}`, 400, "dangerous_goods", "dangerous goods class"},
		{"unknown currency", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "currency": "XYZ"}`, 400, "currency", "ISO 4217"},
		{"currency without a rate", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "currency": "VND"}`, 400, "currency", "no exchange rate for VND"},
		{"one objective", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "objectives": ["money"]}`, 400, "objectives", "1 objectives"},
		{"unknown objective", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "objectives": ["money", "happiness"]}`, 400, "objectives[1]", "happiness"},
		{"repeated objective", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "objectives": ["money", "cost"]}`, 400, "objectives[1]", "twice"},
		{"unknown mode", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "constraints": {"modes": ["rail", "teleport"]}}`, 400, "constraints.modes[1]", "teleport"},
		{"unknown via", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "constraints": {"via": ["Khorgos", "Nowhere"]}}`, 400, "constraints.via[1]", "Nowhere"},
		{"unknown avoided terminal", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "constraints": {"avoid_terminals": ["Narnia"]}}`, 400, "constraints.avoid_terminals[0]", "Narnia"},
		{"bad country", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "constraints": {"avoid_countries": ["Russia"]}}`, 400, "constraints.avoid_countries[0]", "ISO 3166"},
		{"negative transfers", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "constraints": {"max_transfers": -1}}`, 400, "constraints.max_transfers", "between 0 and"},
		{"negative days", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "constraints": {"max_transit_days": -3}}`, 400, "constraints.max_transit_days", "days"},
		{"money in another currency", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "currency": "EUR", "constraints": {"max_money": "5000 USD"}}`, 400, "constraints.max_money", "quote currency EUR"},
		{"zero money", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "constraints": {"max_money": 0}}`, 400, "constraints.max_money", "positive"},
		{"constraint needs an objective slot", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1,
			"objectives": ["money", "co2e", "distance", "transfers"], "constraints": {"max_transit_days": 20}}`, 400, "constraints", "objective"},
		{"wrong content type", "text/plain", duisburg, 415, "", "want application/json"},
		{"body too large", "", big, 413, "", "over the limit of 1048576 bytes"},
		{"no route for the constraints", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "constraints": {"max_transit_days": 1}}`, 422, "", "no route"},
		{"no route by air alone", "", `{"origin": "Chongqing", "destination": "Duisburg", "tonnes": 1, "constraints": {"modes": ["air"]}}`, 422, "", "no route"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ct := cmpOrString(tc.contentType, "application/json")
			rec := do(t, s, http.MethodPost, "/v1/quotes", ct, tc.body)
			require.Equal(t, tc.status, rec.Code, rec.Body.String())
			assert.Equal(t, "application/json; charset=utf-8", rec.Header().Get("Content-Type"))
			resp := decode[ErrorResponse](t, rec)
			if tc.field != "" || tc.status == 400 {
				assert.Equal(t, tc.field, resp.Error.Field)
			}
			assert.Contains(t, resp.Error.Message, tc.message)
			if tc.status == 422 {
				assert.Contains(t, []string{"unreachable", "shipment", "constraints", "deadline"}, resp.Error.Reason)
			}
		})
	}
}

func cmpOrString(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// A search that runs out answers with what it found, flagged incomplete:
// 504 on the timeout, 503 on the label limit.
func TestQuoteIncomplete(t *testing.T) {
	for _, tc := range []struct {
		name   string
		cfg    func(*Config)
		status int
	}{
		{"timeout", func(c *Config) { c.Timeout = time.Nanosecond }, http.StatusGatewayTimeout},
		{"label limit", func(c *Config) { c.MaxLabels = 20 }, http.StatusServiceUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestServer(t, tc.cfg)
			rec := postQuote(t, s, duisburg)
			require.Equal(t, tc.status, rec.Code, rec.Body.String())
			resp := decode[QuoteResponse](t, rec)
			assert.False(t, resp.Complete)
			assert.NotEmpty(t, resp.Warning)
			assert.NotNil(t, resp.Options, "options is a list, maybe empty, never null")
		})
	}
}

func TestEndpoints(t *testing.T) {
	s := newTestServer(t)
	for _, tc := range []struct {
		method, path string
		status       int
		contentType  string
		contains     string
		allow        string
	}{
		{"GET", "/healthz", 200, "application/json; charset=utf-8", `"status":"ok"`, ""},
		{"HEAD", "/healthz", 200, "application/json; charset=utf-8", "", ""},
		{"POST", "/healthz", 405, "application/json; charset=utf-8", "not allowed", "GET, HEAD"},
		{"GET", "/v1/places", 200, "application/json", `"id":"CNCQI"`, ""},
		{"DELETE", "/v1/places", 405, "application/json; charset=utf-8", "not allowed", "GET, HEAD"},
		{"GET", "/v1/quotes", 405, "application/json; charset=utf-8", "use POST", "POST"},
		{"PUT", "/v1/quotes", 405, "application/json; charset=utf-8", "use POST", "POST"},
		{"GET", "/v1/nothing", 404, "application/json; charset=utf-8", "no such endpoint", ""},
		{"GET", "/", 200, "text/html; charset=utf-8", `<form id="quote-form"`, ""},
		{"GET", "/index.html", 301, "", "", ""},
		{"GET", "/app.js", 200, "text/javascript; charset=utf-8", "drawMap", ""},
		{"GET", "/land.geojson", 200, "", `"FeatureCollection"`, ""},
		{"GET", "/style.css", 200, "text/css; charset=utf-8", ".leg", ""},
		{"GET", "/missing.png", 404, "text/plain; charset=utf-8", "not found", ""},
		{"POST", "/", 405, "application/json; charset=utf-8", "not allowed", "GET, HEAD"},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			rec := do(t, s, tc.method, tc.path, "", "")
			require.Equal(t, tc.status, rec.Code, rec.Body.String())
			if tc.contentType != "" {
				assert.Equal(t, tc.contentType, rec.Header().Get("Content-Type"))
			}
			assert.Contains(t, rec.Body.String(), tc.contains)
			assert.Equal(t, tc.allow, rec.Header().Get("Allow"))
		})
	}
	t.Run("page headers", func(t *testing.T) {
		rec := do(t, s, "GET", "/", "", "")
		assert.Contains(t, rec.Header().Get("Content-Security-Policy"), "default-src 'self'")
		assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
	})
	t.Run("places", func(t *testing.T) {
		resp := decode[PlacesResponse](t, do(t, s, "GET", "/v1/places", "", ""))
		assert.Len(t, resp.Terminals, westchina.Default().NumTerminals())
		assert.Subset(t, resp.Currencies, []string{"CNY", "EUR", "USD", "SGD", "THB", "PLN"})
		for _, p := range resp.Terminals {
			assert.True(t, p.Lon >= -180 && p.Lon <= 180 && p.Lat >= -90 && p.Lat <= 90, p.ID)
		}
	})
}

// The embedded rates convert every currency the embedded network prices
// in.
func TestEmbeddedRates(t *testing.T) {
	rates, _, err := loadRates("")
	require.NoError(t, err)
	n := westchina.Default()
	var terms []network.PriceTerms
	for l := range n.Legs() {
		terms = append(terms, l.Price)
	}
	for tm := range n.Terminals() {
		for _, x := range tm.Transfers {
			terms = append(terms, x.Charge)
		}
		if tm.Border != nil {
			terms = append(terms, tm.Border.Fee)
		}
	}
	for _, p := range terms {
		if p.Currency == "" {
			continue
		}
		_, ok := rates.Rate(p.Currency)
		assert.True(t, ok, "a price in %s", p.Currency)
	}
	// The ECB figures come back through the reciprocals.
	for cur, want := range map[network.Currency]string{"USD": "1.07 USD", "CNY": "7.77 CNY"} {
		m, err := rates.Convert(money(t, "1.00 EUR"), cur)
		require.NoError(t, err)
		assert.Equal(t, want, m.String())
		m, err = rates.Convert(money(t, "10000.00 EUR"), cur)
		require.NoError(t, err)
		assert.Equal(t, map[network.Currency]string{"USD": "10705.00 USD", "CNY": "77748.00 CNY"}[cur], m.String())
	}
}

// A quote can be given in every currency of the embedded table.
func TestQuoteEveryCurrency(t *testing.T) {
	s := newTestServer(t)
	rates, _, err := loadRates("")
	require.NoError(t, err)
	for _, c := range rates.Currencies() {
		rec := postQuote(t, s, `{"origin": "Chengdu", "destination": "Lodz", "containers": "1x40HC", "currency": "`+string(c)+`"}`)
		require.Equal(t, http.StatusOK, rec.Code, "%s: %s", c, rec.Body.String())
		resp := decode[QuoteResponse](t, rec)
		assert.Equal(t, string(c), resp.Currency)
		m := money(t, resp.Options[0].Totals.Money+" "+string(c))
		assert.Positive(t, m.Minor, c)
	}
}

func TestDecodeLimits(t *testing.T) {
	// A reader that errors after the limit is a 413 even mid-token.
	r := http.MaxBytesReader(httptest.NewRecorder(), io.NopCloser(bytes.NewReader([]byte(`{"origin": "abcdef`))), 8)
	_, err := decodeRequest(r)
	require.Error(t, err)
	assert.Equal(t, http.StatusRequestEntityTooLarge, err.(*apiError).status)
}

// planError maps the planner's errors that buildQuery does not catch first.
func TestPlanError(t *testing.T) {
	for _, tc := range []struct {
		err    error
		status int
		field  string
	}{
		{&route.QueryError{Field: "From", Err: fmt.Errorf("%w: origin \"X\" is no terminal", route.ErrUnknownPlace)}, 400, "origin"},
		{&route.QueryError{Field: "Constraints.Via[1]", Err: fmt.Errorf("%w: via \"X\"", route.ErrUnknownPlace)}, 400, "constraints.via[1]"},
		{&route.QueryError{Field: "Constraints.AvoidTerminals[0]", Err: fmt.Errorf("%w: avoided \"X\"", route.ErrUnknownPlace)}, 400, "constraints.avoid_terminals[0]"},
		{&route.QueryError{Field: "Objectives", Err: fmt.Errorf("%w: 5 objectives", route.ErrQuery)}, 400, "objectives"},
		{&route.QueryError{Field: "Shipment", Err: fmt.Errorf("%w: %w", route.ErrQuery, cost.ErrEmptyShipment)}, 400, "containers"},
		{&route.QueryError{Field: "To.Trucking", Err: fmt.Errorf("%w: bad rate", route.ErrQuery)}, 400, "destination"},
		{&route.NoRouteError{From: "A", To: "B", Why: route.WhyShipment, Detail: []string{"no reefer"}}, 422, ""},
		{fmt.Errorf("route: %w", cost.ErrMissingRate), 500, ""},
		{context.Canceled, 499, ""},
	} {
		e := planError(tc.err)
		assert.Equal(t, tc.status, e.status, tc.err.Error())
		assert.Equal(t, tc.field, e.body.Field, tc.err.Error())
		if tc.status == 422 {
			assert.Equal(t, "shipment", e.body.Reason)
			assert.Equal(t, []string{"no reefer"}, e.body.Detail)
		}
	}
}
