package main

import (
	"context"
	"strings"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/route"
)

// front is the answer for one pair: its Pareto-optimal options in the
// planner's order, or the error that stopped it.
type front struct {
	Pair    pair
	Ready   time.Time
	Result  *route.Result
	Options []option
	Err     error
}

// option is one itinerary as this program shows it: a summary, times in
// the origin's and destination's zones, totals and legs.
type option struct {
	Number    int // 1-based, in the front's order
	Summary   string
	Modes     []network.Mode // of the network legs in order, repeats removed
	Ready     time.Time
	Delivered time.Time
	Total     route.Totals
	// Legs are the network's legs and the first and last mile, if any.
	Legs []legView
}

// legView is one leg with its times and its share of money and CO2e: a leg
// of the network, or the trucking between a point place and a terminal
// (Mile is route.FirstMile or route.LastMile, Mode network.Road, and the
// point end a stand-in terminal, see pointPlace).
type legView struct {
	Mile               route.StepKind // zero for a network leg
	Mode               network.Mode
	Service, Operator  string
	From, To           *network.Terminal
	Departure, Arrival time.Time
	Money              cost.Money
	CO2eGrams          int64
	DistanceM          int64
}

// plan runs the query of every pair, one after the other (each takes
// milliseconds), and never stops at an error: a pair without a route says so
// and the others go on.
func (r *request) plan(ctx context.Context) []front {
	out := make([]front, 0, len(r.pairs))
	for _, p := range r.pairs {
		q := r.query
		q.From, q.To = r.place(p.From), r.place(p.To)
		q.Ready = r.readyFor(p.From)
		f := front{Pair: p, Ready: q.Ready}
		cctx, cancel := context.WithTimeout(ctx, r.timeout)
		f.Result, f.Err = r.planner.Plan(cctx, q)
		cancel()
		f.Err = renamePoints(f.Err, &q)
		if f.Result != nil {
			for i := range f.Result.Itineraries {
				f.Options = append(f.Options, r.view(i+1, p, &f.Result.Itineraries[i]))
			}
		}
		out = append(out, f)
	}
	return out
}

// view turns an itinerary of pair p into an option. The planner times
// every step from the query's ready time (in the local zone of the
// terminal where it starts or ends), so the option's times and its legs'
// are the planner's. A first or last mile becomes a road leg between the
// point and its terminal.
func (r *request) view(n int, p pair, it *route.Itinerary) option {
	o := option{Number: n, Total: it.Total, Ready: it.Ready, Delivered: it.Delivered}
	for i := range it.Steps {
		st := &it.Steps[i]
		lv := legView{From: st.Terminal, To: st.To, Departure: st.Start, Arrival: st.End,
			Money: st.Money, CO2eGrams: st.CO2eGrams, DistanceM: st.DistanceM}
		switch st.Kind {
		case route.LegStep:
			lv.Mode, lv.Service, lv.Operator = st.Leg.Mode, st.Leg.Service, st.Leg.Operator
		case route.FirstMile:
			lv.Mile, lv.Mode, lv.Service = st.Kind, network.Road, "first mile trucking"
			lv.From = r.pointTerm(p.From, st.To)
		case route.LastMile:
			lv.Mile, lv.Mode, lv.Service = st.Kind, network.Road, "last mile trucking"
			lv.To = r.pointTerm(p.To, st.Terminal)
		default:
			continue // transfers, waits, borders and customs are in the totals
		}
		o.Legs = append(o.Legs, lv)
	}
	o.Summary = summary(o.Legs)
	o.Modes = it.Modes()
	return o
}

// pointTerm is the stand-in terminal of the point place name; the mile's
// terminal t when name is no point, which only a planner that adds miles
// to named places would bring about.
func (r *request) pointTerm(name string, t *network.Terminal) *network.Terminal {
	if pp := r.points[name]; pp != nil {
		return pp.Term
	}
	return t
}

// word is what the summary and the map call the leg's mode: the mode's
// word, or "truck" for a first or last mile.
func (l *legView) word() string {
	if l.Mile != 0 {
		return "truck"
	}
	return modeWord(l.Mode)
}

// summary describes a route in a line: each run of legs of one mode as the
// mode's word and the places that matter — where the mode changes, border
// crossings, canals and capes, and seaports called at — but not every rail
// yard on the way. The origin is shown by ID (a city has several
// terminals), the rest by short names:
//
//	rail CNCQI→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg
//	rail CNCQI→Qinzhou, sea→Singapore→Suez→Rotterdam
//
// The trucking from a point origin to its terminal is "truck→" and the
// terminal's ID (the point is in the pair's title); to a point
// destination, "truck→" and the point:
//
//	truck→CNCDU, rail→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg
//	rail CNCQI→…→Duisburg, truck→51.43°N 6.76°E
func summary(legs []legView) string {
	var b strings.Builder
	for i, l := range legs {
		if i == 0 || legs[i-1].word() != l.word() {
			switch {
			case i == 0 && l.Mile == route.FirstMile:
				b.WriteString(l.word())
			case i == 0:
				b.WriteString(l.word() + " " + l.From.ID)
			default:
				b.WriteString(", " + l.word())
			}
		}
		if namesEnd(legs, i) {
			if l.Mile == route.FirstMile {
				b.WriteString("→" + l.To.ID)
			} else {
				b.WriteString("→" + shortName(l.To))
			}
		}
	}
	return b.String()
}

// summaryStops returns the terminals the summary names, in order: the
// origin and every leg's destination it shows. The map labels them as
// the main places.
func summaryStops(legs []legView) []*network.Terminal {
	if len(legs) == 0 {
		return nil
	}
	out := []*network.Terminal{legs[0].From}
	for i, l := range legs {
		if namesEnd(legs, i) {
			out = append(out, l.To)
		}
	}
	return out
}

// namesEnd reports whether the summary names the destination of leg i:
// the end of a run of one mode, or a place worth naming on the way.
func namesEnd(legs []legView, i int) bool {
	l := legs[i]
	last := i == len(legs)-1 || legs[i+1].word() != l.word()
	// Of two waypoints in a row (the ends of the Suez Canal) the first
	// says it all.
	repeat := l.To.Kind == network.Waypoint && l.From.Kind == network.Waypoint
	return last || (shownOnTheWay(l.To, l.Mode) && !repeat)
}

// shownOnTheWay reports whether a place a run of legs passes is worth
// naming: a border, a canal or cape, a seaport of call.
func shownOnTheWay(t *network.Terminal, m network.Mode) bool {
	switch t.Kind {
	case network.BorderCrossing:
		return true
	case network.Waypoint, network.Seaport:
		return m == network.Sea
	}
	return false
}

// modesLabel joins the words for modes with "+": "rail+sea".
func modesLabel(ms []network.Mode) string {
	words := make([]string, len(ms))
	for i, m := range ms {
		words[i] = modeWord(m)
	}
	return strings.Join(words, "+")
}

// modeWord is the word a forwarder uses for a mode.
func modeWord(m network.Mode) string {
	if m == network.InlandWater {
		return "barge"
	}
	return m.String()
}

// shortName is a terminal's place name: the longest alias its name starts
// with ("Łódź" for "Łódź Olechów terminal"), else its name up to the first
// parenthesis or slash.
func shortName(t *network.Terminal) string {
	best := ""
	for _, a := range t.Aliases {
		if len(a) > len(best) && strings.HasPrefix(t.Name, a) {
			best = a
		}
	}
	if best != "" {
		return best
	}
	name := t.Name
	if i := strings.IndexAny(name, "(/,"); i > 0 {
		name = name[:i]
	}
	if name = strings.TrimSpace(name); name != "" {
		return name
	}
	return t.ID
}
