package route

import (
	"fmt"
	"math"
	"slices"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// mile is the trucking between a point place and one of its terminals: the
// first mile to an origin terminal or the last mile from a destination
// terminal. It is priced per query and becomes the search's endpoint cost.
type mile struct {
	term    int32
	metres  int64 // road distance
	minutes int64
	money   cost.Money
	line    cost.LineItem // the charge, for the step's breakdown
	co2g    int64
	vec     []int64 // in the searched objectives
}

// truckable reports whether a point place can be trucked to or from
// terminal t: it handles road transport and is not a border crossing or a
// waypoint, which a truck from a nearby point does not start or end at (a
// truck to a border terminal would cross the border with no border step).
func truckable(t *network.Terminal) bool {
	return t.Modes.Has(network.Road) && t.Kind != network.BorderCrossing && t.Kind != network.Waypoint
}

// PointTerminals returns the terminals a point place is trucked to or
// from: those within its radius (DefaultRadiusKm when zero) that handle
// road transport and are not border crossings or waypoints, nearest first,
// with their great-circle distances. The error wraps ErrQuery for a bad
// point or radius and ErrUnknownPlace when no terminal qualifies. A query
// may drop some of them: avoided terminals, and terminals the other end of
// the query also reaches (see Query).
func (p *Planner) PointTerminals(pl Place) ([]network.Neighbour, error) {
	if pl.Point == nil {
		return nil, fmt.Errorf("%w: %q is not a point place", ErrQuery, pl.Name)
	}
	return p.pointNeighbours("point", pl)
}

func (p *Planner) pointNeighbours(role string, pl Place) ([]network.Neighbour, error) {
	r := pl.RadiusKm
	if r == 0 {
		r = DefaultRadiusKm
	}
	if r < 0 || math.IsNaN(r) || math.IsInf(r, 0) {
		return nil, fmt.Errorf("%w: %s %s: radius %v km", ErrQuery, role, pl, pl.RadiusKm)
	}
	pt := *pl.Point
	if !network.ValidPoint(pt) {
		return nil, fmt.Errorf("%w: %s %s is not a longitude/latitude", ErrQuery, role, pl)
	}
	nb := slices.DeleteFunc(p.net.Nearest(nil, pt, p.net.NumTerminals(), r),
		func(x network.Neighbour) bool { return !truckable(x.Terminal) })
	if len(nb) == 0 {
		return nil, fmt.Errorf("%w: %s %s: no terminal for trucking within %v km", ErrUnknownPlace, role, pl, r)
	}
	return nb, nil
}

// pointTerminals is pointNeighbours as terminal indices and distances.
func (p *Planner) pointTerminals(role string, pl Place) ([]int32, []float64, error) {
	nb, err := p.pointNeighbours(role, pl)
	if err != nil {
		return nil, nil, err
	}
	ts, kms := make([]int32, len(nb)), make([]float64, len(nb))
	for i, x := range nb {
		ts[i], kms[i] = int32(x.Index), x.Km
	}
	return ts, kms, nil
}

// miles prices the trucking between a point place and each of its
// terminals for the query: one truck per container (or per 20 t of loose
// cargo), road distance = great-circle × network.Circuity[Road], the road
// emission intensity of the query (or cost's default), on the model's cargo
// mass.
func (p *Planner) miles(pq *prepared, pl Place, ts []int32, kms []float64) ([]mile, error) {
	tr := pl.Trucking
	perKm, cur, speed := tr.PerKm, tr.Currency, tr.SpeedKmh
	what := "trucking"
	if perKm == 0 {
		perKm, what = DefaultTruckingPerKm, "trucking at the default rate (estimate)"
	}
	if cur == "" {
		cur = "USD"
	}
	if speed == 0 {
		speed = DefaultTruckingSpeedKmh
	}
	if perKm < 0 || speed < 0 || math.IsNaN(speed) || math.IsInf(speed, 0) {
		return nil, fmt.Errorf("%w: trucking for %s: negative rate or speed", ErrQuery, pl)
	}
	tonnes, _ := pq.model.CargoTonnes()
	trucks := 0
	for _, c := range pq.q.Shipment.Containers {
		trucks += c.Count
	}
	if trucks == 0 {
		trucks = max(1, int(math.Ceil(tonnes/20)))
	}
	out := make([]mile, len(ts))
	for i, t := range ts {
		road := kms[i] * network.Circuity[network.Road]
		amount := network.Amount(math.Round(float64(perKm) * road * float64(trucks)))
		money, err := pq.q.Rates.ConvertAmount(amount, cur, pq.q.Currency)
		if err != nil {
			return nil, fmt.Errorf("route: trucking for %s: %w", pl, err)
		}
		m := mile{term: t, metres: int64(math.Round(road * 1000)), money: money,
			minutes: int64(math.Ceil(road / speed * 60)),
			line: cost.LineItem{Kind: cost.ItemFreight, Amount: amount, Currency: cur, Quote: money,
				Name: fmt.Sprintf("%s: %d truck(s) × %.1f km × %s %s per truck-km", what, trucks, road, perKm, cur)}}
		// The query's road intensity (its override or the default), by the
		// same integer formula as a road leg of the network.
		var ok bool
		if m.co2g, ok = pq.model.ModeGrams(network.Road, m.metres); !ok {
			return nil, fmt.Errorf("%w: trucking for %s: emissions overflow", ErrQuery, pl)
		}
		m.vec = make([]int64, len(pq.sobjs))
		for j, o := range pq.sobjs {
			switch o {
			case cost.ObjectiveMoney:
				m.vec[j] = money.Minor
			case cost.ObjectiveTime:
				m.vec[j] = m.minutes
			case cost.ObjectiveCO2e:
				m.vec[j] = m.co2g
			case cost.ObjectiveDistance:
				m.vec[j] = m.metres
			}
		}
		out[i] = m
	}
	return out, nil
}

// mileStep turns a mile into a first- or last-mile itinerary step.
func (p *Planner) mileStep(kind StepKind, m *mile) Step {
	t := p.net.TerminalAt(int(m.term))
	return Step{Kind: kind, Terminal: t, To: t, Duration: minutes(m.minutes), Money: m.money,
		CO2eGrams: m.co2g, DistanceM: m.metres, Lines: []cost.LineItem{m.line}}
}
