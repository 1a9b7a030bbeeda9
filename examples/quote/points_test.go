package main

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/route"
)

// checkOption asserts what every option must satisfy, points or not: the
// steps add up to the totals (money exactly, the rest to rounding), the
// lines to their steps, and with a ready time the steps are timed door to
// door.
func checkOption(t *testing.T, resp *QuoteResponse, o *Option) {
	t.Helper()
	cur := resp.Currency
	total, co2, hours, km := money(t, "0 "+cur), 0.0, 0.0, 0.0
	if o.Totals.ValueOfTime != "" {
		total = money(t, o.Totals.ValueOfTime+" "+cur)
	}
	for _, st := range o.Steps {
		total = add(t, total, money(t, st.Money+" "+cur))
		co2 += st.CO2eKg
		hours += st.Hours
		km += st.DistanceKm
		if len(st.Lines) > 0 {
			lines := money(t, "0 "+cur)
			for _, l := range st.Lines {
				lines = add(t, lines, money(t, l.Quote+" "+cur))
			}
			assert.Equal(t, st.Money, moneyString(lines, "EUR"), "lines of a %s step", st.Kind)
		}
		switch st.Kind {
		case "leg", "first mile", "last mile":
			require.NotNil(t, st.From, st.Kind)
			require.NotNil(t, st.To, st.Kind)
			assert.NotEmpty(t, st.Mode, st.Kind)
		default:
			assert.NotNil(t, st.From, st.Kind)
		}
	}
	assert.Equal(t, o.Totals.Money, moneyString(total, "EUR"), "option %d: money", o.Index)
	assert.InDelta(t, o.Totals.CO2eKg, co2, 0.1*float64(len(o.Steps))+0.1, "option %d: CO2e", o.Index)
	assert.InDelta(t, o.Totals.TransitDays*24, hours, 0.01*float64(len(o.Steps))+0.24, "option %d: hours", o.Index)
	assert.InDelta(t, o.Totals.DistanceKm, km, 0.5*float64(len(o.Steps))+0.5, "option %d: km", o.Index)
	if resp.Ready != nil {
		require.NotNil(t, o.Departure)
		first, last := o.Steps[0], o.Steps[len(o.Steps)-1]
		require.NotNil(t, first.Start, "a %s step is timed", first.Kind)
		require.NotNil(t, last.End, "a %s step is timed", last.Kind)
		assert.True(t, first.Start.Equal(*resp.Ready), "the first step starts when the cargo is ready")
		assert.True(t, last.End.Equal(*o.Delivery))
		assert.Equal(t, time.Duration(o.Vector[1])*time.Minute, o.Delivery.Sub(*o.Departure), "transit is door to door")
		for i := 1; i < len(o.Steps); i++ {
			assert.True(t, o.Steps[i].Start.Equal(*o.Steps[i-1].End), "step %d starts when step %d ends", i, i-1)
		}
	}
}

// checkMile asserts a first or last mile step: road trucking between the
// point and a terminal within the radius, priced, timed and emitting.
func checkMile(t *testing.T, st Step, kind string, pt *PointInfo) {
	t.Helper()
	require.Equal(t, kind, st.Kind)
	assert.Equal(t, "road", st.Mode)
	assert.Equal(t, kind+" trucking", st.Service)
	point, term := st.From, st.To
	if kind == "last mile" {
		point, term = st.To, st.From
	}
	require.NotNil(t, point)
	require.NotNil(t, term)
	assert.Equal(t, Place{Name: pt.Name, Lon: pt.Lon, Lat: pt.Lat, Point: true}, *point)
	assert.False(t, term.Point)
	assert.NotEmpty(t, term.ID)
	assert.Contains(t, pt.Terminals, term.ID)
	km := geo.Distance(orb.Point{pt.Lon, pt.Lat}, orb.Point{term.Lon, term.Lat}) / 1000
	assert.LessOrEqual(t, km, pt.RadiusKm, "%s is within the radius", term.ID)
	assert.Positive(t, money(t, st.Money+" USD").Minor, "trucking costs money")
	assert.Positive(t, st.Hours)
	assert.Positive(t, st.CO2eKg)
	require.Len(t, st.Lines, 1)
	assert.Contains(t, st.Lines[0].Name, "trucking at the default rate (estimate)")
	assert.Equal(t, st.Money, st.Lines[0].Quote, "the line is the step's charge")
}

// A point origin near Chengdu: the first mile trucks to a Chengdu terminal
// within 60 km, and the quote goes on as from Chengdu.
func TestQuotePointOrigin(t *testing.T) {
	s := newTestServer(t)
	for _, dest := range []string{"Duisburg", "Lodz"} {
		t.Run(dest, func(t *testing.T) {
			rec := postQuote(t, s, `{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": 60}, "destination": "`+dest+`",
				"ready": "2026-03-02T09:00:00+08:00", "containers": "2x40HC", "currency": "EUR"}`)
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			resp := decode[QuoteResponse](t, rec)
			assert.Empty(t, resp.Origin)
			assert.Equal(t, dest, resp.Destination)
			assert.Nil(t, resp.DestinationPoint)
			require.NotNil(t, resp.OriginPoint)
			pt := resp.OriginPoint
			assert.Equal(t, PointInfo{Lon: 104.07, Lat: 30.67, RadiusKm: 60, Name: "30.67° N, 104.07° E",
				Terminals: []string{"CNCDU", "CNCTU", "CNCDU-TFU"}}, *pt, "the terminals within 60 km, nearest first")
			require.NotEmpty(t, resp.Options)
			for i := range resp.Options {
				o := &resp.Options[i]
				checkOption(t, &resp, o)
				checkMile(t, o.Steps[0], "first mile", pt)
				assert.NotEqual(t, "last mile", o.Steps[len(o.Steps)-1].Kind)
				assert.Equal(t, "road", o.Modes[0], "the first mile is trucked")
				assert.True(t, strings.HasPrefix(o.Summary, pt.Name+" → "+o.Steps[0].To.ID+" → "), o.Summary)
				for _, st := range o.Steps[1:] {
					assert.NotEqual(t, "first mile", st.Kind, "one first mile")
				}
			}
		})
	}
}

// A point destination near Łódź, with the default radius: the last mile
// trucks from a terminal within 300 km.
func TestQuotePointDestination(t *testing.T) {
	s := newTestServer(t)
	rec := postQuote(t, s, `{"origin": "Chongqing", "destination_point": {"lon": 19.46, "lat": 51.76},
		"ready": "2026-03-02T09:00:00+08:00", "containers": "1x40HC", "currency": "USD"}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	resp := decode[QuoteResponse](t, rec)
	assert.Equal(t, "Chongqing", resp.Origin)
	assert.Empty(t, resp.Destination)
	require.NotNil(t, resp.DestinationPoint)
	pt := resp.DestinationPoint
	assert.Equal(t, float64(route.DefaultRadiusKm), pt.RadiusKm, "the default radius")
	assert.Equal(t, "PLLOD", pt.Terminals[0], "Łódź is nearest")
	require.NotEmpty(t, resp.Options)
	for i := range resp.Options {
		o := &resp.Options[i]
		checkOption(t, &resp, o)
		assert.NotEqual(t, "first mile", o.Steps[0].Kind)
		last := o.Steps[len(o.Steps)-1]
		checkMile(t, last, "last mile", pt)
		assert.Equal(t, "road", o.Modes[len(o.Modes)-1])
		assert.True(t, strings.HasSuffix(o.Summary, " → "+last.From.ID+" → "+pt.Name), o.Summary)
	}
}

// Both ends points, no ready time: two miles, durations only. Loose cargo
// goes by air (one truck for 2.5 t), boxes by rail or sea.
func TestQuotePointToPoint(t *testing.T) {
	s := newTestServer(t)
	for _, tc := range []struct{ name, body string }{
		{"containers", `{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": 60},
			"destination_point": {"lon": 6.8, "lat": 51.4, "radius_km": 50.5}, "containers": "1x20GP", "currency": "CNY"}`},
		{"loose cargo", `{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": 60},
			"destination_point": {"lon": 8.6, "lat": 50.1, "radius_km": 40}, "tonnes": 2.5, "volume_m3": 12}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := postQuote(t, s, tc.body)
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			resp := decode[QuoteResponse](t, rec)
			require.NotNil(t, resp.OriginPoint)
			require.NotNil(t, resp.DestinationPoint)
			assert.Empty(t, resp.Origin+resp.Destination)
			require.NotEmpty(t, resp.Options)
			for i := range resp.Options {
				o := &resp.Options[i]
				checkOption(t, &resp, o)
				checkMile(t, o.Steps[0], "first mile", resp.OriginPoint)
				checkMile(t, o.Steps[len(o.Steps)-1], "last mile", resp.DestinationPoint)
				assert.Nil(t, o.Delivery, "no ready time, no dates")
				assert.Nil(t, o.Steps[0].Start)
			}
		})
	}
}

// A search that runs out of labels still answers with the point echoed and
// the options it proved, each with its first mile.
func TestQuotePointIncomplete(t *testing.T) {
	s := newTestServer(t, func(c *Config) { c.MaxLabels = 20 })
	rec := postQuote(t, s, `{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": 60}, "destination": "Duisburg",
		"ready": "2026-03-02T09:00:00+08:00", "containers": "1x40HC"}`)
	require.Equal(t, http.StatusServiceUnavailable, rec.Code, rec.Body.String())
	resp := decode[QuoteResponse](t, rec)
	assert.False(t, resp.Complete)
	require.NotNil(t, resp.OriginPoint)
	for i := range resp.Options {
		checkMile(t, resp.Options[i].Steps[0], "first mile", resp.OriginPoint)
	}
}

func TestQuotePointErrors(t *testing.T) {
	s := newTestServer(t)
	const (
		chengdu = `{"lon": 104.07, "lat": 30.67, "radius_km": 60}`
		rest    = `"containers": "1x40HC"`
	)
	for _, tc := range []struct {
		name, body     string
		field, message string
	}{
		{"origin and origin_point", `{"origin": "Chengdu", "origin_point": ` + chengdu + `, "destination": "Duisburg", ` + rest + `}`,
			"origin", "origin or origin_point, not both"},
		{"destination and destination_point", `{"origin": "Chengdu", "destination": "Duisburg", "destination_point": {"lon": 6.8, "lat": 51.4}, ` + rest + `}`,
			"destination", "not both"},
		{"no origin", `{"destination": "Duisburg", ` + rest + `}`, "origin", "or origin_point"},
		{"no destination", `{"origin_point": ` + chengdu + `, ` + rest + `}`, "destination", "or destination_point"},
		{"blank origin, null point", `{"origin": " ", "origin_point": null, "destination": "Duisburg", ` + rest + `}`, "origin", "required"},
		{"no lon", `{"origin_point": {"lat": 30.67}, "destination": "Duisburg", ` + rest + `}`, "origin_point.lon", "required: a longitude"},
		{"no lat", `{"origin": "Chengdu", "destination_point": {"lon": 6.8}, ` + rest + `}`, "destination_point.lat", "required: a latitude"},
		{"lat over 90", `{"origin_point": {"lon": 104.07, "lat": 91}, "destination": "Duisburg", ` + rest + `}`, "origin_point.lat", "91 is not a latitude"},
		{"lat under -90", `{"origin_point": {"lon": 104.07, "lat": -90.5}, "destination": "Duisburg", ` + rest + `}`, "origin_point.lat", "-90.5 is not a latitude"},
		{"lon over 180", `{"origin": "Chengdu", "destination_point": {"lon": 186.8, "lat": 51.4}, ` + rest + `}`, "destination_point.lon", "186.8 is not a longitude"},
		{"lon under -180", `{"origin_point": {"lon": -181, "lat": 0}, "destination": "Duisburg", ` + rest + `}`, "origin_point.lon", "not a longitude"},
		{"zero radius", `{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": 0}, "destination": "Duisburg", ` + rest + `}`, "origin_point.radius_km", "0 is not a radius"},
		{"negative radius", `{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": -5}, "destination": "Duisburg", ` + rest + `}`, "origin_point.radius_km", "more than 0"},
		{"huge radius", `{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": 5000}, "destination": "Duisburg", ` + rest + `}`, "origin_point.radius_km", "at most 1000"},
		{"lat a string", `{"origin_point": {"lon": 104.07, "lat": "30.67"}, "destination": "Duisburg", ` + rest + `}`, "origin_point.lat", "want a number"},
		{"NaN as a string", `{"origin_point": {"lon": "NaN", "lat": 30.67}, "destination": "Duisburg", ` + rest + `}`, "origin_point.lon", "want a number"},
		{"radius a string", `{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": "60 km"}, "destination": "Duisburg", ` + rest + `}`, "origin_point.radius_km", "want a number"},
		{"lat out of float range", `{"origin_point": {"lon": 104.07, "lat": 1e400}, "destination": "Duisburg", ` + rest + `}`, "origin_point.lat", "1e400 is out of range"},
		{"NaN literal", `{"origin_point": {"lon": NaN, "lat": 30.67}, "destination": "Duisburg", ` + rest + `}`, "", "malformed JSON"},
		{"point as a string", `{"origin_point": "30.67, 104.07", "destination": "Duisburg", ` + rest + `}`, "origin_point", "want an object"},
		{"point as a list", `{"origin_point": [104.07, 30.67], "destination": "Duisburg", ` + rest + `}`, "origin_point", "want an object"},
		{"unknown point field", `{"origin_point": {"lng": 104.07, "lat": 30.67}, "destination": "Duisburg", ` + rest + `}`, "lng", "unknown field"},
		{"no terminal within the radius", `{"origin_point": {"lon": 0, "lat": 0, "radius_km": 100}, "destination": "Duisburg", ` + rest + `}`,
			"origin_point", "no terminal for trucking within 100 km of 0° N, 0° E; the nearest is"},
		{"radius too small", `{"origin": "Chongqing", "destination_point": {"lon": 6.8, "lat": 51.4, "radius_km": 1}, ` + rest + `}`,
			"destination_point", "the nearest is DEDUI"},
		{"lon and lat swapped", `{"origin_point": {"lon": 30.67, "lat": 104.07}, "destination": "Duisburg", ` + rest + `}`,
			"origin_point.lat", "104.07 is not a latitude"},
		{"lon and lat swapped, both in range", `{"origin": "Chongqing", "destination_point": {"lon": 51.4, "lat": 6.8}, ` + rest + `}`,
			"destination_point", "are lon and lat swapped?"},
		{"the point shares the origin's terminal", `{"origin": "Chengdu", "destination_point": ` + chengdu + `, ` + rest + `}`,
			"destination_point", "share terminal CNCDU"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := postQuote(t, s, tc.body)
			require.Equal(t, http.StatusBadRequest, rec.Code, rec.Body.String())
			resp := decode[ErrorResponse](t, rec)
			assert.Equal(t, tc.field, resp.Error.Field)
			assert.Contains(t, resp.Error.Message, tc.message)
		})
	}
}

// The planner's own errors about a point origin or destination name the
// point's field.
func TestPointField(t *testing.T) {
	pt := &PointRequest{}
	for _, tc := range []struct {
		req        QuoteRequest
		field, out string
	}{
		{QuoteRequest{Origin: "A", Destination: "B"}, "origin", "origin"},
		{QuoteRequest{OriginPoint: pt, Destination: "B"}, "origin", "origin_point"},
		{QuoteRequest{OriginPoint: pt, Destination: "B"}, "destination", "destination"},
		{QuoteRequest{Origin: "A", DestinationPoint: pt}, "destination", "destination_point"},
		{QuoteRequest{Origin: "A", DestinationPoint: pt}, "destination.x", "destination_point.x"},
		{QuoteRequest{OriginPoint: pt, DestinationPoint: pt}, "originality", "originality"},
		{QuoteRequest{OriginPoint: pt, DestinationPoint: pt}, "constraints.via[0]", "constraints.via[0]"},
		{QuoteRequest{OriginPoint: pt}, "", ""},
	} {
		assert.Equal(t, tc.out, pointField(&tc.req, tc.field), "%s", tc.field)
	}
	// No terminal within the radius, as the planner words it.
	e := planError(&route.QueryError{Field: "From", Err: route.ErrUnknownPlace})
	assert.Equal(t, 400, e.status)
	assert.Equal(t, "origin_point", pointField(&QuoteRequest{OriginPoint: pt}, e.body.Field))
}

func TestPointName(t *testing.T) {
	for p, want := range map[orb.Point]string{
		{104.07, 30.67}:        "30.67° N, 104.07° E",
		{-74.006, 40.7128}:     "40.7128° N, 74.006° W",
		{151.2093, -33.8688}:   "33.8688° S, 151.2093° E",
		{0, 0}:                 "0° N, 0° E",
		{1.23456789, 2.000001}: "2° N, 1.23457° E",
	} {
		assert.Equal(t, want, pointName(p))
	}
}
