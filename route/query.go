package route

import (
	"time"

	"github.com/paulmach/orb"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// Query asks for the Pareto-optimal itineraries between two places for one
// shipment. The zero value of every optional field means "off" or "the
// default".
type Query struct {
	From, To Place

	// Shipment is what is moved; it must be valid (cost.Shipment.Validate).
	Shipment cost.Shipment
	// Currency is the quote currency; Rates converts the legs' currencies
	// into it. A leg priced in a currency Rates cannot convert is an error,
	// never a silent 1:1.
	Currency network.Currency
	Rates    *cost.Rates

	// Objectives are the 2 to 4 criteria to trade off, in priority order
	// (the first breaks ties first and orders the result). Nil means money,
	// time, CO2e.
	Objectives []cost.Objective

	// Ready is when the cargo is ready at the origin. When set, scheduled
	// legs are caught at their next departure after the cut-off and every
	// step of an itinerary carries times; when zero, schedules are ignored
	// (every leg leaves on arrival) and itineraries carry durations only.
	Ready time.Time
	// DeliverBy, when set (with Ready), prunes routes that cannot arrive by
	// then.
	DeliverBy time.Time

	Constraints Constraints
	Limits      Limits

	// Emissions overrides default emission intensities for this query.
	Emissions cost.EmissionOptions
	// ValueOfTime, when set, adds the cost of capital tied up in transit to
	// money (see cost.Query). Its OnTotalOnly is set by the planner: value
	// of time is charged per arc without a ready time and on the whole
	// transit, waits included, with one.
	ValueOfTime cost.ValueOfTime
}

// Place names an origin or destination: a terminal ID, a name that stands
// for several terminals (a UN/LOCODE or alias: "Chongqing" means its rail
// terminal, river port and airport), or a point with first/last-mile
// trucking to every terminal within a radius.
type Place struct {
	Name string
	// Point, when Name is empty, is a location (longitude, latitude); the
	// terminals within RadiusKm of it (DefaultRadiusKm when zero) are reached
	// by trucking priced with Trucking: those that handle road transport
	// and are not border crossings or waypoints (Planner.PointTerminals),
	// less avoided terminals. A terminal that both ends of a query reach
	// stays with a named end, or with the nearer of two points; a point
	// whose nearest terminal the other end uses is an error, as is a
	// terminal named by both ends. The first and last mile are trucking
	// whatever Constraints.Modes allows, which applies to the network's
	// legs.
	Point    *orb.Point
	RadiusKm float64
	Trucking Trucking
}

// At returns the place a terminal ID, LOCODE or alias names.
func At(name string) Place { return Place{Name: name} }

// Near returns the place around point p, reached by trucking to the
// terminals within radiusKm of it.
func Near(p orb.Point, radiusKm float64) Place { return Place{Point: &p, RadiusKm: radiusKm} }

// DefaultRadiusKm is the radius Near uses when none is given: a day's
// trucking at most.
const DefaultRadiusKm = 300

// String names the place for messages.
func (p Place) String() string {
	if p.Name != "" || p.Point == nil {
		return p.Name
	}
	return "(" + ftoa(p.Point[0]) + ", " + ftoa(p.Point[1]) + ")"
}

// Trucking prices the first or last mile between a point and a terminal.
// The zero value uses the defaults below, which are planning estimates.
type Trucking struct {
	// PerKm is the charge per truck (one truck per container, or per 20
	// tonnes of loose cargo) per road kilometre; zero means
	// DefaultTruckingPerKm, and the step's line item then says it is an
	// estimate.
	PerKm network.Amount
	// Currency of PerKm; zero means USD.
	Currency network.Currency
	// SpeedKmh is the average door-to-terminal speed including loading;
	// zero means DefaultTruckingSpeedKmh.
	SpeedKmh float64
}

// Trucking defaults: estimates for container drayage, labelled as such.
// 1.5 USD per truck-km is in the range forwarders quote for drayage in China
// and Europe (estimate, not from a dated source); 40 km/h door to terminal
// allows for loading and urban roads (estimate).
const (
	DefaultTruckingPerKm    = network.Amount(1_500_000) // 1.5 USD
	DefaultTruckingSpeedKmh = 40
)

// Constraints restrict the routes a query accepts. The zero value accepts
// every route.
type Constraints struct {
	// Modes allowed; zero means all.
	Modes network.ModeSet
	// AvoidTerminals lists terminal IDs, LOCODEs or aliases (border
	// crossings included) that routes must not pass through.
	AvoidTerminals []string
	// AvoidCountries lists ISO 3166 codes routes must not touch.
	AvoidCountries []string
	// Via lists places to pass through, in order; each may stand for
	// several terminals (any one of them will do).
	Via []string
	// MaxTransfers limits changes of mode; 0 means no limit and NoTransfers
	// means none allowed.
	MaxTransfers int
	// MaxTransit limits door-to-door time; 0 means no limit.
	MaxTransit time.Duration
	// MaxMoney limits the total in the quote currency; the zero Money means
	// no limit.
	MaxMoney cost.Money
}

// NoTransfers is the Constraints.MaxTransfers value that allows no change of
// mode.
const NoTransfers = -1

// Limits bound the work of a search. The zero value means an exact front
// with no limit but the context's deadline.
type Limits struct {
	// MaxLabels caps the labels the search creates; when reached, the result
	// holds what was proven so far and is marked incomplete.
	MaxLabels int
	// Epsilon, when positive, asks for an approximate front: every exact
	// Pareto-optimal vector p is then (1+Epsilon)-dominated by a returned one
	// s (s[0] ≤ p[0] and s[i] ≤ (1+Epsilon)·p[i] for the other objectives).
	Epsilon float64
}
