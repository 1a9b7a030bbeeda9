// Package network holds the multimodal freight network as data: terminals
// (rail terminals, seaports, river ports, airports, road hubs, border
// crossings), the legs between them (a block train, a sailing, a barge line,
// a flight, a trucking lane), the handling rules for changing mode, and the
// sources of every figure. It has no pricing logic and no search: the cost
// package prices a network for a shipment, the route package searches it.
//
// # Model
//
// A Terminal has a stable ID (its UN/LOCODE where it has one to itself, a
// free ID otherwise), a country, a location (orb.Point, longitude first),
// the modes it handles, its IANA time zone and, for border crossings, a
// Border with dwell time, fee and rail gauge change. Several terminals may
// share a place name: Network.Place("Chongqing") returns every terminal whose
// ID, LOCODE or alias matches, case-insensitively.
//
// A Leg runs from one terminal to another by one mode. It carries its
// service and operator, corridor tags, distance (estimated from the
// great-circle distance × a per-mode Circuity factor when not given, and
// then flagged DistanceEstimated), duration, price terms in its own ISO 4217
// currency, an optional emission intensity, capacity and cargo restrictions,
// and an optional Schedule (weekly departures in the origin terminal's zone,
// or dated departures, with a cut-off and validity dates).
//
// Prices are exact: an Amount is an int64 count of millionths of a major
// currency unit. Durations are time.Duration kept to whole minutes.
//
// A Transfer is the handling time and charge for changing from one mode to
// another; the network holds defaults per mode pair and a terminal may
// override them.
//
// # Building and errors
//
// A Builder collects records; Build checks all of them and returns an
// immutable *Network that any number of goroutines may read. Build reports
// every problem at once (errors.Join); each is a *RecordError naming the
// record (kind, ID, file and line or record index when read from a file) and
// the field, and wraps a sentinel such as ErrUnknownTerminal or
// ErrInvalidValue, so callers can test it with errors.Is. Nothing is fixed
// silently: a missing duration or price, a negative distance, an unknown
// currency or a mode a terminal does not handle is an error.
//
// # Views
//
// Compact returns the network in compressed sparse row form (int32 indices,
// one array per attribute) for search code. The gonum views let gonum's
// graph algorithms run on the network.
//
// # Formats
//
// ReadJSON and WriteJSON read and write the canonical JSON format:
//
//	{
//	  "version": 1,
//	  "name": "…",
//	  "sources":   [{"id": "S5", "title": "…", "url": "…", "date": "2024-03-28"}],
//	  "transfers": [{"from": "road", "to": "rail", "time": "6h", "charge": PRICE}],
//	  "terminals": [{"id", "name", "country", "kind", "modes": ["rail", "road"],
//	                 "location": [lon, lat], "time_zone", "locode", "aliases",
//	                 "customs_dwell": "1d", "transfers": [...],
//	                 "border": {"dwell": "2d", "fee": PRICE, "gauge_from_mm": 1435,
//	                            "gauge_to_mm": 1520, "across": "ID"},
//	                 "sources": ["S5"], "estimate": "how the figures were estimated"}],
//	  "legs": [{"id", "from", "to", "mode", "service", "operator", "corridors",
//	            "distance_km", "duration": "16d", "price": PRICE,
//	            "co2e_g_per_tkm", "max_tonnes", "max_teu", "no_dangerous_goods",
//	            "reefer", "schedule": {"weekly": ["mon 09:00"], "dated": [RFC 3339],
//	            "cutoff": "1d", "valid_from": "2026-01-01", "valid_until": "2026-12-31"},
//	            "sources", "estimate"}]
//	}
//
// where PRICE is {"currency": "USD", "per_container": {"40HC": 9000, "20": 5200},
// "per_teu", "per_tonne", "per_kg", "fixed", "minimum",
// "surcharges": [{"name": "BAF", "percent": 12.5}]}. Amounts are plain
// decimals with at most six decimals; durations are "16d", "10d12h", "47m".
// Unknown fields and duplicate keys are errors.
//
// ReadCSV and WriteCSV read and write the same records as CSV files, one per
// kind: terminals.csv and legs.csv, and optionally network.csv, sources.csv,
// borders.csv and transfers.csv. The column names are those of the JSON
// fields, and nested values are flattened ("rail;road", "40HC=9000;20=5200",
// "BAF=12.5"); ReadCSV lists every column. The sub-package geojson writes
// terminals as Points and legs as LineStrings with the same flat properties,
// for geojson.io or QGIS, and reads them back; it is the only package that
// imports orb/geojson, which pulls in a BSON dependency the core does not
// carry. Every format round-trips — writing, reading and writing again gives
// the same bytes — and every error names the file and line (or the feature
// index) of the record at fault.
package network
