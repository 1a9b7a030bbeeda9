package main

import (
	"encoding/json"
	"io"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// frontGeoJSON returns the front as a FeatureCollection: one LineString per
// leg of every itinerary, straight from terminal to terminal (a first or
// last mile from the point to its terminal or back), in longitude and
// latitude (RFC 7946), after a Point for each point origin or destination.
// A leg shared by several itineraries appears once for each, so that
// filtering on "itinerary" in QGIS shows whole routes.
func (r *request) frontGeoJSON(f *front) *geojson.FeatureCollection {
	fc := geojson.NewFeatureCollection()
	fc.ExtraMembers = geojson.Properties{
		"from":     f.Pair.From,
		"to":       f.Pair.To,
		"ready":    f.Ready.UTC().Format(time.RFC3339),
		"currency": string(r.query.Currency),
	}
	for _, role := range []struct{ role, name string }{{"origin", f.Pair.From}, {"destination", f.Pair.To}} {
		if pp := r.points[role.name]; pp != nil {
			feat := geojson.NewFeature(pp.Point)
			feat.Properties = geojson.Properties{
				"role":      role.role,
				"name":      role.name,
				"radius_km": r.radiusKm,
			}
			fc.Append(feat)
		}
	}
	for _, o := range f.Options {
		for i, l := range o.Legs {
			feat := geojson.NewFeature(orb.LineString{l.From.Location, l.To.Location})
			feat.Properties = geojson.Properties{
				"itinerary": o.Number,
				"summary":   o.Summary,
				"leg":       i + 1,
				"mode":      l.Mode.String(),
				"service":   l.Service,
				"operator":  l.Operator,
				"from":      l.From.ID,
				"from_name": l.From.Name,
				"to":        l.To.ID,
				"to_name":   l.To.Name,
				"departure": l.Departure.UTC().Format(time.RFC3339),
				"arrival":   l.Arrival.UTC().Format(time.RFC3339),
				"money":     l.Money.Major(),
				"currency":  string(l.Money.Currency),
				"co2e_kg":   round(float64(l.CO2eGrams)/1000, 3),
			}
			fc.Append(feat)
		}
	}
	return fc
}

// writeGeoJSON writes the front's FeatureCollection, indented so that it
// diffs and reads well.
func (r *request) writeGeoJSON(w io.Writer, f *front) error {
	b, err := json.MarshalIndent(r.frontGeoJSON(f), "", " ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
