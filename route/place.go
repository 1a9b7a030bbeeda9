package route

import (
	"fmt"
	"math"

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
	co2g    int64
	vec     []int64 // in the searched objectives
}

// pointTerminals returns the terminals within the place's radius of its
// point, nearest first, with their great-circle distances.
func (p *Planner) pointTerminals(role string, pl Place) ([]int32, []float64, error) {
	r := pl.RadiusKm
	if r == 0 {
		r = DefaultRadiusKm
	}
	if r < 0 || math.IsNaN(r) || math.IsInf(r, 0) {
		return nil, nil, fmt.Errorf("%w: %s %s: radius %v km", ErrQuery, role, pl, pl.RadiusKm)
	}
	pt := *pl.Point
	if !network.ValidPoint(pt) {
		return nil, nil, fmt.Errorf("%w: %s %s is not a longitude/latitude", ErrQuery, role, pl)
	}
	nb := p.net.Nearest(nil, pt, p.net.NumTerminals(), r)
	if len(nb) == 0 {
		return nil, nil, fmt.Errorf("%w: %s %s: no terminal within %v km", ErrUnknownPlace, role, pl, r)
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
	if perKm == 0 {
		perKm = DefaultTruckingPerKm
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
			minutes: int64(math.Ceil(road / speed * 60))}
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

// step turns a mile into a first- or last-mile itinerary step.
func (p *Planner) mileStep(kind StepKind, m *mile) Step {
	t := p.net.TerminalAt(int(m.term))
	return Step{Kind: kind, Terminal: t, To: t, Duration: minutes(m.minutes), Money: m.money,
		CO2eGrams: m.co2g, DistanceM: m.metres}
}
