package route

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// prepared is a query resolved against the network and priced.
type prepared struct {
	q     Query
	objs  []cost.Objective // the query's objectives
	sobjs []cost.Objective // searched: objs + hidden ones for constraints
	// bounds per searched objective (pareto.NoBound when unbounded); nil
	// when nothing is bounded.
	bounds []int64
	model  *cost.Model

	from, to []int32   // origin and destination terminals
	via      [][]int32 // terminals of each via place, in order
	avoidT   []bool    // per terminal: avoided
}

// hiddenFor lists the objectives a constraint needs searched when the
// query does not trade them off: a bound is a cut on a searched objective.
// Searching an extra objective keeps the front exact — a feasible path that
// is Pareto-optimal among feasible paths is never dominated in the larger
// space by a path with a different vector on the query's objectives.
func hiddenFor(q *Query) []cost.Objective {
	var h []cost.Objective
	if q.Constraints.MaxTransit > 0 || !q.DeliverBy.IsZero() {
		h = append(h, cost.ObjectiveTime)
	}
	if q.Constraints.MaxMoney != (cost.Money{}) {
		h = append(h, cost.ObjectiveMoney)
	}
	if q.Constraints.MaxTransfers != 0 {
		h = append(h, cost.ObjectiveTransfers)
	}
	return h
}

func (p *Planner) prepare(q Query) (*prepared, error) {
	pq := &prepared{q: q, objs: q.Objectives}
	if pq.objs == nil {
		pq.objs = cost.DefaultObjectives()
	}
	if len(pq.objs) < cost.MinObjectives || len(pq.objs) > cost.MaxObjectives {
		return nil, fmt.Errorf("%w: %d objectives, want %d to %d", ErrQuery, len(pq.objs), cost.MinObjectives, cost.MaxObjectives)
	}
	pq.sobjs = slices.Clone(pq.objs)
	for _, o := range hiddenFor(&q) {
		if !slices.Contains(pq.sobjs, o) {
			pq.sobjs = append(pq.sobjs, o)
		}
	}
	if len(pq.sobjs) > cost.MaxObjectives {
		return nil, fmt.Errorf("%w: objectives %v and the constraints on %v need %d searched objectives, at most %d: drop a constraint or trade it off as an objective",
			ErrQuery, pq.objs, pq.sobjs[len(pq.objs):], len(pq.sobjs), cost.MaxObjectives)
	}
	if !q.DeliverBy.IsZero() && q.Ready.IsZero() {
		return nil, fmt.Errorf("%w: a deliver-by time needs a ready time", ErrQuery)
	}
	if !q.DeliverBy.IsZero() && !q.DeliverBy.After(q.Ready) {
		return nil, fmt.Errorf("%w: deliver-by %s is not after ready %s", ErrQuery, q.DeliverBy.Format("2006-01-02 15:04 MST"), q.Ready.Format("2006-01-02 15:04 MST"))
	}
	if q.Constraints.MaxTransit < 0 || q.Constraints.MaxTransfers < NoTransfers {
		return nil, fmt.Errorf("%w: negative constraint", ErrQuery)
	}
	if q.Limits.MaxLabels < 0 || q.Limits.Epsilon < 0 || math.IsNaN(q.Limits.Epsilon) || math.IsInf(q.Limits.Epsilon, 0) {
		return nil, fmt.Errorf("%w: limits must not be negative", ErrQuery)
	}
	if m := q.Constraints.MaxMoney; m != (cost.Money{}) && m.Currency != q.Currency {
		return nil, fmt.Errorf("%w: maximum money %s is not in the quote currency %s", ErrQuery, m, q.Currency)
	}
	if q.Constraints.Modes&^network.AllModes != 0 {
		return nil, fmt.Errorf("%w: unknown modes in the allowed set", ErrQuery)
	}

	var err error
	if pq.from, err = p.resolve("origin", q.From); err != nil {
		return nil, err
	}
	if pq.to, err = p.resolve("destination", q.To); err != nil {
		return nil, err
	}
	for _, t := range pq.from {
		if slices.Contains(pq.to, t) {
			return nil, fmt.Errorf("%w: origin %s and destination %s share terminal %s", ErrQuery, q.From, q.To, p.net.TerminalAt(int(t)).ID)
		}
	}
	for _, v := range q.Constraints.Via {
		ts, err := p.resolve("via", At(v))
		if err != nil {
			return nil, err
		}
		pq.via = append(pq.via, ts)
	}
	pq.avoidT = make([]bool, p.net.NumTerminals())
	for _, a := range q.Constraints.AvoidTerminals {
		ts, err := p.resolve("avoided", At(a))
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			pq.avoidT[t] = true
		}
	}
	for _, given := range q.Constraints.AvoidCountries {
		c := strings.ToUpper(strings.TrimSpace(given))
		if !network.ValidCountry(c) {
			return nil, fmt.Errorf("%w: avoided country %q is not an ISO 3166-1 alpha-2 code", ErrQuery, given)
		}
		for i := range pq.avoidT {
			if p.net.TerminalAt(i).Country == c {
				pq.avoidT[i] = true
			}
		}
	}

	pq.model, err = cost.NewModel(p.net, cost.Query{
		Shipment: q.Shipment, Currency: q.Currency, Rates: q.Rates, Objectives: pq.sobjs,
		Emissions: q.Emissions, ValueOfTime: q.ValueOfTime,
	})
	if err != nil {
		return nil, fmt.Errorf("route: pricing: %w", err)
	}
	pq.bounds = p.bounds(pq)
	return pq, nil
}

// resolve turns a place into terminal indices.
func (p *Planner) resolve(role string, pl Place) ([]int32, error) {
	if pl.Name == "" {
		if pl.Point != nil {
			return nil, fmt.Errorf("%w: %s %s: point places are not supported yet", ErrQuery, role, pl)
		}
		return nil, fmt.Errorf("%w: no %s", ErrQuery, role)
	}
	ts := p.net.Place(pl.Name)
	if len(ts) == 0 {
		return nil, fmt.Errorf("%w: %s %q is no terminal ID, UN/LOCODE or alias of the network", ErrUnknownPlace, role, pl.Name)
	}
	return ts, nil
}

// bounds turns constraints into per-objective bounds for the search.
func (p *Planner) bounds(pq *prepared) []int64 {
	c := pq.q.Constraints
	var b []int64
	set := func(o cost.Objective, v int64) {
		if b == nil {
			b = make([]int64, len(pq.sobjs))
			for i := range b {
				b[i] = math.MaxInt64
			}
		}
		i := slices.Index(pq.sobjs, o)
		b[i] = min(b[i], v)
	}
	if c.MaxTransit > 0 {
		set(cost.ObjectiveTime, int64(c.MaxTransit.Minutes()))
	}
	if !pq.q.DeliverBy.IsZero() {
		set(cost.ObjectiveTime, int64(pq.q.DeliverBy.Sub(pq.q.Ready).Minutes()))
	}
	if c.MaxMoney != (cost.Money{}) {
		set(cost.ObjectiveMoney, c.MaxMoney.Minor)
	}
	switch {
	case c.MaxTransfers == NoTransfers:
		set(cost.ObjectiveTransfers, 0)
	case c.MaxTransfers > 0:
		set(cost.ObjectiveTransfers, int64(c.MaxTransfers))
	}
	return b
}
