// Package route plans multimodal freight routes: for a shipment between two
// places it returns every Pareto-optimal itinerary — the options that no
// other option beats on all chosen objectives at once (money, transit time,
// CO2e, distance, transfers; two to four of them, in priority order).
//
// # Using it
//
// Build a Planner once per network and share it: it is immutable and any
// number of goroutines may call Plan at the same time.
//
//	p, err := route.NewPlanner(westchina.Default())
//	res, err := p.Plan(ctx, route.Query{
//		From:     route.At("Chongqing"),
//		To:       route.At("Duisburg"),
//		Shipment: cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 2}}, GrossTonnes: 20},
//		Currency: "EUR",
//		Rates:    rates,
//		Ready:    time.Date(2026, 12, 7, 9, 0, 0, 0, shanghai),
//	})
//	for _, it := range res.Itineraries { … it.Total.Money, it.Total.Transit, it.Steps … }
//
// A place is a terminal ID, a name standing for several terminals (a UN/LOCODE
// or alias: "Chongqing" is its rail terminal, river port and airport), or a
// point reached by trucking from the terminals within a radius (Near).
// Constraints restrict modes, avoid terminals, border crossings and
// countries, force via places, and cap transfers, transit time and money.
// Limits cap the work (labels, an approximate front with a stated
// guarantee); the context's deadline stops a search too, and what was proven
// by then comes back marked incomplete, with an error wrapping ErrIncomplete.
// Result.Cheapest, Fastest, Greenest and Weighted pick one option from the
// front. When there is no route, the *NoRouteError says whether the destination is
// unreachable at all, unreachable for this shipment (a leg refuses dangerous
// goods, say), or only under the constraints or the deadline.
//
// # The search
//
// The network is searched in its virtual shape: a node per terminal and
// arrival mode, plus a start node per terminal. An arc runs a leg and
// carries, besides the leg's own cost, the handling for a change of mode at
// its origin and the border crossing and customs at its destination — so a
// rail-to-sea transfer costs what it costs, and the first leg of a trip pays
// no transfer. The cost package prices every arc for the query's shipment
// into flat integer vectors; the exact engine in route/pareto searches them:
// BOA* for two objectives, a lexicographic search with per-node truncated
// fronts for three and four (see that package for why, with measurements).
//
// A constraint on a quantity that is not an objective (at most 20 days when
// the objectives are money and CO2e) is searched as an extra, hidden
// objective with a bound, and the front is filtered on the query's own
// objectives at the end. That is exact: a feasible path that is
// Pareto-optimal among feasible paths is never dominated, in the larger
// space, by a path whose vector differs on the query's objectives. So at most
// four objectives and constrained quantities together may be searched. Via
// places layer the graph (one copy per via place), so a label must pass them
// in order.
//
// The front holds one itinerary per distinct objective vector; which of
// several equal-cost paths is returned is deterministic for a network and
// query. Itineraries are ordered lexicographically by their vectors.
//
// # Schedules
//
// With Query.Ready set the search is time-dependent: scheduled legs (weekly
// departures in the origin terminal's zone, or dated departures) are caught
// at the next departure whose cut-off the cargo makes, and every step of an
// itinerary carries its start and end in local time, with waits as steps of
// their own. Departures are looked for up to the deliver-by time, the maximum
// transit time, or DefaultHorizon, whichever comes first. Because every
// departure of a leg takes the same time, waiting is FIFO — leaving later
// never arrives earlier — and label-setting on arrival time stays exact;
// the tests prove it against brute-force simulation on random
// time-dependent networks. Value of time is then charged on the whole
// elapsed time, waits included, after the search (see timed.go for why that
// keeps the front exact). Without a ready time, schedules are ignored and
// itineraries carry durations only.
//
// # Cost of a plan
//
// A plan prices the network for its shipment (O(legs)), builds the arc
// costs (O(arcs × objectives)), and searches. On the embedded Western China
// network (78 terminals, 252 legs) a three-objective plan takes well under a
// millisecond; see the package benchmarks.
package route
