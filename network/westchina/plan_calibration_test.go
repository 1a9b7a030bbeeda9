package westchina_test

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
	"github.com/corridor-go/corridor/route"
)

// The calibration tests plan on the embedded network with the real planner,
// schedules included (cargo ready Monday 7 December 2026, 09:00 in
// Chongqing), and check the answers against published figures. Each check
// carries its tolerance and its source (ids of the network's source list;
// see README.md in this package).

// calRates are round conversion rates for the calibration only (USD per
// unit, late 2025 levels: 7.2 CNY and 0.93 EUR per USD); the checks compare
// orders of magnitude and transit times, not exact prices.
func calRates(t *testing.T) *cost.Rates {
	r, err := cost.ParseRates("as_of 2025-12-01\nbase USD\nCNY 0.1389\nEUR 1.08\n")
	require.NoError(t, err)
	return r
}

var ready = time.Date(2026, 12, 7, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

func plan(t *testing.T, from, to string, modify func(q *route.Query)) *route.Result {
	t.Helper()
	p, err := route.NewPlanner(westchina.Default())
	require.NoError(t, err)
	q := route.Query{From: route.At(from), To: route.At(to),
		Shipment: cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 1}}, GrossTonnes: 10},
		Currency: "USD", Rates: calRates(t), Ready: ready}
	if modify != nil {
		modify(&q)
	}
	res, err := p.Plan(t.Context(), q)
	require.NoError(t, err, "%s → %s", from, to)
	require.True(t, res.Complete)
	return res
}

// only returns the itineraries whose legs all use modes in set.
func only(res *route.Result, set network.ModeSet) []route.Itinerary {
	var out []route.Itinerary
	for _, it := range res.Itineraries {
		ok := true
		for _, m := range it.Modes() {
			ok = ok && set.Has(m)
		}
		if ok {
			out = append(out, it)
		}
	}
	return out
}

func days(d time.Duration) float64 { return d.Hours() / 24 }

func fastest(its []route.Itinerary) route.Itinerary {
	return slices.MinFunc(its, func(a, b route.Itinerary) int { return int(a.Total.Transit - b.Total.Transit) })
}

func cheapest(its []route.Itinerary) route.Itinerary {
	return slices.MinFunc(its, func(a, b route.Itinerary) int { return int(a.Total.Money.Minor - b.Total.Money.Minor) })
}

func TestCalibrationPlanned(t *testing.T) {
	rail := network.SetOf(network.Rail, network.Road)

	t.Run("CR Express Chongqing → Duisburg about 16 days, 13–18 [S5]", func(t *testing.T) {
		its := only(plan(t, "Chongqing", "Duisburg", func(q *route.Query) { q.Constraints.Modes = rail }), rail)
		require.NotEmpty(t, its)
		d := days(fastest(its).Total.Transit)
		assert.True(t, d >= 13 && d <= 18, "%.1f days door to door", d)
	})
	t.Run("CR Express Chengdu → Łódź 12–15 days [S1][S4]", func(t *testing.T) {
		its := only(plan(t, "Chengdu", "Łódź", func(q *route.Query) { q.Constraints.Modes = rail }), rail)
		require.NotEmpty(t, its)
		d := days(fastest(its).Total.Transit)
		assert.True(t, d >= 12 && d <= 15, "%.1f days", d)
	})
	t.Run("ILSTC Chongqing → Singapore rail+sea 7–10 days [S17] vs about 23 by Yangtze [S22]", func(t *testing.T) {
		ilstc := plan(t, "Chongqing", "Singapore", func(q *route.Query) { q.Constraints.Via = []string{"CNQZH"} })
		d := days(fastest(ilstc.Itineraries).Total.Transit)
		assert.True(t, d >= 7 && d <= 10, "rail+sea %.1f days", d)
		river := plan(t, "Chongqing", "Singapore", func(q *route.Query) {
			q.Constraints.Modes = network.SetOf(network.InlandWater, network.Sea, network.Road)
			q.Constraints.Via = []string{"CNSGH-YANGSHAN"}
		})
		dr := days(fastest(river.Itineraries).Total.Transit)
		// Tolerance ±5 days: S22 gives "about 23 days" for the whole trip.
		assert.True(t, dr >= 18 && dr <= 28, "Yangtze+sea %.1f days", dr)
		assert.Greater(t, dr-d, 10.0, "rail+sea saves well over a week (S22: about 16 days)")
	})
	t.Run("Kunming → Vientiane by rail about 26 hours [S25]", func(t *testing.T) {
		its := only(plan(t, "CNKNM", "LAVTE", func(q *route.Query) { q.Constraints.Modes = network.SetOf(network.Rail) }),
			network.SetOf(network.Rail))
		require.NotEmpty(t, its)
		it := fastest(its)
		legs := it.Legs()
		// On the train: first departure to arrival, without the wait for it.
		onboard := it.Delivered.Sub(legs[0].Start)
		assert.InDelta(t, 26, onboard.Hours(), 4, "±4 h: border formalities vary")
	})
	t.Run("Shanghai → Rotterdam by sea 24–35 days via Suez [S33–S35], about 10 more via the Cape [S16]", func(t *testing.T) {
		sea := network.SetOf(network.Sea)
		suez := only(plan(t, "CNSGH-YANGSHAN", "NLRTM", func(q *route.Query) { q.Constraints.Modes = sea }), sea)
		require.NotEmpty(t, suez)
		ds := days(fastest(suez).Total.Transit)
		assert.True(t, ds >= 24 && ds <= 35, "Suez %.1f days", ds)
		cape := only(plan(t, "CNSGH-YANGSHAN", "NLRTM", func(q *route.Query) {
			q.Constraints.Modes = sea
			q.Constraints.AvoidCountries = []string{"EG"}
		}), sea)
		require.NotEmpty(t, cape)
		dc := days(fastest(cape).Total.Transit)
		assert.InDelta(t, 10, dc-ds, 4, "the Cape adds about 10 days (±4): Suez %.1f, Cape %.1f", ds, dc)
	})
	t.Run("air Chongqing → Duisburg 1–4 days door to door [S39][S40]", func(t *testing.T) {
		res := plan(t, "Chongqing", "Duisburg", nil)
		var air []route.Itinerary
		for _, it := range res.Itineraries {
			if slices.Contains(it.Modes(), network.Air) {
				air = append(air, it)
			}
		}
		require.NotEmpty(t, air)
		d := days(fastest(air).Total.Transit)
		assert.True(t, d >= 1 && d <= 4, "fastest air %.1f days", d)
		// Options that wait days for a cheaper or cleaner flight stay on the
		// front; once the first flight leaves, all arrive within 4 days.
		for _, it := range air {
			for _, st := range it.Legs() {
				if st.Leg.Mode == network.Air {
					assert.LessOrEqual(t, days(it.Delivered.Sub(st.Start)), 4.0, "%s", it.String())
					break
				}
			}
		}
	})
}

// TestDuisburgFront checks the Pareto front for Chongqing → Duisburg holds
// rail, sea and air options, that price per FEU orders air ≫ rail > sea
// (S8/S10 rail, S35 sea, S36–S38 air), and that the front is a front.
func TestDuisburgFront(t *testing.T) {
	res := plan(t, "Chongqing", "Duisburg", nil)
	byMain := map[network.Mode][]route.Itinerary{}
	for _, it := range res.Itineraries {
		ms := it.Modes()
		switch {
		case slices.Contains(ms, network.Air):
			byMain[network.Air] = append(byMain[network.Air], it)
		case slices.Contains(ms, network.Sea):
			byMain[network.Sea] = append(byMain[network.Sea], it)
		default:
			byMain[network.Rail] = append(byMain[network.Rail], it)
		}
	}
	for _, m := range []network.Mode{network.Rail, network.Sea, network.Air} {
		require.NotEmpty(t, byMain[m], "the front has a %s option", m)
	}
	air, rail, sea := cheapest(byMain[network.Air]), cheapest(byMain[network.Rail]), cheapest(byMain[network.Sea])
	assert.Greater(t, air.Total.Money.Minor, 3*rail.Total.Money.Minor, "air ≫ rail: %s vs %s", air.Total.Money, rail.Total.Money)
	assert.Greater(t, rail.Total.Money.Minor, sea.Total.Money.Minor, "rail > sea: %s vs %s", rail.Total.Money, sea.Total.Money)
	assert.Less(t, fastest(byMain[network.Air]).Total.Transit, fastest(byMain[network.Rail]).Total.Transit)
	assert.Less(t, fastest(byMain[network.Rail]).Total.Transit, fastest(byMain[network.Sea]).Total.Transit)
	for i, a := range res.Itineraries {
		for j, b := range res.Itineraries {
			if i != j {
				assert.False(t, cost.Dominates(a.Vector, b.Vector), "%d dominates %d", i, j)
			}
		}
	}
}

// TestCommonBoxesPriced checks that the usual container types can travel the
// whole network: 20', 40' and 45' (45' rates are labelled estimates).
func TestCommonBoxesPriced(t *testing.T) {
	for _, box := range []network.ContainerType{"20GP", "40GP", "40HC", "45HC"} {
		m, err := cost.NewModel(westchina.Default(), cost.Query{
			Shipment: cost.Shipment{Containers: []cost.Containers{{Type: box, Count: 1}}},
			Currency: "USD", Rates: calRates(t)})
		require.NoError(t, err)
		assert.Zero(t, m.NumExcluded(), "%s: %v", box, m.Excluded())
		res := plan(t, "Chongqing", "Duisburg", func(q *route.Query) { q.Shipment.Containers[0].Type = box })
		assert.NotEmpty(t, res.Itineraries, box)
	}
}
