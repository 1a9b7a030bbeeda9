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
	Modes     []network.Mode // of the legs in order, repeats removed
	Ready     time.Time
	Delivered time.Time
	Total     route.Totals
	Legs      []legView
}

// legView is one leg with its times and its share of money and CO2e.
type legView struct {
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
		q.From, q.To = route.At(p.From), route.At(p.To)
		q.Ready = r.readyFor(p.From)
		f := front{Pair: p, Ready: q.Ready}
		cctx, cancel := context.WithTimeout(ctx, r.timeout)
		f.Result, f.Err = r.planner.Plan(cctx, q)
		cancel()
		if f.Result != nil {
			for i := range f.Result.Itineraries {
				f.Options = append(f.Options, r.view(i+1, &f.Result.Itineraries[i]))
			}
		}
		out = append(out, f)
	}
	return out
}

// view turns an itinerary into an option. The planner times every step
// from the query's ready time (in the local zone of the terminal where it
// starts or ends), so the option's times and its legs' are the planner's.
func (r *request) view(n int, it *route.Itinerary) option {
	o := option{Number: n, Total: it.Total, Ready: it.Ready, Delivered: it.Delivered}
	for _, st := range it.Legs() {
		o.Legs = append(o.Legs, legView{
			Mode: st.Leg.Mode, Service: st.Leg.Service, Operator: st.Leg.Operator,
			From: st.Terminal, To: st.To, Departure: st.Start, Arrival: st.End,
			Money: st.Money, CO2eGrams: st.CO2eGrams, DistanceM: st.DistanceM,
		})
	}
	o.Summary = summary(o.Legs)
	o.Modes = it.Modes()
	return o
}

// summary describes a route in a line: each run of legs of one mode as the
// mode's word and the places that matter — where the mode changes, border
// crossings, canals and capes, and seaports called at — but not every rail
// yard on the way. The origin is shown by ID (a city has several
// terminals), the rest by short names:
//
//	rail CNCQI→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg
//	rail CNCQI→Qinzhou, sea→Singapore→Suez→Rotterdam
func summary(legs []legView) string {
	var b strings.Builder
	for i, l := range legs {
		if i == 0 || legs[i-1].Mode != l.Mode {
			if i == 0 {
				b.WriteString(modeWord(l.Mode) + " " + l.From.ID)
			} else {
				b.WriteString(", " + modeWord(l.Mode))
			}
		}
		if namesEnd(legs, i) {
			b.WriteString("→" + shortName(l.To))
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
	last := i == len(legs)-1 || legs[i+1].Mode != l.Mode
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
