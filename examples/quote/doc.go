// Command quote is a freight quoting service built on corridor: an HTTP
// JSON API and a small HTML page that return the Pareto front of
// multimodal routes (money × transit time × CO2e) between two places, with
// a per-leg cost breakdown a sales person can read out. A forwarder can run
// it as it is or copy it into its own tool.
//
//	go run ./examples/quote                      # http://127.0.0.1:8080/
//	go run ./examples/quote -addr :9000 -timeout 2s -rates rates.txt -network net.json
//
// Flags:
//
//	-addr host:port   where to listen (default 127.0.0.1:8080)
//	-network FILE     a canonical JSON network (default: the embedded
//	                  Western China network, network/westchina)
//	-rates FILE       an exchange-rate table in cost.ParseRates format
//	                  (default: the embedded ECB reference rates of
//	                  2024-06-28, rates-ecb-2024-06-28.txt)
//	-timeout D        search time limit per request (default 5s)
//	-max-labels N     label limit per search, to bound memory (default 0:
//	                  none but the timeout)
//
// The server stops gracefully on SIGINT or SIGTERM: it stops accepting
// connections and lets the requests in flight finish.
//
// # API
//
// POST /v1/quotes takes a JSON QuoteRequest and answers a QuoteResponse
// (see api.go, field by field):
//
//	curl -s localhost:8080/v1/quotes -H 'Content-Type: application/json' -d '{
//	  "origin": "Chongqing", "destination": "Duisburg",
//	  "ready": "2026-03-02T09:00:00+08:00",
//	  "containers": "2x40HC", "tonnes": 30, "currency": "EUR",
//	  "objectives": ["money", "time", "co2e"],
//	  "constraints": {"avoid_countries": ["MN"], "max_transit_days": 30}
//	}'
//
// Instead of a named origin or destination, a request may give a point
// (a factory, a warehouse) with a search radius (default 300 km, at most
// 1000): "origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": 60}.
// Exactly one of origin and origin_point is required, and one of
// destination and destination_point. The planner trucks the first or
// last mile between the point and each terminal within the radius; the
// options then begin with a "first mile" step or end with a "last mile"
// step (mode road, from or to the point), priced as an estimate and
// counted in the totals. The answer echoes the point, its radius and the
// terminals within it.
//
// The answer lists the options of the front, best first in the first
// objective; each has its totals, its dates (the planner's, which times
// every step; "times_estimated" is kept for API stability and never set),
// and its steps — legs with their end points' coordinates, transfers,
// border crossings, customs and waits — each with its charges in the leg's
// currency and in the quote currency. Money is written as exact decimal
// strings in the quote currency ("10549.09").
//
// Status codes:
//
//	200  the complete front ("complete": true)
//	400  a bad request; the body names the field:
//	     {"error": {"field": "constraints.via[1]", "message": "unknown place \"Nowhere\" …"}}
//	     {"error": {"field": "origin_point", "message": "no terminal within 100 km of 0° N, 0° E; …"}}
//	405  wrong method (the Allow header says which)
//	413  a body over 1 MiB
//	415  a Content-Type other than application/json
//	422  no route; "reason" is unreachable, shipment, constraints or deadline,
//	     "detail" says what ruled the routes out
//	503  the search hit -max-labels; 504 it hit -timeout: both carry the
//	     options proven so far, with "complete": false and a "warning"
//
// GET /v1/places lists the terminals (ID, name, country, coordinates,
// aliases) and the currencies of the rate table. GET /healthz answers
// {"status": "ok", …}. GET / serves the page: a form, the options as a
// table, an SVG map of the selected option on an embedded land outline,
// and the front as an SVG scatter of money against days. Its From and To
// fields take a place name or a point written "lat, lon" (optionally
// "lat, lon, radius km"), drawn as a pin with dashed trucking. Its files
// (static/) are embedded; it uses plain JavaScript and no CDN.
//
// One route.Planner serves every request: it is immutable and safe for
// concurrent Plan calls, and each request's search runs under a context
// with the -timeout deadline.
package main
