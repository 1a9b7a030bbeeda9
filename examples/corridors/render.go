package main

import (
	"fmt"
	"image/color"
	"io"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// dpi of the PNG files: 96 pixels per inch, so 1 point is 4/3 pixels.
const dpi = 96

// label is a text to place next to a point of the data, without covering
// another label.
type label struct {
	X, Y float64 // data coordinates of the point it names
	Text string
	// Minor labels are placed after the others, smaller and grey, and
	// only where they fit without covering anything.
	Minor bool
}

// drawing is a plot and the labels to place over it once the plot is
// drawn and the data's position on the canvas is known.
type drawing struct {
	plot   *plot.Plot
	w, h   vg.Length
	labels []label
	// labelStyle is the font of the labels.
	labelStyle text.Style
	// pointRadius, when set, gives the size of label i's point.
	pointRadius func(i int) vg.Length
	// legend is drawn in a white box in the corner of the data area that
	// covers the fewest of avoid's points.
	legend []legendItem
	avoid  []label
}

// legendItem is one line of a legend: a line, a dot or nothing (a note)
// and its text.
type legendItem struct {
	Text   string
	Colour color.Color
	Dashed bool
	Dot    vg.Length // radius of a dot; 0 draws a line
	// Shape, when set, is the dot's glyph instead of a circle.
	Shape draw.GlyphDrawer
	// Line, when its Colour is set, is the line's whole style (Colour and
	// Dashed are then not used).
	Line draw.LineStyle
}

// write draws d in format "png" or "svg" to w.
func (d *drawing) write(w io.Writer, format string) error {
	var (
		c  vg.CanvasWriterTo
		dc draw.Canvas
	)
	switch format {
	case "png":
		img := vgimg.NewWith(vgimg.UseWH(d.w, d.h), vgimg.UseDPI(dpi))
		c, dc = vgimg.PngCanvas{Canvas: img}, draw.New(img)
	case "svg":
		svg := vgsvg.New(d.w, d.h)
		c, dc = svg, draw.New(svg)
	default:
		return fmt.Errorf("unknown image format %q", format)
	}
	d.plot.Draw(dc)
	d.placeLabels(dc)
	d.drawLegend(dc)
	_, err := c.WriteTo(w)
	return err
}

// placeLabels writes each label near its point: it tries positions
// around the point at growing distances and takes the one that covers the
// least of the labels already placed and of the points (a circle of radius
// d.pointRadius), preferring near positions; a label set apart from its
// point gets a thin leader line.
func (d *drawing) placeLabels(dc draw.Canvas) {
	if len(d.labels) == 0 {
		return
	}
	da := d.plot.DataCanvas(dc)
	tx, ty := d.plot.Transforms(&da)
	sty := d.labelStyle
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
	pts := make([]vg.Point, len(d.labels))
	for i, l := range d.labels {
		pts[i] = vg.Point{X: tx(l.X), Y: ty(l.Y)}
	}
	minor := textStyle(7.5, color.Gray{Y: 80})
	minor.XAlign, minor.YAlign = draw.XLeft, draw.YBottom
	var placed []vg.Rectangle
	for i, l := range d.labels {
		p := pts[i]
		if !da.Contains(p) {
			continue
		}
		sty := sty
		if l.Minor {
			sty = minor
		}
		w, h := sty.Width(l.Text), sty.Height(l.Text)
		rad := d.radius(i)
		best, bestCost := vg.Rectangle{}, math.Inf(1)
		for step := 0; step < 8; step++ {
			dist := rad + vg.Points(3) + vg.Length(step)*vg.Points(12)
			for k := 0; k < 16; k++ {
				a := 2 * math.Pi * float64(k) / 16
				cx := p.X + dist*vg.Length(math.Cos(a))
				cy := p.Y + dist*vg.Length(math.Sin(a))
				// Anchor the box by its side nearest the point.
				x0 := cx - w*vg.Length((1-math.Cos(a))/2)
				y0 := cy - h*vg.Length((1-math.Sin(a))/2)
				r := vg.Rectangle{Min: vg.Point{X: x0, Y: y0}, Max: vg.Point{X: x0 + w, Y: y0 + h}}
				cost := float64(dist) * 2
				if !inside(r, da.Rectangle) {
					cost += 1e7
				}
				for _, q := range placed {
					cost += 50 * overlap(r, q)
				}
				for j, q := range pts {
					rj := d.radius(j) + vg.Points(1)
					cost += 20 * overlap(r, vg.Rectangle{Min: vg.Point{X: q.X - rj, Y: q.Y - rj}, Max: vg.Point{X: q.X + rj, Y: q.Y + rj}})
				}
				if cost < bestCost {
					best, bestCost = r, cost
				}
			}
		}
		if l.Minor && bestCost > float64(rad+vg.Points(3))*2 {
			continue // no free place next to the point
		}
		placed = append(placed, best)
		if end := nearestOnRect(best, p); math.Hypot(float64(end.X-p.X), float64(end.Y-p.Y)) > float64(rad+vg.Points(6)) {
			dc.StrokeLine2(draw.LineStyle{Color: color.Gray{Y: 90}, Width: vg.Points(0.6)}, p.X, p.Y, end.X, end.Y)
		}
		// A pale halo keeps the text readable over lines and land.
		dc.FillPolygon(color.NRGBA{R: 255, G: 255, B: 255, A: 200}, []vg.Point{
			{X: best.Min.X - 1, Y: best.Min.Y - 1}, {X: best.Max.X + 1, Y: best.Min.Y - 1},
			{X: best.Max.X + 1, Y: best.Max.Y + 1}, {X: best.Min.X - 1, Y: best.Max.Y + 1},
		})
		dc.FillText(sty, best.Min, l.Text)
	}
}

// radius is the size of label i's point, for keeping labels off points.
func (d *drawing) radius(i int) vg.Length {
	if d.pointRadius == nil {
		return vg.Points(2.5)
	}
	return d.pointRadius(i)
}

// nearestOnRect is the point of r nearest to p, where a leader line ends.
func nearestOnRect(r vg.Rectangle, p vg.Point) vg.Point {
	return vg.Point{X: min(max(p.X, r.Min.X), r.Max.X), Y: min(max(p.Y, r.Min.Y), r.Max.Y)}
}

// overlap is the area two rectangles share, in square points.
func overlap(a, b vg.Rectangle) float64 {
	w := math.Min(float64(a.Max.X), float64(b.Max.X)) - math.Max(float64(a.Min.X), float64(b.Min.X))
	h := math.Min(float64(a.Max.Y), float64(b.Max.Y)) - math.Max(float64(a.Min.Y), float64(b.Min.Y))
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h
}

func inside(r, outer vg.Rectangle) bool {
	return r.Min.X >= outer.Min.X && r.Min.Y >= outer.Min.Y && r.Max.X <= outer.Max.X && r.Max.Y <= outer.Max.Y
}

// sansFont is the typeface of every text: Liberation Sans, which
// gonum/plot embeds, reads better in small labels than its default serif.
var sansFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

// textStyle is the sans font at size pt.
func textStyle(pt float64, c color.Color) text.Style {
	return text.Style{
		Color:   c,
		Font:    font.From(sansFont, vg.Points(pt)),
		Handler: plot.DefaultTextHandler,
	}
}

// newPlot returns a plot with the sans font everywhere and the title at
// size 14. Only the fonts change: the styles keep gonum's alignments.
func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(sansFont, vg.Points(14))
	p.Title.Padding = vg.Points(8)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sansFont, vg.Points(11))
		a.Tick.Label.Font = font.From(sansFont, vg.Points(10))
	}
	p.Legend.TextStyle.Font = font.From(sansFont, vg.Points(10))
	return p
}

// modeColour gives each mode a colour that reads on a pale map and on
// white, distinguishable in print.
var modeColour = map[string]color.NRGBA{
	"rail":  {R: 0xc0, G: 0x39, B: 0x2b, A: 0xff}, // brick red
	"road":  {R: 0xe6, G: 0x8a, B: 0x00, A: 0xff}, // orange
	"sea":   {R: 0x1f, G: 0x5f, B: 0xb4, A: 0xff}, // blue
	"barge": {R: 0x10, G: 0xa0, B: 0x90, A: 0xff}, // teal
	"air":   {R: 0x8e, G: 0x44, B: 0xad, A: 0xff}, // purple
}

// modeOrder is the order of modes in legends.
var modeOrder = []string{"rail", "road", "sea", "barge", "air"}

// drawLegend draws the legend box in the corner of the data area that
// hides the fewest points of d.avoid.
func (d *drawing) drawLegend(dc draw.Canvas) {
	if len(d.legend) == 0 {
		return
	}
	da := d.plot.DataCanvas(dc)
	tx, ty := d.plot.Transforms(&da)
	sty := textStyle(10, color.Black)
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YBottom
	pad, sample := vg.Points(6), vg.Points(24)
	lineH := sty.Height("Mg") * 1.35
	var textW vg.Length
	for _, it := range d.legend {
		textW = max(textW, sty.Width(it.Text))
	}
	w := pad + sample + pad + textW + pad
	h := pad*2 + lineH*vg.Length(len(d.legend))
	margin := vg.Points(8)
	corners := []vg.Point{
		{X: da.Min.X + margin, Y: da.Min.Y + margin},         // bottom left
		{X: da.Max.X - margin - w, Y: da.Min.Y + margin},     // bottom right
		{X: da.Min.X + margin, Y: da.Max.Y - margin - h},     // top left
		{X: da.Max.X - margin - w, Y: da.Max.Y - margin - h}, // top right
	}
	best, bestN := corners[0], -1
	for _, c := range corners {
		n := 0
		for _, p := range d.avoid {
			x, y := tx(p.X), ty(p.Y)
			if x >= c.X-margin && x <= c.X+w+margin && y >= c.Y-margin && y <= c.Y+h+margin {
				n++
			}
		}
		if bestN < 0 || n < bestN {
			best, bestN = c, n
		}
	}
	box := []vg.Point{best, {X: best.X + w, Y: best.Y}, {X: best.X + w, Y: best.Y + h}, {X: best.X, Y: best.Y + h}}
	dc.FillPolygon(color.NRGBA{R: 255, G: 255, B: 255, A: 235}, box)
	dc.StrokeLines(draw.LineStyle{Color: color.Gray{Y: 120}, Width: vg.Points(0.5)}, append(box, best))
	y := best.Y + h - pad - lineH
	for _, it := range d.legend {
		mid := y + lineH/2 - vg.Points(1)
		switch {
		case it.Line.Color != nil:
			dc.StrokeLine2(it.Line, best.X+pad, mid, best.X+pad+sample, mid)
		case it.Colour == nil:
		case it.Dot > 0:
			shape := it.Shape
			if shape == nil {
				shape = draw.CircleGlyph{}
			}
			dc.DrawGlyph(draw.GlyphStyle{Color: it.Colour, Radius: it.Dot, Shape: shape},
				vg.Point{X: best.X + pad + sample/2, Y: mid})
		default:
			ls := draw.LineStyle{Color: it.Colour, Width: vg.Points(2.5)}
			if it.Dashed {
				ls.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
			}
			dc.StrokeLine2(ls, best.X+pad, mid, best.X+pad+sample, mid)
		}
		dc.FillText(sty, vg.Point{X: best.X + pad + sample + pad, Y: y + lineH*0.15}, it.Text)
		y -= lineH
	}
}
