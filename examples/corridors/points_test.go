package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/paulmach/orb/geojson"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
	"github.com/corridor-go/corridor/route"
)

// pointReport is the part of the JSON output the point tests read.
type pointReport struct {
	Pairs []struct {
		From, To  string
		FromPoint *struct {
			Lat, Lon float64
			RadiusKm float64 `json:"radius_km"`
		} `json:"from_point"`
		ToPoint *struct {
			Lat, Lon float64
			RadiusKm float64 `json:"radius_km"`
		} `json:"to_point"`
		Ready       time.Time
		Complete    bool
		Itineraries []struct {
			Summary          string
			Modes            []string
			Ready, Delivered time.Time
			Totals           struct {
				Money        struct{ Amount float64 }
				TransitHours float64 `json:"transit_hours"`
				CO2eKg       float64 `json:"co2e_kg"`
				DistanceKm   float64 `json:"distance_km"`
			}
			Legs []pointLeg
		}
	}
}

type pointLeg struct {
	Mode, Service, Operator, From, To string
	Departure, Arrival                time.Time
	Money                             struct{ Amount float64 }
	CO2eKg                            float64 `json:"co2e_kg"`
	DistanceKm                        float64 `json:"distance_km"`
}

// runJSON runs the program with -format json and decodes its report.
func runJSON(t *testing.T, args ...string) pointReport {
	t.Helper()
	code, out, errOut := runArgs(t, append([]string{"-today", today, "-format", "json"}, args...)...)
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, errOut)
	var rep pointReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep), out)
	require.Len(t, rep.Pairs, 1)
	require.True(t, rep.Pairs[0].Complete)
	require.NotEmpty(t, rep.Pairs[0].Itineraries)
	return rep
}

// terminal looks a terminal of the default network up by ID.
func terminal(t *testing.T, id string) *network.Terminal {
	t.Helper()
	term, ok := westchina.Default().Terminal(id)
	require.True(t, ok, "%q is a terminal", id)
	return term
}

func TestPointOrigin(t *testing.T) {
	t.Parallel()
	rep := runJSON(t, "-from", "30.67,104.07", "-radius", "60", "-to", "Duisburg")
	p := rep.Pairs[0]
	assert.Equal(t, "30.67°N 104.07°E", p.From)
	assert.Equal(t, "Duisburg", p.To)
	require.NotNil(t, p.FromPoint)
	assert.Equal(t, 30.67, p.FromPoint.Lat)
	assert.Equal(t, 104.07, p.FromPoint.Lon)
	assert.Equal(t, 60.0, p.FromPoint.RadiusKm)
	assert.Nil(t, p.ToPoint)
	pt := orb.Point{104.07, 30.67}

	var rail bool
	for _, it := range p.Itineraries {
		name := it.Summary
		require.GreaterOrEqual(t, len(it.Legs), 2, name)
		first := it.Legs[0]
		assert.Equal(t, "road", first.Mode, name)
		assert.Equal(t, "first mile trucking", first.Service, name)
		assert.Equal(t, p.From, first.From, "%s: the first mile starts at the point", name)
		term := terminal(t, first.To)
		assert.LessOrEqual(t, geo.Distance(pt, term.Location)/1000, 60.0, "%s: %s is within the radius", name, term.ID)
		assert.Equal(t, first.To, it.Legs[1].From, "%s: the network's route starts where the truck goes", name)
		assert.True(t, strings.HasPrefix(it.Summary, "truck→"+first.To+", "), name)
		assert.NotContains(t, it.Modes, "truck", name)
		assert.True(t, first.Departure.Equal(it.Ready), "%s: the first mile starts when the cargo is ready", name)
		assert.Positive(t, first.DistanceKm, name)
		assert.Positive(t, first.CO2eKg, name)
		// Two trucks (2x40HC) at the library's 1.5 USD per truck-km.
		assert.InDelta(t, 2*1.5*first.DistanceKm, first.Money.Amount, 0.02, name)

		// Handling and border fees are not legs, but every kilometre is
		// in one: the legs, first mile included, add up to the totals.
		var money, co2e, km float64
		for _, l := range it.Legs {
			money += l.Money.Amount
			co2e += l.CO2eKg
			km += l.DistanceKm
		}
		assert.LessOrEqual(t, money, it.Totals.Money.Amount+0.005, name)
		assert.LessOrEqual(t, co2e, it.Totals.CO2eKg+0.005, name)
		assert.InDelta(t, it.Totals.DistanceKm, km, 0.01, name)
		rail = rail || it.Summary == "truck→CNCDU, rail→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg"
	}
	assert.True(t, rail, "the all-rail option via Alashankou, from Chengdu's rail port")
}

func TestPointOriginAddsTheFirstMileToTheTotals(t *testing.T) {
	t.Parallel()
	// All by rail there is one option either way: from the point it is
	// the one from CNCDU with the first mile added, and the first mile's
	// minute is lost in the wait for the train.
	fromTerminal := runJSON(t, "-from", "CNCDU", "-to", "Duisburg", "-modes", "rail").Pairs[0]
	fromPoint := runJSON(t, "-from", "30.67,104.07", "-radius", "60", "-to", "Duisburg", "-modes", "rail").Pairs[0]
	require.Len(t, fromTerminal.Itineraries, 1)
	require.Len(t, fromPoint.Itineraries, 1)
	a, b := fromTerminal.Itineraries[0], fromPoint.Itineraries[0]
	require.Len(t, b.Legs, len(a.Legs)+1)
	mile := b.Legs[0]
	assert.Equal(t, "first mile trucking", mile.Service)
	assert.Equal(t, "CNCDU", mile.To)
	for i, l := range a.Legs {
		assert.Equal(t, l.Service, b.Legs[i+1].Service)
		assert.Equal(t, l.From+"→"+l.To, b.Legs[i+1].From+"→"+b.Legs[i+1].To)
	}
	assert.InDelta(t, a.Totals.Money.Amount+mile.Money.Amount, b.Totals.Money.Amount, 0.001)
	assert.InDelta(t, a.Totals.CO2eKg+mile.CO2eKg, b.Totals.CO2eKg, 0.001)
	assert.InDelta(t, a.Totals.DistanceKm+mile.DistanceKm, b.Totals.DistanceKm, 0.001)
	assert.Equal(t, a.Totals.TransitHours, b.Totals.TransitHours)
	assert.True(t, a.Delivered.Equal(b.Delivered))
	assert.Equal(t, "rail CNCDU→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg", a.Summary)
	assert.Equal(t, "truck→CNCDU, rail→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg", b.Summary)
}

func TestPointDestination(t *testing.T) {
	t.Parallel()
	// A warehouse in Duisburg's west, given the way map sites copy it.
	rep := runJSON(t, "-from", "Chongqing", "-to", "51.43, 6.70", "-radius", "40")
	p := rep.Pairs[0]
	assert.Equal(t, "51.43°N 6.7°E", p.To)
	assert.Nil(t, p.FromPoint)
	require.NotNil(t, p.ToPoint)
	assert.Equal(t, 6.7, p.ToPoint.Lon)
	for _, it := range p.Itineraries {
		name := it.Summary
		last := it.Legs[len(it.Legs)-1]
		assert.Equal(t, "road", last.Mode, name)
		assert.Equal(t, "last mile trucking", last.Service, name)
		assert.Equal(t, p.To, last.To, name)
		assert.Equal(t, it.Legs[len(it.Legs)-2].To, last.From, name)
		term := terminal(t, last.From)
		assert.LessOrEqual(t, geo.Distance(orb.Point{6.7, 51.43}, term.Location)/1000, 40.0, name)
		assert.True(t, last.Arrival.Equal(it.Delivered), "%s: delivered when the last mile ends", name)
		assert.True(t, strings.HasSuffix(it.Summary, ", truck→51.43°N 6.7°E"), name)
		assert.NotEqual(t, "truck", strings.Fields(it.Summary)[0], name)
	}

	// The table shows the point in the title and the summaries, aligned.
	code, out, errOut := runArgs(t, "-today", today, "-from", "Chongqing", "-to", "51.43,6.70", "-radius", "40")
	require.Equal(t, exitOK, code, errOut)
	rows := tableSections(out)["Chongqing → 51.43°N 6.7°E"]
	require.GreaterOrEqual(t, len(rows), 2, out)
	assertAligned(t, "Chongqing → 51.43°N 6.7°E", rows)
	assert.Contains(t, out, "rail CNCQI→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg, truck→51.43°N 6.7°E")
}

func TestPointReadyDate(t *testing.T) {
	t.Parallel()
	// -ready as a date is 09:00 in the zone of the terminal nearest the
	// point: Bangkok's, seven hours ahead of UTC.
	rep := runJSON(t, "-from", "13.9,100.9", "-radius", "80", "-to", "Kunming", "-ready", "2026-11-23")
	assert.Equal(t, "2026-11-23T02:00:00Z", rep.Pairs[0].Ready.Format(time.RFC3339))
}

func TestPointErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"three numbers", []string{"-from", "30.67,104.07,500", "-to", "Duisburg"}, exitUsage, `-from "30.67,104.07,500": want a point as latitude,longitude in decimal degrees, e.g. 30.67,104.07 (3 numbers given)`},
		{"one number", []string{"-from", "30.67", "-to", "Duisburg"}, exitUsage, "(1 number given)"},
		{"longitude first", []string{"-from", "104.07,30.67", "-to", "Duisburg"}, exitUsage, "latitude 104.07 is outside -90 to 90; latitude comes first: did you mean 30.67,104.07?"},
		{"latitude out of range", []string{"-from", "Chengdu", "-to", "-95,10"}, exitUsage, `-to "-95,10": latitude -95 is outside -90 to 90`},
		{"longitude out of range", []string{"-from", "30.67,190", "-to", "Duisburg"}, exitUsage, "longitude 190 is outside -180 to 180"},
		{"NaN", []string{"-from", "NaN,104.07", "-to", "Duisburg"}, exitUsage, `latitude "NaN" is not a finite number`},
		{"infinite", []string{"-from", "30.67,-Inf", "-to", "Duisburg"}, exitUsage, `longitude "-Inf" is not a finite number`},
		{"not a number", []string{"-from", "30.67,104.07E", "-to", "Duisburg"}, exitUsage, `longitude "104.07E" is not a decimal number`},
		{"decimal commas", []string{"-from", "30,67,104,07", "-to", "Duisburg"}, exitUsage, "(4 numbers given)"},
		{"zero radius", []string{"-from", "30.67,104.07", "-to", "Duisburg", "-radius", "0"}, exitUsage, "-radius 0: want a positive number of kilometres"},
		{"negative radius", []string{"-from", "30.67,104.07", "-to", "Duisburg", "-radius", "-60"}, exitUsage, "-radius -60: want a positive number"},
		{"NaN radius", []string{"-from", "30.67,104.07", "-to", "Duisburg", "-radius", "NaN"}, exitUsage, "-radius NaN: want a positive number"},
		{"infinite radius", []string{"-from", "30.67,104.07", "-to", "Duisburg", "-radius", "+Inf"}, exitUsage, "-radius +Inf: want a positive number"},
		{"radius without a point", []string{"-from", "Chengdu", "-to", "Duisburg", "-radius", "60"}, exitUsage, "-radius applies to a point -from or -to"},
		{"radius with the flagship pairs", []string{"-radius", "60"}, exitUsage, "-radius applies to a point -from or -to"},
		{"no terminal within the radius", []string{"-from", "30.67,104.07", "-to", "Duisburg", "-radius", "0.1"}, exitUsage,
			`-from "30.67,104.07": no terminal for trucking within -radius 0.1 km (the nearest, CNCDU Chengdu, is 1 km away)`},
		{"in the Pacific", []string{"-from", "Chengdu", "-to", "0,-150"}, exitUsage, `-to "0,-150": no terminal for trucking within -radius 300 km (the nearest`},
		{"swapped, both in range", []string{"-from", "6.76,51.43", "-to", "Chengdu"}, exitUsage, "no terminal for trucking within -radius 300 km (the nearest, AZALA Port of Baku, is 3701 km away); latitude comes first: did you mean 51.43,6.76?"},
		{"south and west", []string{"-from", "-33.87,151.21", "-to", "Duisburg"}, exitUsage, `-from "-33.87,151.21": no terminal for trucking within -radius 300 km`},
		{"neither point nor terminal", []string{"-from", "Atlantis", "-to", "Duisburg"}, exitUsage, `-from "Atlantis": unknown terminal (want a terminal ID such as CNCQI, a place such as Chongqing, or a point latitude,longitude such as 30.67,104.07)`},
		{"point on the destination", []string{"-today", today, "-from", "30.67,104.07", "-to", "Chengdu"}, exitUsage,
			"30.67°N 104.07°E → Chengdu: route: invalid query: origin 30.67°N 104.07°E and destination Chengdu share terminal CNCDU"},
		{"no mode from the point", []string{"-today", today, "-from", "30.67,104.07", "-radius", "5", "-to", "Duisburg", "-modes", "air"}, exitFail,
			"no route from 30.67°N 104.07°E to Duisburg"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			errOut := assertOneLineError(t, tc.code, tc.msg, tc.args...)
			assert.NotContains(t, errOut, "(104.07, 30.67)", "points are named latitude first")
		})
	}
}

func TestPointFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	// From a factory north-east of Kunming to one east of Bangkok.
	code, out, errOut := runArgs(t, "-today", today, "-from", "25.2,102.9", "-to", "13.9,100.9", "-radius", "80", "-format", "json", "-out", dir)
	require.Equal(t, exitOK, code, errOut)
	var rep pointReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Pairs, 1)
	legs := 0
	for _, it := range rep.Pairs[0].Itineraries {
		legs += len(it.Legs)
		assert.Equal(t, "first mile trucking", it.Legs[0].Service)
		assert.Equal(t, "last mile trucking", it.Legs[len(it.Legs)-1].Service)
	}
	require.Positive(t, legs)

	base := filepath.Join(dir, "25-2-n-102-9-e-13-9-n-100-9-e")
	b, err := os.ReadFile(base + ".geojson")
	require.NoError(t, err)
	fc, err := geojson.UnmarshalFeatureCollection(b)
	require.NoError(t, err)
	require.Len(t, fc.Features, legs+2, "a Point for each end, a LineString for each leg and mile")
	from, to := orb.Point{102.9, 25.2}, orb.Point{100.9, 13.9}
	for i, want := range []struct {
		role string
		at   orb.Point
	}{{"origin", from}, {"destination", to}} {
		f := fc.Features[i]
		assert.Equal(t, want.at, f.Geometry, "RFC 7946 order: longitude, latitude")
		assert.Equal(t, want.role, f.Properties.MustString("role"))
		assert.Equal(t, pointName(want.at), f.Properties.MustString("name"))
		assert.Equal(t, 80.0, f.Properties.MustFloat64("radius_km"))
	}
	var first, last int
	for _, f := range fc.Features[2:] {
		ls, ok := f.Geometry.(orb.LineString)
		require.True(t, ok, "%T", f.Geometry)
		require.Len(t, ls, 2)
		for _, key := range []string{"itinerary", "leg", "mode", "service", "operator", "from", "from_name", "to", "to_name", "departure", "arrival", "money", "currency", "co2e_kg"} {
			assert.Contains(t, f.Properties, key)
		}
		switch f.Properties.MustString("service") {
		case "first mile trucking":
			first++
			assert.Equal(t, from, ls[0])
			assert.Equal(t, "25.2°N 102.9°E", f.Properties.MustString("from"))
			assert.Equal(t, terminal(t, f.Properties.MustString("to")).Location, ls[1])
			assert.Equal(t, 1, f.Properties.MustInt("leg"))
		case "last mile trucking":
			last++
			assert.Equal(t, terminal(t, f.Properties.MustString("from")).Location, ls[0])
			assert.Equal(t, to, ls[1])
			assert.Equal(t, "13.9°N 100.9°E", f.Properties.MustString("to_name"))
		default:
			assert.Equal(t, terminal(t, f.Properties.MustString("from")).Location, ls[0])
		}
		if strings.HasSuffix(f.Properties.MustString("service"), "mile trucking") {
			assert.Equal(t, "road", f.Properties.MustString("mode"))
		}
	}
	assert.Equal(t, len(rep.Pairs[0].Itineraries), first)
	assert.Equal(t, len(rep.Pairs[0].Itineraries), last)

	for _, name := range []string{"-map.svg", "-map.png", "-front.png"} {
		st, err := os.Stat(base + name)
		require.NoError(t, err)
		assert.Positive(t, st.Size(), name)
	}
	svg, err := os.ReadFile(base + "-map.svg")
	require.NoError(t, err)
	assert.Contains(t, string(svg), "25.2°N 102.9°E", "the origin point is labelled")
	assert.Contains(t, string(svg), "truck, first or last mile", "the legend names the trucking")
}

func TestParsePoint(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want orb.Point
	}{
		{"30.67,104.07", orb.Point{104.07, 30.67}},
		{" 30.67 , 104.07 ", orb.Point{104.07, 30.67}},
		{"-33.87,151.21", orb.Point{151.21, -33.87}},
		{"+51.43,-0.5", orb.Point{-0.5, 51.43}},
		{"90,180", orb.Point{180, 90}},
	} {
		got, err := parsePoint(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.True(t, looksLikePoint(tc.in), tc.in)
	}
	for _, s := range []string{"Chengdu", "CNCQI-GUOYUAN", "Xi'an", "Ho Chi Minh City", ""} {
		assert.False(t, looksLikePoint(s), s)
	}
	for _, s := range []string{"NaN,1", "inf,2", "1", ".5,3"} {
		assert.True(t, looksLikePoint(s), s)
	}
	assert.Equal(t, "33.87°S 151.21°E", pointName(orb.Point{151.21, -33.87}))
	assert.Equal(t, "51.5°N 0.12°W", pointName(orb.Point{-0.12, 51.5}))
	assert.Equal(t, "0°N 0°E", pointName(orb.Point{math.Copysign(0, -1), 0}))
	assert.Equal(t, "30.67,104.07", pointText(orb.Point{104.07, 30.67}))
	assert.Equal(t, "30-67-n-104-07-e-duisburg", slug(pair{pointName(orb.Point{104.07, 30.67}), "Duisburg"}))
}

func TestSummaryWithMiles(t *testing.T) {
	from := newPointPlace(orb.Point{104.1, 30.9}).Term
	to := newPointPlace(orb.Point{6.7, 51.43}).Term
	legs := []legView{
		{Mile: route.FirstMile, Mode: network.Road, From: from, To: terminal(t, "CNCDU")},
		{Mode: network.Road, From: terminal(t, "CNCDU"), To: terminal(t, "CNCQI")},
		{Mode: network.Rail, From: terminal(t, "CNCQI"), To: terminal(t, "CNQZH")},
		{Mode: network.Road, From: terminal(t, "CNQZH"), To: terminal(t, "CNNHN")},
		{Mile: route.LastMile, Mode: network.Road, From: terminal(t, "CNNHN"), To: to},
	}
	// The miles are runs of their own, never merged with road legs.
	assert.Equal(t, "truck→CNCDU, road→Chongqing, rail→Qinzhou, road→Wuhan, truck→51.43°N 6.7°E", summary(legs))
	var ids []string
	for _, st := range summaryStops(legs) {
		ids = append(ids, st.ID)
	}
	assert.Equal(t, []string{"30.9°N 104.1°E", "CNCDU", "CNCQI", "CNQZH", "CNNHN", "51.43°N 6.7°E"}, ids)
}
