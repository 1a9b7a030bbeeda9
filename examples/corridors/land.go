package main

import (
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/simplify"

	"github.com/corridor-go/corridor/examples/internal/assets"
)

// land returns the world outline (see package assets) as land polygons,
// decoded once.
var land = sync.OnceValues(func() ([]orb.Polygon, error) {
	fc, err := geojson.UnmarshalFeatureCollection(assets.LandGeoJSON())
	if err != nil {
		return nil, err
	}
	var out []orb.Polygon
	for _, f := range fc.Features {
		switch g := f.Geometry.(type) {
		case orb.Polygon:
			out = append(out, g)
		case orb.MultiPolygon:
			out = append(out, g...)
		}
	}
	return out, nil
})

// landWithin returns the land polygons that overlap b, simplified with a
// tolerance of tol degrees: detail finer than a pixel or two is not drawn.
func landWithin(b orb.Bound, tol float64) ([]orb.Polygon, error) {
	all, err := land()
	if err != nil {
		return nil, err
	}
	var out []orb.Polygon
	for _, p := range all {
		if !p.Bound().Intersects(b) {
			continue
		}
		q := simplify.DouglasPeucker(tol).Simplify(p.Clone()).(orb.Polygon)
		if len(q) > 0 && len(q[0]) >= 4 {
			out = append(out, q)
		}
	}
	return out, nil
}
