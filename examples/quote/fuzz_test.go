package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network/westchina"
)

// FuzzQuoteRequest feeds arbitrary bodies to the request decoder and the
// validation that turns a request into a route query: never a panic, and
// every refusal is a 4xx answer with a message.
func FuzzQuoteRequest(f *testing.F) {
	for _, s := range []string{
		duisburg,
		`{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": 60}, "destination": "Łódź", "containers": "1x40HC"}`,
		`{"origin": "Kunming", "destination_point": {"lon": 100.5, "lat": 13.75}, "tonnes": 2, "volume_m3": 12, "objectives": ["money","time","co2"]}`,
		`{"origin": "CNCQI", "destination": "NLRTM", "containers": "1x40RF", "dangerous_goods": "3", "constraints": {"modes": ["rail","sea"], "avoid_countries": ["RU"], "avoid_terminals": ["KZDOS"], "via": ["Qinzhou"], "max_transfers": 3, "max_transit_days": 30}}`,
		`{"origin": "Chengdu", "destination": "Hanoi", "ready": "2026-03-02T09:00:00+08:00", "deliver_by": "2026-03-20T09:00:00+07:00", "cargo_value": 100000, "value_of_time_percent": 8}`,
		`{}`, `[]`, `{"origin": 1}`, `{"origin_point": {"lon": 1e400}}`, "", "{", `{"containers": "99999x40HC"}`,
	} {
		f.Add(s)
	}
	n := westchina.Default()
	s, err := NewServer(Config{Network: n, Rates: mustRates(f)})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		req, err := decodeRequest(strings.NewReader(body))
		if err == nil {
			var in *quoteInput
			in, err = buildQuery(req, s.planner, n, s.cfg.Rates)
			if err == nil {
				if in.query.Rates == nil || in.query.Currency == "" {
					t.Fatalf("accepted %q without rates or currency", body)
				}
				return
			}
		}
		var ae *apiError
		if !errors.As(err, &ae) {
			t.Fatalf("%q: error %v is not an API answer", body, err)
		}
		if ae.status < 400 || ae.status > 499 || ae.body.Message == "" {
			t.Fatalf("%q: answer %d %+v", body, ae.status, ae.body)
		}
	})
}

func mustRates(tb testing.TB) *cost.Rates {
	tb.Helper()
	r, _, err := loadRates("")
	if err != nil {
		tb.Fatal(err)
	}
	return r
}
