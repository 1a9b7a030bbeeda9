package main

import (
	_ "embed"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/paulmach/orb/simplify"
)

// landGeoJSON is the world outline the maps are drawn on: the land
// polygons of Natural Earth's 1:110m physical vectors (ne_110m_land),
// public domain ("Made with Natural Earth",
// https://www.naturalearthdata.com/about/terms-of-use/), as published in
// GeoJSON by github.com/martynafford/natural-earth-geojson
// (110m/physical/ne_110m_land.json). To keep the file small it holds only
// the land between about 25°W and 180°E north of 45°S — Europe, Africa,
// Asia and Australia, where the corridors run — with coordinates rounded
// to 0.1° and thinned by hand to about one point per half degree of coast
// (the source has one per few kilometres in places); the Americas,
// Antarctica, the Pacific islands and the high Arctic islands are left
// out. The maps simplify it further (Douglas–Peucker) to their scale.
//
//go:embed land.geojson
var landGeoJSON []byte

// land returns the embedded land polygons, decoded once.
var land = sync.OnceValues(func() ([]orb.Polygon, error) {
	fc, err := geojson.UnmarshalFeatureCollection(landGeoJSON)
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
