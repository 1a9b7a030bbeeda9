// Package geojson reads and writes a network as a GeoJSON FeatureCollection
// (RFC 7946) that opens in geojson.io or QGIS.
//
// Every terminal is a Point feature at its location and every leg a
// LineString feature from its origin to its destination terminal; the
// feature's id is the terminal's or leg's ID. The properties are flat JSON
// values named like the columns of the network package's CSV format
// (network.CSVColumns): strings for text, amounts, durations and lists
// ("rail;road", "40HC=9000;20=5200"), numbers for distance_km,
// co2e_g_per_tkm, max_tonnes, max_teu and the gauges, booleans for
// no_dangerous_goods and reefer. A terminal's lon and lat are its Point's
// coordinates, not properties; its border rules are the properties
// border_dwell, border_currency … border_across, with "border": true. A
// leg's line is drawn straight from terminal to terminal; reading takes its
// ends from the from and to properties and ignores the line's coordinates.
// A Point may carry a third coordinate (an altitude), which is ignored;
// anything but [lon, lat] or [lon, lat, alt] is an error. Duplicate keys,
// unknown members or properties and nested property values are errors, not
// silently dropped.
//
// Records without a geometry live in foreign members of the
// FeatureCollection: "name" (the network's name), "sources" (objects with
// id, title, url, date) and "transfers" (flat objects with the columns of
// transfers.csv: terminal, from, to, time, currency, per_container …; an
// empty terminal marks a network-wide default).
//
// Read reports every bad feature at once; each error is a
// *network.RecordError whose Loc names the file and the 1-based feature
// index (or the index in "transfers" or "sources"), wrapping a network
// sentinel or ErrInvalidFeature. This package alone imports
// github.com/paulmach/orb/geojson, so that the network package does not
// carry its BSON dependency.
package geojson
