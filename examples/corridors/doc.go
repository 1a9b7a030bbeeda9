// Command corridors compares freight corridors out of Western China on the
// embedded default network (network/westchina): for each origin and
// destination it prints the Pareto front — every option that no other beats
// on money, transit time and CO2e at once — as a table or as JSON, and can
// write a GeoJSON file, a map and a chart of each front.
//
//	go run ./examples/corridors
//
// With no flags it compares the flagship pairs — Chongqing → Duisburg,
// Chengdu → Łódź, Chongqing → Singapore, Chengdu → Hanoi, Kunming →
// Bangkok and Chongqing → Rotterdam — for two 40' high-cube containers
// holding 20 t, ready next Monday at 09:00 Shanghai time:
//
//	Chongqing → Duisburg — ready 2026-11-23 09:00 CST — 10 options
//	#   route                                                     ready                 delivered             days  USD        CO2e t  transfers
//	1   barge CNCQI-GUOYUAN→Shanghai, sea→Suez→Rotterdam, …       2026-11-23 09:00 CST  2027-01-09 18:00 CET  47.7  10,984.47  5.33    2
//	6   rail CNCQI→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg  2026-11-23 09:00 CST  2026-12-08 22:00 CET  15.8  12,920.00  4.92    0
//	8   air CNCKG→Liège, road→Duisburg                            2026-11-23 09:00 CST  2026-11-24 22:30 CET  1.9   83,695.83  110.29  1
//
// A route reads as runs of one mode ("rail", "road", "sea", "barge" for
// inland water, "air"), each with the places that matter: where the mode
// changes, border crossings, the Suez Canal or the Cape, seaports of call.
// The origin terminal is named by its ID, because a city has several
// (Chongqing's rail terminal CNCQI, river port CNCQI-GUOYUAN and airport
// CNCKG). Ready and delivered times are local to the origin and the
// destination; days, money (in the quote currency, handling and border fees
// included) and CO2e (well-to-wheel, tonnes) are door to door.
//
// # Points
//
// The origin or the destination may be a point instead of a terminal — a
// factory, a warehouse — written latitude first, then longitude, in decimal
// degrees, as map sites copy them (south and west negative):
//
//	go run ./examples/corridors -from 30.67,104.07 -radius 60 -to Duisburg
//
// The planner then trucks from the point to every terminal within -radius
// kilometres (default 300) and picks among them like any other leg: the
// first mile, or from the terminals to a point destination, the last mile.
// The trucking is priced from the great-circle distance times a road
// circuity, at the library's estimated drayage rate of 1.5 USD per truck-km
// and 40 km/h (route.Trucking), one truck per container. The point is named
// "30.67°N 104.07°E" in the output, and a route summary shows the trucking
// as a run of its own:
//
//	truck→CNCDU, rail→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg
//	rail CNCQI→Alashankou→…→Duisburg, truck→51.43°N 6.76°E
//
// The first mile is "truck→" and the terminal's ID (the point is in the
// title); the last mile is "truck→" and the point.
// -modes and -avoid restrict the network's legs and terminals; the first
// and last mile are trucked whatever -modes allows.
//
// # Flags
//
//	-from, -to     origin and destination: a terminal ID (CNCQI), a
//	               LOCODE or a place name (Chongqing, Duisburg, Lodz), or
//	               a point latitude,longitude in decimal degrees
//	               (30.67,104.07 or "30.67, 104.07"; see Points); both or
//	               neither
//	-radius        for a point -from or -to: the terminals within this
//	               many km are reached by truck (default 300, one radius
//	               for both ends); an error without a point
//	-ready         when the cargo is ready: YYYY-MM-DD (09:00 in the
//	               origin's zone) or RFC 3339; default next Monday 09:00
//	               Asia/Shanghai after -today
//	-today         the reference date for the default ready time
//	               (YYYY-MM-DD; default today), so runs can be repeated
//	-containers    e.g. 2x40HC (default) or 1x20GP,1x40HC
//	-tonnes        gross cargo mass (default 20)
//	-value         cargo value, e.g. "250000 USD": adds the cost of capital
//	               tied up in transit at -capital-rate percent a year
//	               (default 10) to money
//	-currency      quote currency (default USD)
//	-rates         exchange-rate file in cost.ParseRates format; default the
//	               embedded rates.txt (ECB reference rates of 2024-06-28)
//	-objectives    2 to 4 of money, time, co2e, distance, transfers
//	               (default money,time,co2e)
//	-modes         allowed modes, e.g. rail,road (default all)
//	-avoid         places to avoid, comma-separated: two upper-case
//	               letters are an ISO 3166 country (RU), anything else a
//	               terminal ID or place name (Alashankou, EGSUZ)
//	-format        table (default) or json
//	-out DIR       also write each pair's files into DIR (see below)
//	-timeout       time limit per pair (default 30s)
//
// Exit codes: 0 when every pair has a front; 1 when a pair has no route
// (the others are still printed) or a file cannot be written; 2 for a bad
// flag, an unknown terminal or country, a malformed point (not two numbers,
// out of range, NaN), a -radius that is not positive, a point with no
// terminal within -radius, an origin and a destination sharing a terminal,
// or a rate table that cannot price the network. Every problem is one line
// on standard error.
//
// # JSON
//
// With -format json the output is one object:
//
//	{
//	  "network": "Western China multimodal corridors …",
//	  "currency": "USD",               // quote currency
//	  "rates_as_of": "2024-06-28",     // date of the exchange rates
//	  "objectives": ["money", "time", "co2e"],
//	  "shipment": {"containers": [{"type": "40HC", "count": 2}], "tonnes": 20,
//	               "value": {"amount": 250000.00, "currency": "USD"}},  // value only with -value
//	  "pairs": [{
//	    "from": "Chongqing", "to": "Duisburg",   // a point: "30.67°N 104.07°E"
//	    "from_point": {"lat": 30.67, "lon": 104.07, "radius_km": 60},  // only for a point; "to_point" likewise
//	    "ready": "2026-11-23T01:00:00Z",
//	    "complete": true,              // false with "error" when the front is missing or partial
//	    "error": "…",                  // only when planning failed
//	    "itineraries": [{
//	      "number": 1,                 // as in the table, in the front's order
//	      "summary": "rail CNCQI→Alashankou→…→Duisburg",
//	      "modes": ["rail"],           // of the network's legs: no first or last mile
//	      "ready": "…Z", "delivered": "…Z",
//	      "totals": {"money": {"amount": 12920.00, "currency": "USD"},
//	                 "transit_hours": 355, "co2e_kg": 4916.04,
//	                 "transfers": 0, "borders": 4, "distance_km": 11179},
//	      "legs": [{"mode": "rail", "service": "…", "operator": "…",
//	                "from": "CNCQI", "to": "CNXIA",   // terminal IDs
//	                "departure": "…Z", "arrival": "…Z",
//	                "money": {"amount": 1234.56, "currency": "USD"},
//	                "co2e_kg": 312.5, "distance_km": 1056.2}]
//	    }]
//	  }]
//	}
//
// Times are RFC 3339 in UTC. Money amounts are exact decimals in major units
// of their currency, written as JSON numbers with the currency's decimals.
// A leg's money and CO2e are its own; handling at transfers and border fees
// are in the totals only, so the legs add up to at most the totals (their
// distances add up to the total distance). For a point origin the first leg
// is the first mile: mode "road", service "first mile trucking", operator
// "", from the point's name ("30.67°N 104.07°E", as the pair's "from") to
// the terminal's ID; for a point destination the last leg is the last mile,
// "last mile trucking", from the terminal to the point's name.
//
// # Files
//
// With -out DIR, for every pair with a front, named after the pair
// (chongqing-duisburg, chengdu-lodz):
//
//   - NAME.geojson: a GeoJSON FeatureCollection (RFC 7946, longitude and
//     latitude) with one LineString per leg of every itinerary, drawn
//     straight from terminal to terminal, with the properties itinerary,
//     summary, leg (its position in the itinerary), mode, service,
//     operator, from, from_name, to, to_name, departure, arrival (RFC 3339
//     UTC), money (in currency) and co2e_kg; the collection's foreign
//     members from, to, ready and currency describe the query. A first or
//     last mile is a LineString between the point and its terminal with
//     the same properties (mode road, service "first mile trucking" or
//     "last mile trucking", the point's name as from or to); a point origin
//     or destination is also a Point feature, first in the collection, with
//     the properties role ("origin" or "destination"), name and radius_km.
//     It opens in geojson.io and QGIS; filter on itinerary to see one route.
//   - NAME-map.svg and NAME-map.png (1,200 pixels wide): the routes on a
//     world outline, one colour per mode (air dashed, first and last mile
//     trucking dotted orange), terminals as dots, points as black squares,
//     the places the route summaries name labelled and the others labelled
//     smaller where there is room, cropped to the routes with a margin, in
//     an equirectangular projection. Sea legs, which the network holds as
//     straight port-to-port links, are drawn along a sketch of the main
//     shipping lanes (Malacca, Aden, Suez, Gibraltar, the Cape) so that
//     they do not cross continents; the sketch is for the picture only.
//   - NAME-front.png (1,200 × 800 pixels): the front as a chart, money
//     against transit days, one point per itinerary, labelled with its
//     number (as in the table) and modes, coloured by the mode that covers
//     most of its distance, the point's area growing with its CO2e. Money
//     is on a logarithmic axis when the front spans more than a factor of
//     four (air against rail and sea), else on a linear axis from zero.
//     The front is over three objectives, so a point may look beaten on
//     this chart and still be on the front by its CO2e.
//
// The world outline is Natural Earth's 1:110m land (public domain),
// cropped, rounded and embedded; see package examples/internal/assets.
//
// # Times
//
// Every query has a ready time, so the planner times each step of an
// itinerary — waiting for scheduled departures where the network has
// timetables, leaving on arrival where it has none — and the table and the
// JSON show its times: ready is when the first step starts, delivered when
// the last one ends, each in its terminal's local zone (UTC in JSON). From a
// point, the first mile starts at the ready time; -ready YYYY-MM-DD is 09:00
// in the zone of the terminal nearest the point.
package main
