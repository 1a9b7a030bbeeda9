package route

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/route/pareto"
)

// Planner answers route queries on one network. Build it once with
// NewPlanner; it is immutable and safe for any number of concurrent Plan
// calls, each of which prices the network for its own shipment (a
// cost.Model) and runs an exact Pareto search on the virtual graph. Search
// buffers are pooled and reused across queries.
type Planner struct {
	net  *network.Network
	vg   *virtualGraph
	base *pareto.Graph // the virtual graph's topology and reverse index
	pool sync.Pool     // *scratch
}

// scratch is the per-query working memory, pooled so that a steady stream of
// queries allocates little.
type scratch struct {
	searcher pareto.Searcher
	cost     []int64
	avoid    pareto.ArcSet
	usable   []bool
	rcost    []int64       // the search graph's reversed costs
	deps     []departures  // per leg, for timed queries
	waitArcs pareto.ArcSet // scheduled arcs of a layered (via) graph

	// Breakdown caches (breakdown.go), valid while their stamp is bdGen.
	bdGen       uint64
	legBD       []cachedBreakdown
	borderBD    map[int]*cost.Breakdown
	borderGen   uint64
	transferBD  map[transferKey]*cost.Breakdown
	transferGen uint64
	sources     []pareto.Endpoint
	targets     []pareto.Endpoint
	targetOf    []int // per target: its terminal's position in prepared.to
	nodes       []int32
}

// NewPlanner prepares a planner for n. It builds the virtual graph (a node
// per terminal × arrival mode) once, in O(T + L × M) for T terminals, L legs
// and M arrival modes per terminal (at most five).
func NewPlanner(n *network.Network) (*Planner, error) {
	if n == nil {
		return nil, fmt.Errorf("%w: nil network", ErrQuery)
	}
	p := &Planner{net: n, vg: newVirtualGraph(n)}
	base, err := pareto.NewGraph(pareto.MinObjectives, p.vg.start, p.vg.head, make([]int64, pareto.MinObjectives*p.vg.numArcs()))
	if err != nil {
		return nil, fmt.Errorf("route: virtual graph: %w", err)
	}
	p.base = base
	p.pool.New = func() any { return new(scratch) }
	return p, nil
}

// Network returns the planner's network.
func (p *Planner) Network() *network.Network { return p.net }

// Plan returns the Pareto-optimal itineraries for q.
//
// Errors wrap ErrQuery (a malformed query), ErrUnknownPlace, ErrNoRoute (as a
// *NoRouteError saying why), cost's sentinels (a missing exchange rate), or,
// with a partial Result marked incomplete, ErrIncomplete together with
// pareto.ErrLimit or the context's error.
func (p *Planner) Plan(ctx context.Context, q Query) (*Result, error) {
	t0 := time.Now()
	pq, err := p.prepare(q)
	if err != nil {
		return nil, err
	}
	s := p.pool.Get().(*scratch)
	defer p.pool.Put(s)

	g, err := p.arcCosts(s, pq)
	if err != nil {
		return nil, err
	}
	p.fillAvoid(s, pq)
	p.endpoints(s, pq)
	pricing := time.Since(t0)
	if len(s.targets) == 0 { // no leg arrives at the destination at all
		return &Result{Objectives: slices.Clone(pq.objs), Complete: true}, p.noRoute(pq, s)
	}

	res := &Result{Objectives: slices.Clone(pq.objs), Excluded: pq.model.Excluded()}
	wait, waitArcs, waitObj := p.timedWaits(s, pq)
	pres, serr := s.searcher.Search(ctx, g, pareto.Query{
		Sources:       s.sources,
		Targets:       s.targets,
		Bounds:        pq.bounds,
		Avoid:         s.avoid,
		MaxLabels:     q.Limits.MaxLabels,
		Epsilon:       q.Limits.Epsilon,
		Wait:          wait,
		WaitArcs:      waitArcs,
		WaitObjective: waitObj,
	})
	res.Stats = Stats{Labels: pres.Stats.Generated, PricingTime: pricing,
		HeuristicTime: pres.Stats.HeuristicTime, SearchTime: pres.Stats.SearchTime}
	if serr != nil && !errors.Is(serr, pareto.ErrLimit) && ctx.Err() == nil {
		return nil, fmt.Errorf("route: search: %w", serr)
	}
	sols, err := pres.Solutions()
	if err != nil {
		return nil, fmt.Errorf("route: %w", err)
	}
	res.Complete = serr == nil
	res.Itineraries = p.itineraries(pq, s, sols)
	if serr != nil {
		return res, fmt.Errorf("%w: %w", ErrIncomplete, serr)
	}
	if len(res.Itineraries) == 0 {
		return res, p.noRoute(pq, s)
	}
	return res, nil
}
