package route

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// Result is the answer to a Query: the Pareto front as itineraries.
type Result struct {
	// Objectives are the query's objectives, in order; each itinerary's
	// Vector follows it.
	Objectives []cost.Objective
	// Itineraries are the Pareto-optimal options, one per distinct objective
	// vector, in lexicographic order of their vectors (so the first is best
	// in the first objective). Paths with equal vectors count once: which
	// of them is returned is deterministic for a network and query, but not
	// otherwise specified.
	Itineraries []Itinerary
	// Complete is false when a limit stopped the search: every itinerary is
	// still Pareto-optimal, but some may be missing.
	Complete bool
	// Excluded lists the legs the shipment cannot use and why.
	Excluded []cost.Exclusion
	Stats    Stats
}

// Stats describe the work one Plan did.
type Stats struct {
	Labels        int64         // labels the search created
	PricingTime   time.Duration // building the per-query cost model and arc costs
	HeuristicTime time.Duration // backward Dijkstras
	SearchTime    time.Duration
}

// Itinerary is one option: the steps from origin to destination and their
// totals.
type Itinerary struct {
	Steps []Step
	Total Totals
	// Ready and Delivered are set when the query has a ready time: when the
	// cargo was ready at the origin and when it arrives, each in its
	// terminal's local zone (call UTC for UTC).
	Ready, Delivered time.Time
	// Vector is the itinerary's cost in the query's objectives, in the
	// fixed-point units of cost.Objective.
	Vector []int64
}

// Totals add up an itinerary in every objective, chosen or not.
type Totals struct {
	Money cost.Money // in the quote currency, value of time included
	// ValueOfTime is the part of Money that prices the whole door-to-door
	// time, charged on the trip rather than on any step: set for a query
	// with a ready time and a value of time. Without a ready time the
	// value of time is charged per step and is among the steps' Lines;
	// zero when the query asks for none.
	ValueOfTime cost.Money
	Transit     time.Duration // door to door, waits included
	CO2eGrams   int64         // well-to-wheel
	DistanceM   int64
	Transfers   int // changes of mode
	Borders     int // border crossings
}

// StepKind says what a step is.
type StepKind uint8

// Step kinds.
const (
	// Trucking from a point origin to one of its terminals.
	FirstMile StepKind = iota + 1
	// A leg of the network.
	LegStep
	// Handling for a change of mode at a terminal.
	TransferStep
	// Standing at a border crossing: customs, inspection, gauge change.
	BorderStep
	// Import customs clearance at a terminal.
	CustomsStep
	// Waiting at a terminal for a scheduled departure.
	WaitStep
	// Trucking from one of a point destination's terminals to the point.
	LastMile
)

func (k StepKind) String() string {
	switch k {
	case FirstMile:
		return "first mile"
	case LegStep:
		return "leg"
	case TransferStep:
		return "transfer"
	case BorderStep:
		return "border"
	case CustomsStep:
		return "customs"
	case WaitStep:
		return "wait"
	case LastMile:
		return "last mile"
	}
	return "step(" + strconv.Itoa(int(k)) + ")"
}

// Step is one part of an itinerary.
type Step struct {
	Kind StepKind
	// Terminal is where a transfer, border, customs or wait step happens,
	// and the origin of a leg.
	Terminal *network.Terminal
	// For legs: the leg, its index in the network and its destination.
	Leg      *network.Leg
	LegIndex int
	To       *network.Terminal
	// Modes for transfers.
	FromMode, ToMode network.Mode

	Duration  time.Duration
	Money     cost.Money // in the quote currency
	CO2eGrams int64
	DistanceM int64
	// Lines break Money down for a person to read (freight, surcharges,
	// handling, border fees), each in its own and the quote currency.
	Lines []cost.LineItem

	// Times, when the query has a ready time: the step's start and end, in
	// the local zone of the terminal where it starts and ends (call UTC for
	// UTC). For a scheduled leg, Start is the departure and Cutoff the
	// latest time the cargo had to be at the terminal; the wait before it is
	// its own WaitStep.
	Start, End time.Time
	Cutoff     time.Time
}

// Legs returns the leg steps of it, in order.
func (it *Itinerary) Legs() []*Step {
	var out []*Step
	for i := range it.Steps {
		if it.Steps[i].Kind == LegStep {
			out = append(out, &it.Steps[i])
		}
	}
	return out
}

// Modes returns the modes of it's legs in order, repeats removed.
func (it *Itinerary) Modes() []network.Mode {
	var out []network.Mode
	for _, s := range it.Legs() {
		if len(out) == 0 || out[len(out)-1] != s.Leg.Mode {
			out = append(out, s.Leg.Mode)
		}
	}
	return out
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// String formats the itinerary for a person: one line per step with its
// times in the local zone and in UTC when the query had a ready time.
func (it *Itinerary) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %.1f days, %.1f t CO2e, %d transfers\n", it.Total.Money,
		it.Total.Transit.Hours()/24, float64(it.Total.CO2eGrams)/1e6, it.Total.Transfers)
	for i := range it.Steps {
		b.WriteString("  ")
		b.WriteString(it.Steps[i].String())
		b.WriteByte('\n')
	}
	return b.String()
}

// String formats a step on one line: what, where, when (local and UTC),
// how long and how much.
func (s *Step) String() string {
	var b strings.Builder
	switch s.Kind {
	case LegStep:
		fmt.Fprintf(&b, "%-5s %s → %s", s.Leg.Mode, s.Terminal.ID, s.To.ID)
		if s.Leg.Service != "" {
			fmt.Fprintf(&b, " (%s)", s.Leg.Service)
		}
	case TransferStep:
		fmt.Fprintf(&b, "transfer %s→%s at %s", s.FromMode, s.ToMode, s.Terminal.ID)
	case FirstMile:
		fmt.Fprintf(&b, "truck to %s", s.To.ID)
	case LastMile:
		fmt.Fprintf(&b, "truck from %s", s.Terminal.ID)
	default:
		fmt.Fprintf(&b, "%s at %s", s.Kind, s.Terminal.ID)
	}
	if !s.Start.IsZero() {
		fmt.Fprintf(&b, ", %s → %s", stamp(s.Start), stamp(s.End))
	}
	fmt.Fprintf(&b, ", %s", network.FormatDuration(s.Duration))
	if s.Money.Minor != 0 {
		fmt.Fprintf(&b, ", %s", s.Money)
	}
	return b.String()
}

// stamp writes a time in its own zone and in UTC: "2026-06-04 09:00 CST
// (01:00 UTC)", with the UTC date when it differs.
func stamp(t time.Time) string {
	u := t.UTC()
	local := t.Format("2006-01-02 15:04 MST")
	if t.Location() == time.UTC {
		return local
	}
	if u.YearDay() != t.YearDay() {
		return local + " (" + u.Format("01-02 15:04") + " UTC)"
	}
	return local + " (" + u.Format("15:04") + " UTC)"
}
