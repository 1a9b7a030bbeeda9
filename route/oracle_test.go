package route

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// randomNetwork makes a small multimodal network with parallel legs of
// several modes, transfer rules, border crossings, customs, legs that
// refuse dangerous goods, zero-price legs and many ties (durations, prices
// and distances come from small sets).
func randomNetwork(r *rand.Rand) *network.Network {
	b := network.NewBuilder("random")
	nt := 3 + r.IntN(4)
	countries := []string{"CN", "KZ", "DE"}
	for i := 0; i < nt; i++ {
		t := network.Terminal{ID: fmt.Sprintf("T%d", i), Name: fmt.Sprintf("T%d", i), Country: countries[r.IntN(3)],
			Kind: network.RoadHub, Modes: network.AllModes, Location: orb.Point{float64(i), float64(r.IntN(3))},
			CustomsDwell: time.Duration(r.IntN(2)*60) * time.Minute}
		if r.IntN(5) == 0 {
			t.Kind = network.BorderCrossing
			t.Border = &network.Border{Dwell: time.Duration(r.IntN(3)*30) * time.Minute}
			if r.IntN(2) == 0 {
				t.Border.Fee = network.PriceTerms{Currency: "CNY", Fixed: network.Amount(r.IntN(3)) * 100 * network.Micro}
			}
		}
		b.AddTerminal(t)
	}
	modes := []network.Mode{network.Rail, network.Road, network.Sea}
	for _, f := range modes {
		for _, t := range modes {
			if f != t && r.IntN(2) == 0 {
				b.AddTransfer(network.Transfer{From: f, To: t, Time: time.Duration(r.IntN(3)*60) * time.Minute,
					Charge: network.PriceTerms{Currency: "USD", PerContainer: []network.ContainerRate{{Type: "40", Price: network.Amount(r.IntN(3)) * 50 * network.Micro}}}})
			}
		}
	}
	nl := 3 + r.IntN(10)
	for i := 0; i < nl; i++ {
		from := r.IntN(nt)
		to := r.IntN(nt - 1)
		if to >= from {
			to++
		}
		l := network.Leg{From: fmt.Sprintf("T%d", from), To: fmt.Sprintf("T%d", to), Mode: modes[r.IntN(3)],
			DistanceKm: float64(1 + r.IntN(4)*100), Duration: time.Duration(1+r.IntN(4)) * time.Hour,
			NoDangerousGoods: r.IntN(6) == 0}
		switch r.IntN(3) {
		case 0:
			l.Price = network.PriceTerms{Currency: "USD", Fixed: network.Amount(r.IntN(4)) * 100 * network.Micro}
		case 1:
			l.Price = network.PriceTerms{Currency: "CNY", PerTEU: network.Amount(r.IntN(4)) * 500 * network.Micro}
		default:
			l.Price = network.PriceTerms{Currency: "EUR", PerContainer: []network.ContainerRate{{Type: "40HC", Price: network.Amount(r.IntN(4)) * 90 * network.Micro}}}
		}
		if r.IntN(4) == 0 {
			l.CO2ePerTonneKm = float64(5 * r.IntN(3))
		}
		b.AddLeg(l)
	}
	n, err := b.Build()
	if err != nil {
		panic(err)
	}
	return n
}

var testRates = func() *cost.Rates {
	r, err := cost.ParseRates("as_of 2026-01-15\nbase USD\nEUR 1.08\nCNY 0.138\n")
	if err != nil {
		panic(err)
	}
	return r
}()

func randomObjectives(r *rand.Rand) []cost.Objective {
	all := []cost.Objective{cost.ObjectiveMoney, cost.ObjectiveTime, cost.ObjectiveCO2e, cost.ObjectiveDistance, cost.ObjectiveTransfers}
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	return all[:2+r.IntN(3)]
}

// oracleFront enumerates every simple path of the virtual graph (states are
// terminal × arrival mode, as in the search) from the origin terminals to
// the destination terminals, prices it with the model, and keeps the
// distinct non-dominated vectors, sorted. With a ready time it simulates
// each path in time with network.Schedule.NextDeparture — the reference
// rule, independent of the planner's departure tables — looking for
// departures up to ready+horizon, and the time objective is the elapsed
// time from ready to arrival; without one, schedules are ignored.
func oracleFront(n *network.Network, m *cost.Model, from, to []int32, ready time.Time, horizon time.Duration) [][]int64 {
	c := n.Compact()
	k := m.K()
	ti := m.Index(cost.ObjectiveTime)
	type state struct {
		t int32
		m network.Mode
	}
	var all [][]int64
	seen := map[state]bool{}
	var dfs func(s state, g []int64, elapsed int64)
	dfs = func(s state, g []int64, elapsed int64) {
		if s.m != 0 && slices.Contains(to, s.t) {
			v := slices.Clone(g)
			if ti >= 0 {
				v[ti] = elapsed
			}
			all = append(all, v)
		}
		for _, l := range c.Out(s.t) {
			next := state{c.To[l], c.Mode[l]}
			if seen[next] {
				continue
			}
			arc := make([]int64, k)
			if !m.Arc(arc, s.m, int(l)) {
				continue
			}
			handling, transit, customs, border := m.ArcMinutes(s.m, int(l))
			t := elapsed + handling
			if sch := n.LegAt(int(l)).Schedule; sch != nil && !ready.IsZero() {
				dep, ok := sch.NextDeparture(ready.Add(time.Duration(t)*time.Minute), ready.Add(horizon), n.Location(int(s.t)))
				if !ok {
					continue
				}
				t = int64(dep.Sub(ready) / time.Minute)
			}
			t += transit + customs + border
			g2 := make([]int64, k)
			cost.Add(g2, g, arc)
			seen[next] = true
			dfs(next, g2, t)
			seen[next] = false
		}
	}
	for _, t := range from {
		dfs(state{t, 0}, make([]int64, k), 0)
	}
	return paretoFront(all, k)
}

// paretoFront returns the distinct non-dominated vectors of vs, compared on
// their first k components and cut to them, sorted lexicographically.
func paretoFront(vs [][]int64, k int) [][]int64 {
	var front [][]int64
	for i, v := range vs {
		keep := true
		for j, w := range vs {
			if cost.Dominates(w[:k], v[:k]) || (j < i && slices.Equal(w[:k], v[:k])) {
				keep = false
				break
			}
		}
		if keep {
			front = append(front, v[:k])
		}
	}
	slices.SortFunc(front, cost.Compare)
	return front
}

// dijkstraMin is the least cost in objective i from the origins to the
// destinations, by gonum's Dijkstra on the virtual graph built here
// independently of the planner (node id = terminal × NumModes + arrival
// mode, 0 for a start; a super-source and super-target join the ends).
func dijkstraMin(n *network.Network, m *cost.Model, from, to []int32, i int) (float64, bool) {
	c := n.Compact()
	g := simple.NewWeightedDirectedGraph(0, 0)
	id := func(t int32, mode network.Mode) int64 { return int64(t)*int64(network.NumModes) + int64(mode) }
	src, dst := int64(n.NumTerminals()*network.NumModes), int64(n.NumTerminals()*network.NumModes+1)
	set := func(u, v int64, w float64) {
		if u == v {
			return
		}
		if e := g.WeightedEdge(u, v); e != nil && e.Weight() <= w {
			return
		}
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(u), simple.Node(v), w))
	}
	for _, t := range from {
		set(src, id(t, 0), 0)
	}
	arc := make([]int64, m.K())
	for t := int32(0); t < int32(n.NumTerminals()); t++ {
		for mode := network.Mode(0); int(mode) < network.NumModes; mode++ {
			for _, l := range c.Out(t) {
				if m.Arc(arc, mode, int(l)) {
					set(id(t, mode), id(c.To[l], c.Mode[l]), float64(arc[i]))
				}
			}
			if mode != 0 && slices.Contains(to, t) {
				set(id(t, mode), dst, 0)
			}
		}
	}
	if g.Node(src) == nil || g.Node(dst) == nil {
		return 0, false
	}
	_, w := path.DijkstraFrom(g.Node(src), g).To(dst)
	return w, w < 1e300
}

// vectorOf recomputes an itinerary's vector from its totals, to check that
// the itinerary the user reads adds up to the vector the search ranked.
func vectorOf(it *Itinerary, objs []cost.Objective) []int64 {
	v := make([]int64, len(objs))
	for i, o := range objs {
		switch o {
		case cost.ObjectiveMoney:
			v[i] = it.Total.Money.Minor
		case cost.ObjectiveTime:
			v[i] = int64(it.Total.Transit / time.Minute)
		case cost.ObjectiveCO2e:
			v[i] = it.Total.CO2eGrams
		case cost.ObjectiveDistance:
			v[i] = it.Total.DistanceM
		case cost.ObjectiveTransfers:
			v[i] = int64(it.Total.Transfers)
		}
	}
	return v
}

// TestPlanAgainstBruteForce runs the planner on random networks with random
// objective sets (2, 3 and 4 objectives) and random shipments, and checks the
// front equals the brute-force oracle's, that every itinerary adds up to its
// vector, and that each objective's extreme equals gonum's Dijkstra.
func TestPlanAgainstBruteForce(t *testing.T) {
	runs := 1500
	if testing.Short() || raceEnabled {
		runs = 200
	}
	r := rand.New(rand.NewPCG(1, 2))
	byK := map[int]int{}
	for run := 0; run < runs; run++ {
		n := randomNetwork(r)
		p, err := NewPlanner(n)
		require.NoError(t, err)
		objs := randomObjectives(r)
		ship := cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 1 + r.IntN(2)}}, GrossTonnes: float64(5 + r.IntN(20))}
		if r.IntN(4) == 0 {
			ship.DangerousGoods = "3"
		}
		from, to := r.IntN(n.NumTerminals()), r.IntN(n.NumTerminals()-1)
		if to >= from {
			to++
		}
		q := Query{From: At(fmt.Sprintf("T%d", from)), To: At(fmt.Sprintf("T%d", to)), Shipment: ship,
			Currency: []network.Currency{"USD", "CNY", "EUR"}[r.IntN(3)], Rates: testRates, Objectives: objs}
		res, err := p.Plan(t.Context(), q)
		m, merr := cost.NewModel(n, cost.Query{Shipment: ship, Currency: q.Currency, Rates: testRates, Objectives: objs})
		require.NoError(t, merr)
		want := oracleFront(n, m, []int32{int32(from)}, []int32{int32(to)}, time.Time{}, 0)
		name := fmt.Sprintf("run %d objectives %v", run, objs)
		if len(want) == 0 {
			var nre *NoRouteError
			require.ErrorAs(t, err, &nre, name)
			continue
		}
		require.NoError(t, err, name)
		require.True(t, res.Complete, name)
		var got [][]int64
		for i := range res.Itineraries {
			it := &res.Itineraries[i]
			got = append(got, it.Vector)
			assert.Equal(t, it.Vector, vectorOf(it, objs), "%s: itinerary %d totals", name, i)
		}
		require.Equal(t, want, got, name)
		byK[len(objs)]++
		for i := range objs {
			w, ok := dijkstraMin(n, m, []int32{int32(from)}, []int32{int32(to)}, i)
			require.True(t, ok, name)
			best := got[0][i]
			for _, v := range got {
				best = min(best, v[i])
			}
			assert.Equal(t, int64(w), best, "%s: extreme of objective %v", name, objs[i])
		}
	}
	t.Logf("fronts checked with 2/3/4 objectives: %d/%d/%d", byK[2], byK[3], byK[4])
	if runs == 1500 {
		for k := 2; k <= 4; k++ {
			assert.GreaterOrEqual(t, byK[k], 250, "too few non-empty fronts with %d objectives", k)
		}
	}
	_ = context.Background
}
