package route

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

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
	// vot is the model when it prices value of time on whole itineraries
	// (timed queries, see timed.go) rather than on arcs; nil otherwise.
	vot *cost.Model
	// horizon is how many minutes past the ready time departures are
	// looked for.
	horizon int64

	from, to []int32 // origin and destination terminals
	// fromMiles and toMiles are set for point places: the trucking to and
	// from each terminal in from and to, in the same order.
	fromMiles, toMiles []mile
	via                [][]int32 // terminals of each via place, in order
	avoidT             []bool    // per terminal: avoided
}

// hiddenFor lists the objectives a constraint needs searched when the
// query does not trade them off: a bound is a cut on a searched objective.
// Searching an extra objective keeps the front exact — a feasible path that
// is Pareto-optimal among feasible paths is never dominated in the larger
// space by a path with a different vector on the query's objectives.
func hiddenFor(q *Query) []cost.Objective {
	var h []cost.Objective
	if q.Constraints.MaxTransit > 0 || !q.Ready.IsZero() {
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
	if err := q.Shipment.Validate(); err != nil {
		return nil, qerr("Shipment", fmt.Errorf("%w: %w", ErrQuery, err))
	}
	if !q.Currency.Valid() {
		return nil, qerr("Currency", fmt.Errorf("%w: quote currency %q is not an ISO 4217 code", ErrQuery, q.Currency))
	}
	if pq.objs == nil {
		pq.objs = cost.DefaultObjectives()
	}
	if len(pq.objs) < cost.MinObjectives || len(pq.objs) > cost.MaxObjectives {
		return nil, qerr("Objectives", fmt.Errorf("%w: %d objectives, want %d to %d", ErrQuery, len(pq.objs), cost.MinObjectives, cost.MaxObjectives))
	}
	pq.sobjs = slices.Clone(pq.objs)
	for _, o := range hiddenFor(&q) {
		if !slices.Contains(pq.sobjs, o) {
			pq.sobjs = append(pq.sobjs, o)
		}
	}
	if len(pq.sobjs) > cost.MaxObjectives {
		return nil, qerr("Constraints", fmt.Errorf("%w: objectives %v and the constraints on %v need %d searched objectives, at most %d: drop a constraint or trade it off as an objective",
			ErrQuery, pq.objs, pq.sobjs[len(pq.objs):], len(pq.sobjs), cost.MaxObjectives))
	}
	if !q.DeliverBy.IsZero() && q.Ready.IsZero() {
		return nil, qerr("DeliverBy", fmt.Errorf("%w: a deliver-by time needs a ready time", ErrQuery))
	}
	if !q.DeliverBy.IsZero() && !q.DeliverBy.After(q.Ready) {
		return nil, qerr("DeliverBy", fmt.Errorf("%w: deliver-by %s is not after ready %s", ErrQuery, q.DeliverBy.Format("2006-01-02 15:04 MST"), q.Ready.Format("2006-01-02 15:04 MST")))
	}
	if q.Constraints.MaxTransit < 0 || q.Constraints.MaxTransfers < NoTransfers {
		return nil, qerr("Constraints", fmt.Errorf("%w: negative constraint", ErrQuery))
	}
	if q.Limits.MaxLabels < 0 || q.Limits.Epsilon < 0 || math.IsNaN(q.Limits.Epsilon) || math.IsInf(q.Limits.Epsilon, 0) {
		return nil, qerr("Limits", fmt.Errorf("%w: limits must not be negative", ErrQuery))
	}
	if m := q.Constraints.MaxMoney; m != (cost.Money{}) && m.Currency != q.Currency {
		return nil, qerr("Constraints.MaxMoney", fmt.Errorf("%w: maximum money %s is not in the quote currency %s", ErrQuery, m, q.Currency))
	}
	if q.Constraints.Modes&^network.AllModes != 0 {
		return nil, qerr("Constraints.Modes", fmt.Errorf("%w: unknown modes in the allowed set", ErrQuery))
	}

	var err error
	var fromKm, toKm []float64
	if pq.from, fromKm, err = p.resolvePlace("origin", q.From); err != nil {
		return nil, qerr("From", err)
	}
	if pq.to, toKm, err = p.resolvePlace("destination", q.To); err != nil {
		return nil, qerr("To", err)
	}
	if err := p.splitShared(pq, &q, &fromKm, &toKm); err != nil {
		return nil, err
	}
	for i, v := range q.Constraints.Via {
		ts, err := p.resolve("via", At(v))
		if err != nil {
			return nil, qerr(fmt.Sprintf("Constraints.Via[%d]", i), err)
		}
		pq.via = append(pq.via, ts)
	}
	pq.avoidT = make([]bool, p.net.NumTerminals())
	for i, a := range q.Constraints.AvoidTerminals {
		ts, err := p.resolve("avoided", At(a))
		if err != nil {
			return nil, qerr(fmt.Sprintf("Constraints.AvoidTerminals[%d]", i), err)
		}
		for _, t := range ts {
			pq.avoidT[t] = true
		}
	}
	for i, given := range q.Constraints.AvoidCountries {
		c := strings.ToUpper(strings.TrimSpace(given))
		if !network.ValidCountry(c) {
			return nil, qerr(fmt.Sprintf("Constraints.AvoidCountries[%d]", i),
				fmt.Errorf("%w: avoided country %q is not an ISO 3166-1 alpha-2 code", ErrQuery, given))
		}
		for i := range pq.avoidT {
			if p.net.TerminalAt(i).Country == c {
				pq.avoidT[i] = true
			}
		}
	}

	// A point place is not trucked to an avoided terminal.
	for _, end := range []struct {
		field string
		pl    Place
		ts    *[]int32
		kms   *[]float64
	}{{"From", q.From, &pq.from, &fromKm}, {"To", q.To, &pq.to, &toKm}} {
		if *end.kms == nil {
			continue
		}
		*end.ts, *end.kms = dropTerminals(*end.ts, *end.kms, func(t int32) bool { return pq.avoidT[t] })
		if len(*end.ts) == 0 {
			return nil, qerr(end.field, fmt.Errorf("%w: every terminal for trucking near %s is avoided", ErrQuery, end.pl))
		}
	}

	cq := cost.Query{Shipment: q.Shipment, Currency: q.Currency, Rates: q.Rates, Objectives: pq.sobjs,
		Emissions: q.Emissions, ValueOfTime: q.ValueOfTime}
	// Value of time sits on the arcs of a static search, and on the total
	// transit of a timed one (see timed.go); the planner decides, not the
	// caller.
	timedVoT := !q.Ready.IsZero() && q.ValueOfTime.AnnualRateBP != 0
	cq.ValueOfTime.OnTotalOnly = timedVoT
	if !q.Ready.IsZero() {
		pq.horizon = int64(DefaultHorizon / time.Minute)
		if limit, ok := transitLimit(&q); ok {
			pq.horizon = min(pq.horizon, limit)
		}
	}
	pq.model, err = cost.NewModel(p.net, cq)
	if err != nil {
		return nil, fmt.Errorf("route: pricing: %w", err)
	}
	if timedVoT {
		pq.vot = pq.model
	}
	if fromKm != nil {
		if pq.fromMiles, err = p.miles(pq, q.From, pq.from, fromKm); err != nil {
			return nil, qerr("From.Trucking", err)
		}
	}
	if toKm != nil {
		if pq.toMiles, err = p.miles(pq, q.To, pq.to, toKm); err != nil {
			return nil, qerr("To.Trucking", err)
		}
	}
	pq.bounds = p.bounds(pq)
	return pq, nil
}

// splitShared makes sure no terminal is both an origin and a destination
// terminal. Two named places that share one are an error, and so is a
// point whose nearest terminal the other end uses. Otherwise a point place
// loses a terminal it shares with a named place, and two point places keep
// a shared terminal on the side whose point is nearer (the origin on a
// tie).
func (p *Planner) splitShared(pq *prepared, q *Query, fromKm, toKm *[]float64) error {
	shared := func() (int32, bool) {
		for _, t := range pq.from {
			if slices.Contains(pq.to, t) {
				return t, true
			}
		}
		return 0, false
	}
	t, ok := shared()
	if !ok {
		return nil
	}
	// A point whose nearest terminal the other end also uses is, for the
	// network, the same place as the other end.
	switch {
	case *fromKm == nil && *toKm == nil,
		*fromKm != nil && slices.Contains(pq.to, pq.from[0]),
		*toKm != nil && slices.Contains(pq.from, pq.to[0]):
		return qerr("To", fmt.Errorf("%w: origin %s and destination %s share terminal %s", ErrQuery, q.From, q.To, p.net.TerminalAt(int(t)).ID))
	case *fromKm == nil:
		pq.to, *toKm = dropTerminals(pq.to, *toKm, func(t int32) bool { return slices.Contains(pq.from, t) })
	case *toKm == nil:
		pq.from, *fromKm = dropTerminals(pq.from, *fromKm, func(t int32) bool { return slices.Contains(pq.to, t) })
	default:
		km := func(ts []int32, kms []float64, t int32) float64 { return kms[slices.Index(ts, t)] }
		from, to := slices.Clone(pq.from), slices.Clone(pq.to)
		fkm, tkm := slices.Clone(*fromKm), slices.Clone(*toKm)
		pq.from, *fromKm = dropTerminals(pq.from, *fromKm, func(t int32) bool {
			return slices.Contains(to, t) && km(from, fkm, t) > km(to, tkm, t)
		})
		pq.to, *toKm = dropTerminals(pq.to, *toKm, func(t int32) bool {
			return slices.Contains(from, t) && km(from, fkm, t) <= km(to, tkm, t)
		})
	}
	return nil
}

// dropTerminals removes the terminals for which drop is true from ts and
// the matching distances from kms, in place.
func dropTerminals(ts []int32, kms []float64, drop func(int32) bool) ([]int32, []float64) {
	n := 0
	for i, t := range ts {
		if !drop(t) {
			ts[n], kms[n] = t, kms[i]
			n++
		}
	}
	return ts[:n], kms[:n]
}

// resolvePlace resolves a named place to its terminals, or a point place to
// the terminals within its radius and their distances.
func (p *Planner) resolvePlace(role string, pl Place) ([]int32, []float64, error) {
	if pl.Name == "" && pl.Point != nil {
		return p.pointTerminals(role, pl)
	}
	ts, err := p.resolve(role, pl)
	return ts, nil, err
}

// resolve turns a place into terminal indices.
func (p *Planner) resolve(role string, pl Place) ([]int32, error) {
	if pl.Name == "" {
		return nil, fmt.Errorf("%w: no %s", ErrQuery, role)
	}
	ts := p.net.Place(pl.Name)
	if len(ts) == 0 {
		return nil, fmt.Errorf("%w: %s %q is no terminal ID, UN/LOCODE or alias of the network", ErrUnknownPlace, role, pl.Name)
	}
	return ts, nil
}

// transitLimit is the most minutes a route may take: the maximum transit
// time or the time from ready to deliver-by, whichever is less; ok is false
// when the query sets neither.
func transitLimit(q *Query) (int64, bool) {
	limit, ok := int64(math.MaxInt64), false
	if c := q.Constraints.MaxTransit; c > 0 {
		limit, ok = int64(c/time.Minute), true
	}
	if !q.DeliverBy.IsZero() {
		limit, ok = min(limit, int64(q.DeliverBy.Sub(q.Ready)/time.Minute)), true
	}
	return limit, ok
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
	if limit, ok := transitLimit(&pq.q); ok {
		set(cost.ObjectiveTime, limit)
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

// QueryError names the field of a Query that is wrong, for programs that
// report errors per field (a web form, say). Its message is the wrapped
// error's; it wraps ErrQuery, ErrUnknownPlace or a cost error.
type QueryError struct {
	// Field is the Query field's path: "From", "To", "Shipment",
	// "Currency", "Objectives", "DeliverBy", "Limits",
	// "Constraints.Via[1]", "Constraints.AvoidCountries[0]" …
	Field string
	Err   error
}

func (e *QueryError) Error() string { return e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func qerr(field string, err error) error { return &QueryError{Field: field, Err: err} }
