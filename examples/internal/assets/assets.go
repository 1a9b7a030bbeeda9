// Package assets holds what the example programs share: the world outline
// their maps are drawn on, embedded once, and the reading of an
// exchange-rate table.
package assets

import (
	"embed"
	"fmt"
	"os"

	"github.com/corridor-go/corridor/cost"
)

// LandFile is the name of the world outline in FS.
const LandFile = "land.geojson"

// FS holds LandFile: the land polygons of Natural Earth's 1:110m physical
// vectors (ne_110m_land), public domain ("Made with Natural Earth",
// https://www.naturalearthdata.com/about/terms-of-use/), as published in
// GeoJSON by github.com/martynafford/natural-earth-geojson
// (110m/physical/ne_110m_land.json). To keep the file small it holds only
// the land between about 25°W and 180°E north of 45°S — Europe, Africa,
// Asia and Australia, where the corridors run — with coordinates rounded
// to 0.1° and thinned by hand to about one point per half degree of coast
// (the source has one per few kilometres in places); the Americas,
// Antarctica, the Pacific islands and the high Arctic islands are left
// out. The corridors maps simplify it further (Douglas–Peucker) to their
// scale; the quote page serves it as is.
//
//go:embed land.geojson
var FS embed.FS

// LandGeoJSON returns the bytes of LandFile.
func LandGeoJSON() []byte {
	b, err := FS.ReadFile(LandFile)
	if err != nil {
		panic(err) // embedded at build time: cannot happen
	}
	return b
}

// LoadRates parses the exchange-rate table in file (cost.ParseRates
// format), or the embedded text when file is empty. source is file, or
// embeddedSource for the embedded table. A file that cannot be read gives
// os.ReadFile's error as it is (an *fs.PathError); a table that does not
// parse gives cost.ParseRates's error prefixed with the source.
func LoadRates(file, embedded, embeddedSource string) (r *cost.Rates, source string, err error) {
	text, source := embedded, embeddedSource
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, "", err
		}
		text, source = string(b), file
	}
	if r, err = cost.ParseRates(text); err != nil {
		return nil, "", fmt.Errorf("%s: %w", source, err)
	}
	return r, source, nil
}
