package main

import (
	"fmt"
	"image/color"
	"math"
	"slices"

	"github.com/paulmach/orb"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/corridor-go/corridor/network"
)

// Map colours: a pale sea and land that routes stand out on.
var (
	seaColour   = color.RGBA{R: 0xe4, G: 0xee, B: 0xf7, A: 0xff}
	landColour  = color.RGBA{R: 0xf2, G: 0xee, B: 0xe3, A: 0xff}
	coastColour = color.RGBA{R: 0xa8, G: 0xa0, B: 0x8c, A: 0xff}
)

// mapWidth is the width of the map in points (1,200 pixels at 96 dpi).
const mapWidth = 900

// routeMap draws every leg of the front as a straight line from terminal
// to terminal, coloured by mode, on the world outline, cropped to the
// routes with a margin, in an equirectangular projection (longitude and
// latitude as x and y).
func (r *request) routeMap(f *front) (*drawing, error) {
	var (
		segs   []segment
		places []label // the places a summary names, labelled on the map
		bound  = orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}}
	)
	for _, o := range f.Options {
		for _, t := range summaryStops(o.Legs) {
			// A city's terminals share its name: label it once.
			name := shortName(t)
			if !slices.ContainsFunc(places, func(l label) bool { return l.Text == name }) {
				places = append(places, label{X: t.Location.Lon(), Y: t.Location.Lat(), Text: name})
			}
		}
		for _, l := range o.Legs {
			s := segment{from: l.From, to: l.To, mode: l.word()}
			if !slices.ContainsFunc(segs, s.same) {
				s.path = s.line()
				segs = append(segs, s)
				for _, pt := range s.path {
					bound = bound.Extend(pt)
				}
			}
		}
	}
	if len(segs) == 0 {
		return nil, fmt.Errorf("no legs to draw")
	}
	bound = mapBound(bound)

	p := newPlot(fmt.Sprintf("%s: %d Pareto-optimal route%s", pairTitle(f.Pair), len(f.Options), plural(len(f.Options))))
	p.X.Label.Text = "longitude (°E)"
	p.Y.Label.Text = "latitude (°N)"
	p.X.Min, p.X.Max = bound.Min.Lon(), bound.Max.Lon()
	p.Y.Min, p.Y.Max = bound.Min.Lat(), bound.Max.Lat()
	p.X.Tick.Marker = stepTicks{unit: "°"}
	p.Y.Tick.Marker = stepTicks{unit: "°"}

	sea, err := plotter.NewPolygon(plotter.XYs{{X: p.X.Min, Y: p.Y.Min}, {X: p.X.Max, Y: p.Y.Min}, {X: p.X.Max, Y: p.Y.Max}, {X: p.X.Min, Y: p.Y.Max}})
	if err != nil {
		return nil, err
	}
	sea.Color, sea.LineStyle.Width = seaColour, 0
	p.Add(sea)

	// Simplify to about a pixel: the map is mapWidth points for the
	// longitude span.
	tol := (bound.Max.Lon() - bound.Min.Lon()) / mapWidth
	polys, err := landWithin(bound, tol)
	if err != nil {
		return nil, fmt.Errorf("world outline: %w", err)
	}
	for _, poly := range polys {
		rings := make([]plotter.XYer, len(poly))
		for i, ring := range poly {
			rings[i] = pathXYs(ring)
		}
		fill, err := plotter.NewPolygon(rings...)
		if err != nil {
			return nil, err
		}
		fill.Color, fill.LineStyle.Width = landColour, 0
		p.Add(fill)
		for _, ring := range rings {
			coast, err := plotter.NewLine(ring)
			if err != nil {
				return nil, err
			}
			coast.LineStyle = draw.LineStyle{Color: coastColour, Width: vg.Points(0.6)}
			p.Add(coast)
		}
	}

	// Air over sea over land modes, so that the long flights and sailings
	// do not hide the rail and road legs; the short first and last miles
	// on top.
	var modes []string
	for _, m := range []string{"air", "sea", "barge", "road", "rail", "truck"} {
		for _, s := range segs {
			if s.mode != m {
				continue
			}
			line, err := plotter.NewLine(pathXYs(s.path))
			if err != nil {
				return nil, err
			}
			line.LineStyle = lineStyle(m)
			p.Add(line)
			if !slices.Contains(modes, m) {
				modes = append(modes, m)
			}
		}
	}

	var dots, points plotter.XYs
	minor := places[:0:0]
	for _, s := range segs {
		for _, t := range []*network.Terminal{s.from, s.to} {
			xy := plotter.XY{X: t.Location.Lon(), Y: t.Location.Lat()}
			if r.isPoint(t) {
				if !slices.Contains(points, xy) {
					points = append(points, xy)
				}
				continue // named in places, as the summary's origin or end
			}
			if !slices.Contains(dots, xy) {
				dots = append(dots, xy)
			}
			// The other places get a small label where there is room.
			name := shortName(t)
			if !slices.ContainsFunc(places, func(l label) bool { return l.Text == name }) &&
				!slices.ContainsFunc(minor, func(l label) bool { return l.Text == name }) {
				minor = append(minor, label{X: xy.X, Y: xy.Y, Text: name, Minor: true})
			}
		}
	}
	sc, err := plotter.NewScatter(dots)
	if err != nil {
		return nil, err
	}
	sc.GlyphStyle = draw.GlyphStyle{Color: color.RGBA{0x33, 0x33, 0x33, 0xff}, Radius: vg.Points(2.2), Shape: draw.CircleGlyph{}}
	p.Add(sc)
	if len(points) > 0 {
		// A white square under a dark one: the point stands out from the
		// terminals' dots and from the lines.
		for _, g := range []draw.GlyphStyle{
			{Color: color.White, Radius: pointGlyph.Radius + vg.Points(1.2), Shape: draw.BoxGlyph{}},
			pointGlyph,
		} {
			pts, err := plotter.NewScatter(points)
			if err != nil {
				return nil, err
			}
			pts.GlyphStyle = g
			p.Add(pts)
		}
	}
	// plotter.Add widened the axes to the whole world; crop again.
	p.X.Min, p.X.Max = bound.Min.Lon(), bound.Max.Lon()
	p.Y.Min, p.Y.Max = bound.Min.Lat(), bound.Max.Lat()

	d := &drawing{plot: p, labels: append(places, minor...), labelStyle: textStyle(9, color.RGBA{0x22, 0x22, 0x22, 0xff}), avoid: places}
	for _, m := range modeOrder {
		if slices.Contains(modes, m) {
			d.legend = append(d.legend, legendItem{Text: m, Colour: modeColour[m], Dashed: m == "air"})
		}
	}
	if slices.Contains(modes, "truck") {
		d.legend = append(d.legend, legendItem{Text: "truck, first or last mile", Line: lineStyle("truck")})
	}
	d.legend = append(d.legend, legendItem{Text: "terminal", Colour: color.RGBA{0x33, 0x33, 0x33, 0xff}, Dot: vg.Points(2.2)})
	if len(points) > 0 {
		d.legend = append(d.legend, legendItem{Text: "point (-from or -to)", Colour: pointGlyph.Color, Dot: pointGlyph.Radius, Shape: pointGlyph.Shape})
	}
	if slices.Contains(modes, "sea") {
		d.legend = append(d.legend, legendItem{Text: "legs drawn straight, sea legs"},
			legendItem{Text: "along a sketch of the main lanes"})
	} else {
		d.legend = append(d.legend, legendItem{Text: "legs drawn straight"})
	}

	// The data area keeps the projection's aspect: one degree of latitude
	// as long as one of longitude. Axes and title take about 70 points.
	aspect := (bound.Max.Lat() - bound.Min.Lat()) / (bound.Max.Lon() - bound.Min.Lon())
	d.w = mapWidth
	d.h = vg.Length(float64(mapWidth-60)*aspect) + 70
	return d, nil
}

// pointGlyph marks a point origin or destination on the map.
var pointGlyph = draw.GlyphStyle{Color: color.RGBA{0x11, 0x11, 0x11, 0xff}, Radius: vg.Points(3.6), Shape: draw.BoxGlyph{}}

// lineStyle is how the map draws a leg of mode word m: in the mode's
// colour, air dashed, the first and last mile trucking dotted in road's
// colour.
func lineStyle(m string) draw.LineStyle {
	switch m {
	case "air":
		return draw.LineStyle{Color: modeColour[m], Width: vg.Points(2.2), Dashes: []vg.Length{vg.Points(6), vg.Points(4)}}
	case "truck":
		return draw.LineStyle{Color: modeColour["road"], Width: vg.Points(2.4), Dashes: []vg.Length{vg.Points(2.5), vg.Points(1.8)}}
	}
	return draw.LineStyle{Color: modeColour[m], Width: vg.Points(2.2)}
}

// segment is a leg as the map draws it, with the line it is drawn along,
// worked out once per segment.
type segment struct {
	from, to *network.Terminal
	mode     string
	path     []orb.Point
}

// same reports whether o is the same leg as s, for the map.
func (s segment) same(o segment) bool { return s.from == o.from && s.to == o.to && s.mode == o.mode }

// line is the line the map draws for s: straight, or along the sea lanes
// for a sea leg.
func (s segment) line() []orb.Point {
	if s.mode == "sea" {
		return seaPath(s.from.Location, s.to.Location)
	}
	return []orb.Point{s.from.Location, s.to.Location}
}

// pathXYs converts (lon, lat) points for plotting.
func pathXYs(ps []orb.Point) plotter.XYs {
	xys := make(plotter.XYs, len(ps))
	for i, p := range ps {
		xys[i] = plotter.XY{X: p.Lon(), Y: p.Lat()}
	}
	return xys
}

// mapBound adds a margin of a tenth of the span (at least 2°) on every
// side, then widens the shorter side so that the map is between 4:3 and
// 2:1, and keeps it on the globe.
func mapBound(b orb.Bound) orb.Bound {
	dx, dy := b.Max.Lon()-b.Min.Lon(), b.Max.Lat()-b.Min.Lat()
	mx, my := max(dx/10, 2), max(dy/10, 2)
	b.Min[0], b.Max[0] = b.Min[0]-mx, b.Max[0]+mx
	b.Min[1], b.Max[1] = b.Min[1]-my, b.Max[1]+my
	dx, dy = b.Max.Lon()-b.Min.Lon(), b.Max.Lat()-b.Min.Lat()
	switch {
	case dx < dy*4/3:
		grow := (dy*4/3 - dx) / 2
		b.Min[0], b.Max[0] = b.Min[0]-grow, b.Max[0]+grow
	case dx > dy*2:
		grow := (dx/2 - dy) / 2
		b.Min[1], b.Max[1] = b.Min[1]-grow, b.Max[1]+grow
	}
	b.Min[0], b.Max[0] = max(b.Min[0], -180), min(b.Max[0], 180)
	b.Min[1], b.Max[1] = max(b.Min[1], -85), min(b.Max[1], 85)
	return b
}

// stepTicks marks round values — 1, 2, 5, 10, 15, 20, 30, 45 or 60 apart,
// whichever gives at most ten — followed by unit.
type stepTicks struct{ unit string }

func (t stepTicks) Ticks(lo, hi float64) []plot.Tick {
	step := 1.0
	for _, s := range []float64{1, 2, 5, 10, 15, 20, 30, 45, 60, 90} {
		step = s
		if (hi-lo)/s <= 10 {
			break
		}
	}
	var ts []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi; v += step {
		v = math.Round(v*1e6)/1e6 + 0 // no "-0°"
		ts = append(ts, plot.Tick{Value: v, Label: fmt.Sprintf("%g%s", v, t.unit)})
	}
	return ts
}
