package main

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/corridor-go/corridor/network"
)

// Chart size in points: 1,200 × 800 pixels at 96 dpi.
const (
	chartWidth  = 900
	chartHeight = 600
)

// Point radii in points: the smallest and largest CO2e of the front.
const (
	minRadius = 3.5
	maxRadius = 13
)

// frontChart plots the front: money against transit days, one point per
// itinerary, coloured by the mode that covers most of its distance, its
// area growing with its CO2e, and labelled with its number and modes.
// Money is on a logarithmic axis when the front spans more than a factor of
// four (air against rail and sea), so that the cheap options do not crowd
// at the bottom.
func (r *request) frontChart(f *front) (*drawing, error) {
	if len(f.Options) == 0 {
		return nil, fmt.Errorf("no options to plot")
	}
	p := newPlot(fmt.Sprintf("%s: Pareto front (%s, %g t)", pairTitle(f.Pair), r.containersText(), r.query.Shipment.GrossTonnes))
	p.X.Label.Text = "transit time (days, door to door)"
	p.Y.Label.Text = fmt.Sprintf("money (%s)", r.query.Currency)
	p.Add(plotter.NewGrid())

	minMoney, maxMoney := math.Inf(1), 0.0
	var maxDays, minCO2e, maxCO2e float64 = 0, math.Inf(1), 0
	for _, o := range f.Options {
		m := o.Total.Money.Major()
		minMoney, maxMoney = min(minMoney, m), max(maxMoney, m)
		maxDays = max(maxDays, o.Total.Transit.Hours()/24)
		c := float64(o.Total.CO2eGrams) / 1e6
		minCO2e, maxCO2e = min(minCO2e, c), max(maxCO2e, c)
	}
	// Area proportional to CO2e, but never smaller than minRadius.
	radii := make([]vg.Length, len(f.Options))
	for i, o := range f.Options {
		radii[i] = minRadius
		if maxCO2e > 0 {
			radii[i] = vg.Points(max(minRadius, maxRadius*math.Sqrt(float64(o.Total.CO2eGrams)/1e6/maxCO2e)))
		}
	}

	var labels []label
	var modes []string
	for i, o := range f.Options {
		days, money := o.Total.Transit.Hours()/24, o.Total.Money.Major()
		m := mainMode(o.Legs)
		sc, err := plotter.NewScatter(plotter.XYs{{X: days, Y: money}})
		if err != nil {
			return nil, err
		}
		clr := modeColour[m]
		clr.A = 0xa8 // overlapping points stay visible
		sc.GlyphStyle = draw.GlyphStyle{Color: clr, Radius: radii[i], Shape: draw.CircleGlyph{}}
		p.Add(sc)
		ring, err := plotter.NewScatter(plotter.XYs{{X: days, Y: money}})
		if err != nil {
			return nil, err
		}
		ring.GlyphStyle = draw.GlyphStyle{Color: color.RGBA{0x33, 0x33, 0x33, 0xff}, Radius: radii[i], Shape: draw.RingGlyph{}}
		p.Add(ring)
		labels = append(labels, label{X: days, Y: money, Text: fmt.Sprintf("#%d %s", o.Number, modesLabel(o.Modes))})
		if !slices.Contains(modes, m) {
			modes = append(modes, m)
		}
	}

	p.X.Min, p.X.Max = 0, maxDays*1.15+0.5
	p.X.Tick.Marker = stepTicks{unit: ""}
	logY := maxMoney > 4*minMoney
	p.Y.Tick.Marker = moneyTicks{log: logY}
	if logY {
		p.Y.Scale = plot.LogScale{}
		p.Y.Label.Text = fmt.Sprintf("money (%s, logarithmic scale)", r.query.Currency)
		p.Y.Min, p.Y.Max = minMoney/1.25, maxMoney*1.25
	} else {
		// A linear axis starts at zero, so that heights compare honestly.
		p.Y.Min, p.Y.Max = 0, maxMoney*1.15
	}

	d := &drawing{plot: p, w: chartWidth, h: chartHeight, labels: labels,
		labelStyle: textStyle(9, color.RGBA{0x22, 0x22, 0x22, 0xff}), avoid: labels}
	for _, m := range modeOrder {
		if slices.Contains(modes, m) {
			d.legend = append(d.legend, legendItem{Text: "mostly " + m, Colour: modeColour[m], Dot: vg.Points(5)})
		}
	}
	co2e := trimFloat(minCO2e) + " t"
	if maxCO2e > minCO2e {
		co2e = trimFloat(minCO2e) + " to " + trimFloat(maxCO2e) + " t"
	}
	d.legend = append(d.legend, legendItem{Text: "point area grows with CO2e (" + co2e + ")"})
	d.pointRadius = func(i int) vg.Length { return radii[i] }
	return d, nil
}

// mainMode is the mode that covers most of the legs' distance; the first
// leg's when none has a distance.
func mainMode(legs []legView) string {
	var dist [network.NumModes]int64
	for _, l := range legs {
		dist[l.Mode] += l.DistanceM
	}
	best := 0
	for m := range dist {
		if dist[m] > dist[best] {
			best = m
		}
	}
	if best == 0 {
		if len(legs) == 0 {
			return ""
		}
		return modeWord(legs[0].Mode)
	}
	return modeWord(network.Mode(best))
}

// moneyTicks marks round amounts with thousands separators: 1, 2 and 5
// times a power of ten on a log axis, the default spacing otherwise.
type moneyTicks struct{ log bool }

func (t moneyTicks) Ticks(lo, hi float64) []plot.Tick {
	var ts []plot.Tick
	if !t.log {
		for _, tk := range (plot.DefaultTicks{}).Ticks(lo, hi) {
			if tk.Label != "" {
				tk.Label = groupDigits(strconv.FormatFloat(tk.Value, 'f', -1, 64))
			}
			ts = append(ts, tk)
		}
		return ts
	}
	for e := math.Floor(math.Log10(lo)); e <= math.Ceil(math.Log10(hi)); e++ {
		for _, m := range []float64{1, 2, 5} {
			v := m * math.Pow(10, e)
			if v >= lo && v <= hi {
				ts = append(ts, plot.Tick{Value: v, Label: groupDigits(strconv.FormatFloat(v, 'f', -1, 64))})
			}
		}
	}
	return ts
}

// trimFloat writes x with at most two decimals.
func trimFloat(x float64) string { return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64) }
