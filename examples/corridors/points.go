package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/route"
)

// A -from or -to may be a point instead of a terminal: latitude, then
// longitude, in decimal degrees, as map sites copy them ("30.67,104.07" or
// "30.67, 104.07"). The planner trucks from it to every terminal within
// -radius (the first mile) or from them to it (the last mile).
//
// Inside the program a point is named "30.67°N 104.07°E": that name, which
// no terminal alias can take, is the pair's From or To, and the request
// maps it back to the point.

// looksLikePoint reports whether s is meant as coordinates rather than a
// terminal name: it starts like a number, or it is numbers (NaN and Inf
// included) separated by commas. No terminal ID, LOCODE or alias of the
// network does either.
func looksLikePoint(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if c := s[0]; c == '+' || c == '-' || c == '.' || ('0' <= c && c <= '9') {
		return true
	}
	if !strings.Contains(s, ",") {
		return false
	}
	for part := range strings.SplitSeq(s, ",") {
		if _, err := strconv.ParseFloat(strings.TrimSpace(part), 64); err != nil {
			return false
		}
	}
	return true
}

// parsePoint reads "lat,lon" in decimal degrees into an orb.Point, which
// holds longitude first. The error says what is wrong without the flag's
// name.
func parsePoint(s string) (orb.Point, error) {
	parts := strings.Split(strings.TrimSpace(s), ",")
	if len(parts) != 2 {
		return orb.Point{}, fmt.Errorf("want a point as latitude,longitude in decimal degrees, e.g. 30.67,104.07 (%d number%s given)", len(parts), plural(len(parts)))
	}
	var v [2]float64
	for i, what := range []string{"latitude", "longitude"} {
		p := strings.TrimSpace(parts[i])
		x, err := strconv.ParseFloat(p, 64)
		if err != nil {
			return orb.Point{}, fmt.Errorf("%s %q is not a decimal number (want latitude,longitude, e.g. 30.67,104.07)", what, p)
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return orb.Point{}, fmt.Errorf("%s %q is not a finite number", what, p)
		}
		v[i] = x
	}
	lat, lon := v[0], v[1]
	if lat < -90 || lat > 90 {
		if lon >= -90 && lon <= 90 && lat >= -180 && lat <= 180 {
			return orb.Point{}, fmt.Errorf("latitude %v is outside -90 to 90; latitude comes first: did you mean %s?", lat, pointText(orb.Point{lat, lon}))
		}
		return orb.Point{}, fmt.Errorf("latitude %v is outside -90 to 90", lat)
	}
	if lon < -180 || lon > 180 {
		return orb.Point{}, fmt.Errorf("longitude %v is outside -180 to 180", lon)
	}
	return orb.Point{lon, lat}, nil
}

// pointText writes p as the flags take it: "30.67,104.07".
func pointText(p orb.Point) string { return degrees(p.Lat()) + "," + degrees(p.Lon()) }

// pointName names p for people: "30.67°N 104.07°E".
func pointName(p orb.Point) string {
	ns, ew := "N", "E"
	if p.Lat() < 0 {
		ns = "S"
	}
	if p.Lon() < 0 {
		ew = "W"
	}
	return degrees(math.Abs(p.Lat())) + "°" + ns + " " + degrees(math.Abs(p.Lon())) + "°" + ew
}

// degrees writes x with at most six decimals (about 10 cm), no trailing
// zeros and no "-0".
func degrees(x float64) string {
	return strconv.FormatFloat(math.Round(x*1e6)/1e6+0, 'f', -1, 64)
}

// pointPlace is a -from or -to given as a point: the point and the
// stand-in terminal that the views of an itinerary use for the point end
// of its first or last mile. The stand-in is no terminal of the network
// (its Kind is zero and its ID is the point's name); it lets the table,
// JSON, GeoJSON and map treat mile steps like legs.
type pointPlace struct {
	Point orb.Point
	Term  *network.Terminal
}

func newPointPlace(p orb.Point) *pointPlace {
	name := pointName(p)
	return &pointPlace{Point: p, Term: &network.Terminal{ID: name, Name: name, Location: p}}
}

// place is the route.Place a pair's From or To stands for.
func (r *request) place(name string) route.Place {
	if pp := r.points[name]; pp != nil {
		return route.Near(pp.Point, r.radiusKm)
	}
	return route.At(name)
}

// isPoint reports whether t is the stand-in of a point place.
func (r *request) isPoint(t *network.Terminal) bool {
	pp := r.points[t.ID]
	return pp != nil && pp.Term == t
}

// resolvePlace checks a -from or -to against the network: a terminal ID or
// alias is kept as given; a point is parsed and must have a terminal
// within the radius. It returns the name the pair uses.
func (r *request) resolvePlace(flagName, s string) (string, error) {
	if len(r.net.Place(s)) > 0 {
		return s, nil
	}
	if !looksLikePoint(s) {
		return "", fmt.Errorf("%s %q: unknown terminal (want a terminal ID such as CNCQI, a place such as Chongqing, or a point latitude,longitude such as 30.67,104.07)", flagName, s)
	}
	p, err := parsePoint(s)
	if err != nil {
		return "", fmt.Errorf("%s %q: %v", flagName, s, err)
	}
	if _, err := r.planner.PointTerminals(route.Near(p, r.radiusKm)); err != nil {
		msg := fmt.Sprintf("%s %q: no terminal for trucking within -radius %v km", flagName, s, r.radiusKm)
		// Half the equator: the nearest terminal for trucking, however far.
		if nb, err := r.planner.PointTerminals(route.Near(p, 20_038)); err == nil {
			msg += fmt.Sprintf(" (the nearest, %s %s, is %.0f km away)", nb[0].Terminal.ID, shortName(nb[0].Terminal), math.Ceil(nb[0].Km))
		}
		swapped := orb.Point{p.Lat(), p.Lon()}
		if _, err := r.planner.PointTerminals(route.Near(swapped, r.radiusKm)); network.ValidPoint(swapped) && err == nil {
			msg += fmt.Sprintf("; latitude comes first: did you mean %s?", pointText(swapped))
		}
		return "", errors.New(msg)
	}
	pp := newPointPlace(p)
	if r.points == nil {
		r.points = map[string]*pointPlace{}
	}
	r.points[pp.Term.ID] = pp
	return pp.Term.ID, nil
}

// zoneOf is the time zone of a pair's origin: of the first terminal a name
// stands for, or of the terminal nearest a point; UTC when unknown.
func (r *request) zoneOf(name string) *time.Location {
	ts := r.net.Place(name)
	if pp := r.points[name]; pp != nil {
		ts = nil
		if nb := r.net.Nearest(nil, pp.Point, 1, 0); len(nb) > 0 {
			ts = []int32{int32(nb[0].Index)}
		}
	}
	if len(ts) > 0 {
		if loc := r.net.Location(int(ts[0])); loc != nil {
			return loc
		}
	}
	return time.UTC
}

// pointError is a planner's error with the points named as this program
// names them: the planner writes a point as "(lon, lat)", which reads the
// wrong way round next to -from lat,lon.
type pointError struct {
	msg string
	err error
}

func (e *pointError) Error() string { return e.msg }
func (e *pointError) Unwrap() error { return e.err }

// renamePoints rewrites the planner's names of a query's point places in
// err's message; errors.Is and errors.As still see err.
func renamePoints(err error, q *route.Query) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, pl := range []route.Place{q.From, q.To} {
		if pl.Name == "" && pl.Point != nil {
			msg = strings.ReplaceAll(msg, pl.String(), pointName(*pl.Point))
		}
	}
	if msg == err.Error() {
		return err
	}
	return &pointError{msg: msg, err: err}
}
