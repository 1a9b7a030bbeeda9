package westchina_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
	"github.com/corridor-go/corridor/route"
)

// Every leg states its reefer and dangerous-goods rules, sourced or
// labelled as an estimate or as unknown.
func TestCargoRulesStated(t *testing.T) {
	n := westchina.Default()
	reefer, noDG := 0, 0
	for l := range n.Legs() {
		assert.Contains(t, l.Estimate, "reefer:", l.Name())
		assert.Contains(t, l.Estimate, "dangerous goods", l.Name())
		if l.Reefer {
			reefer++
		}
		if l.NoDangerousGoods {
			noDG++
			assert.Equal(t, network.Rail, l.Mode, "%s: only the China–Europe trains refuse dangerous goods", l.Name())
			assert.Contains(t, l.Corridor, "CRE", l.Name())
		}
		if l.Mode == network.Air {
			assert.False(t, l.Reefer, "%s: reefer boxes do not fly", l.Name())
		}
	}
	assert.Greater(t, reefer, n.NumLegs()/2, "most legs carry reefers")
	assert.Positive(t, noDG)
}

// A reefer box travels the corridors that run cold-chain trains, and only
// on legs with reefer power; dangerous goods keep off the China–Europe
// trains.
func TestReeferAndDangerousGoodsPlanned(t *testing.T) {
	reefer := func(q *route.Query) { q.Shipment.Containers[0].Type = "40RF" }
	for _, tc := range []struct{ from, to string }{
		{"Chengdu", "Łódź"},        // CRE cold-chain trains [R1][R2]
		{"Chongqing", "Singapore"}, // ILSTC cold chain to Qinzhou, then sea [R4][R5]
		{"Kunming", "Vientiane"},   // China–Laos cold-chain trains [R6][R7]
		{"Chengdu", "Hanoi"},       // China–Vietnam cold-chain trains [R7][R8][R9]
		{"Chongqing", "Rotterdam"}, // CRE and sea
	} {
		res := plan(t, tc.from, tc.to, reefer)
		require.NotEmpty(t, res.Itineraries, "%s → %s", tc.from, tc.to)
		for _, it := range res.Itineraries {
			for _, s := range it.Legs() {
				assert.True(t, s.Leg.Reefer, "%s → %s uses %s", tc.from, tc.to, s.Leg.Name())
			}
			assert.NotContains(t, it.Modes(), network.Air, "no reefer box by air")
		}
	}
	// Nong Khai is reached only by the Thai metre gauge, which has no
	// source for reefer power: no route, and the error says why.
	p, err := route.NewPlanner(westchina.Default())
	require.NoError(t, err)
	_, err = p.Plan(t.Context(), route.Query{From: route.At("Kunming"), To: route.At("THNOK"),
		Shipment: cost.Shipment{Containers: []cost.Containers{{Type: "40RF", Count: 1}}, GrossTonnes: 10},
		Currency: "USD", Rates: calRates(t), Ready: ready})
	var nr *route.NoRouteError
	require.True(t, errors.As(err, &nr), "want no route, got %v", err)
	assert.Contains(t, strings.ToLower(err.Error()), "reefer")

	dg := func(q *route.Query) { q.Shipment.DangerousGoods = "3" }
	res := plan(t, "Chongqing", "Duisburg", dg)
	require.NotEmpty(t, res.Itineraries)
	modes := map[network.Mode]bool{}
	for _, it := range res.Itineraries {
		for _, s := range it.Legs() {
			assert.False(t, s.Leg.NoDangerousGoods, s.Leg.Name())
			assert.NotContains(t, s.Leg.Corridor, "CRE", s.Leg.Name())
			modes[s.Leg.Mode] = true
		}
	}
	assert.True(t, modes[network.Sea] && modes[network.Air], "sea and air still carry class 3: %v", modes)
	plain := plan(t, "Chongqing", "Duisburg", nil)
	assert.True(t, slices.ContainsFunc(plain.Itineraries, func(it route.Itinerary) bool {
		return slices.ContainsFunc(it.Legs(), func(s *route.Step) bool { return slices.Contains(s.Leg.Corridor, "CRE") })
	}), "without dangerous goods the CRE is on the front")
}
