package westchina_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/route"
)

// The Middle Corridor against the Kazakh ministry's 2024 times from
// Altynkol [M1] and Azerbaijan Railways' Xi'an–Baku train [M3], planned by
// rail and sea with schedules (ready Monday 7 December 2026, 09:00).
func TestMiddleCorridorCalibrated(t *testing.T) {
	railSea := func(q *route.Query) { q.Constraints.Modes = network.SetOf(network.Rail, network.Sea) }
	for _, tc := range []struct {
		from, to       string
		lo, hi         float64 // days
		source, viaSea string
	}{
		{"KZHOR", "AZALA", 7, 11, "M1: 9 d", "AZALA"},
		{"KZHOR", "GEPTI", 10, 14, "M1: 12 d", "AZALA"},
		{"KZHOR", "RO-CONSTANTA", 18, 25, "M1: 20–22 d", "GEPTI"},
		{"Xian", "AZALA", 10, 14, "M3: about 12 d", "AZALA"},
	} {
		res := plan(t, tc.from, tc.to, railSea)
		require.NotEmpty(t, res.Itineraries, "%s → %s", tc.from, tc.to)
		var mc []route.Itinerary
		for _, it := range res.Itineraries {
			if slices.ContainsFunc(it.Legs(), func(s *route.Step) bool { return s.Leg.From == "KZAAU" }) {
				mc = append(mc, it)
			}
		}
		require.NotEmpty(t, mc, "%s → %s crosses the Caspian", tc.from, tc.to)
		d := days(fastest(mc).Total.Transit)
		assert.True(t, d >= tc.lo && d <= tc.hi, "%s → %s: %.1f d, want %v–%v (%s)", tc.from, tc.to, d, tc.lo, tc.hi, tc.source)
	}
}

// Avoiding Russia and Belarus, a box from Chongqing to the Black Sea
// crosses Kazakhstan and the Caspian, faster than by sea.
func TestMiddleCorridorAvoidsRussia(t *testing.T) {
	avoid := func(countries ...string) func(q *route.Query) {
		return func(q *route.Query) {
			q.Constraints.AvoidCountries = countries
			q.Constraints.Modes = network.SetOf(network.Rail, network.Sea, network.Road)
		}
	}
	res := plan(t, "Chongqing", "Constanta", avoid("RU", "BY"))
	var mc []route.Itinerary
	for _, it := range res.Itineraries {
		for _, s := range it.Legs() {
			assert.NotContains(t, []string{"RU", "BY"}, s.To.Country, s.Leg.Name())
		}
		if slices.ContainsFunc(it.Legs(), func(s *route.Step) bool { return slices.Contains(s.Leg.Corridor, "MIDDLE") }) {
			mc = append(mc, it)
		}
	}
	require.NotEmpty(t, mc, "the Middle Corridor is on the front")
	sea := plan(t, "Chongqing", "Constanta", avoid("RU", "BY", "KZ"))
	require.NotEmpty(t, sea.Itineraries)
	assert.Less(t, fastest(mc).Total.Transit, fastest(sea.Itineraries).Total.Transit)
}
