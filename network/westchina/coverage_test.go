package westchina

import (
	"slices"
	"testing"

	"github.com/corridor-go/corridor/network"
	"github.com/stretchr/testify/assert"
)

// reachable reports whether to can be reached from from using only the
// given modes, passing through via (if not "") and avoiding the terminals
// in avoid. It is a plain breadth-first search over (terminal, via seen).
func reachable(n *network.Network, from, to, via string, modes network.ModeSet, avoid ...string) bool {
	type state struct {
		id  string
		via bool
	}
	start := state{from, via == "" || from == via}
	seen := map[state]bool{start: true}
	queue := []state{start}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if s.id == to && s.via {
			return true
		}
		for l := range n.LegsFrom(s.id) {
			if !modes.Has(l.Mode) || slices.Contains(avoid, l.To) {
				continue
			}
			next := state{l.To, s.via || l.To == via}
			if !seen[next] {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
	return false
}

func TestCoverageTerminals(t *testing.T) {
	n := load(t)
	for _, id := range []string{
		"CNCDU", "CNCQI", "CNCQI-GUOYUAN", "CNCTU", "CNCDU-TFU", "CNCKG", "CNXIA", "CNLAZ", "CNULZ",
		"CNAKL", "KZDOS", "CNHRS", "KZHOR", "CNERC", "MNZUU", "CNMLX", "RUZBK", "BYBQT", "PLMAA",
		"PLLOD", "PLWAW", "DEDUI", "DEHAM", "HUBUD", "CNQZH", "SGSIN", "MYPKG", "VNCMT", "VNCLI", "VNHPH",
		"IDJKT", "THLCH", "CNPIN", "VNYEV", "VNHAN", "CNHKM", "VNLCA", "CNKNM", "CNMHN", "LABTN", "LAVTE",
		"THNOK", "THBKK", "CNYCG", "CNNHN", "CNNJI", "CNSGH-YANGSHAN", "CNTAC", "GRPIR", "BEANR", "NLRTM",
		"EGSUZ", "ZA-CAPE", "DEFRA", "BELGG", "NLAMS-AMS", "CNPVG",
	} {
		_, ok := n.Terminal(id)
		assert.True(t, ok, id)
	}
	// Gauge changes where the research notes put them.
	for id, g := range map[string][2]int{
		"KZDOS": {1435, 1520}, "KZHOR": {1435, 1520}, "MNZUU": {1435, 1520}, "RUZBK": {1435, 1520},
		"PLMAA": {1520, 1435}, "CNHKM": {1435, 1000}, "LATHG": {1435, 1000},
	} {
		tm, ok := n.Terminal(id)
		if assert.True(t, ok, id) && assert.NotNil(t, tm.Border, id) {
			assert.True(t, tm.Border.GaugeChange(), id)
			assert.Equal(t, g, [2]int{tm.Border.GaugeFrom, tm.Border.GaugeTo}, id)
			assert.Positive(t, tm.Border.Dwell, id)
			assert.Equal(t, network.BorderCrossing, tm.Kind, id)
		}
	}
}

func TestCoveragePaths(t *testing.T) {
	n := load(t)
	railOnly := network.SetOf(network.Rail)
	water := network.SetOf(network.Sea, network.InlandWater)
	landWater := network.SetOf(network.Sea, network.InlandWater, network.Road)
	air := network.SetOf(network.Air, network.Road)
	for _, c := range []struct {
		from, to, via string
		modes         network.ModeSet
		avoid         []string
	}{
		// China Railway Express, all four border crossings, both directions.
		{"CNCQI", "DEDUI", "KZDOS", railOnly, nil},
		{"CNCQI", "DEDUI", "KZHOR", railOnly, []string{"KZDOS"}},
		{"CNCQI", "DEDUI", "MNZUU", railOnly, []string{"KZDOS", "KZHOR"}},
		{"CNCQI", "DEDUI", "RUZBK", railOnly, []string{"KZDOS", "KZHOR", "MNZUU"}},
		{"CNCDU", "PLLOD", "PLMAA", railOnly, nil},
		{"CNCDU", "PLWAW", "CNLAZ", railOnly, nil},
		{"CNCDU", "DEHAM", "", railOnly, nil},
		{"CNCDU", "HUBUD", "", railOnly, nil},
		{"DEDUI", "CNCQI", "KZDOS", railOnly, nil},
		{"PLLOD", "CNCDU", "", railOnly, nil},
		// ILSTC: rail to Qinzhou then sea; rail and road to Vietnam.
		{"CNCQI", "SGSIN", "CNQZH", network.SetOf(network.Rail, network.Sea), nil},
		{"CNCDU", "MYPKG", "CNQZH", network.SetOf(network.Rail, network.Sea), nil},
		{"CNCQI", "VNCMT", "", network.SetOf(network.Rail, network.Sea), nil},
		{"CNCQI", "VNHPH", "", network.SetOf(network.Rail, network.Sea), nil},
		{"CNCQI", "IDJKT", "", network.SetOf(network.Rail, network.Sea), nil},
		{"CNCQI", "THLCH", "", network.SetOf(network.Rail, network.Sea), nil},
		{"CNCQI", "VNYEV", "CNPIN", railOnly, nil},
		{"CNKNM", "VNYEV", "CNHKM", railOnly, nil},
		{"CNCQI", "VNHAN", "CNYYG", network.SetOf(network.Road), nil},
		{"CNKNM", "VNHAN", "VNLCA", network.SetOf(network.Road), nil},
		{"SGSIN", "CNCQI", "", network.SetOf(network.Rail, network.Sea), nil},
		// China–Laos railway and on to Thailand.
		{"CNKNM", "LAVTE", "LABTN", railOnly, nil},
		{"CNCQI", "THBKK", "LATHG", railOnly, nil},
		{"CNKNM", "LAVTE", "", network.SetOf(network.Road), nil},
		{"LAVTE", "CNKNM", "", railOnly, nil},
		// Yangtze and the sea to Europe, via Suez and via the Cape.
		{"CNCQI-GUOYUAN", "NLRTM", "EGSUZ", water, nil},
		{"CNCQI-GUOYUAN", "NLRTM", "ZA-CAPE", water, []string{"EGSUZ"}},
		{"CNCQI-GUOYUAN", "DEHAM", "ZA-CAPE", water, []string{"EGSUZ"}},
		{"CNCQI-GUOYUAN", "BEANR", "CNNHN", water, nil},
		{"CNCQI-GUOYUAN", "GRPIR", "CNYCG", water, nil},
		{"CNCQI-GUOYUAN", "CNTAC", "CNNJI", water, nil},
		{"CNCQI", "DEDUI", "NLRTM", landWater, nil},
		{"NLRTM", "CNCQI-GUOYUAN", "EGSUZ", water, nil},
		// Air, direct and via a hub.
		{"CNCKG", "BELGG", "", network.SetOf(network.Air), []string{"CNPVG"}},
		{"CNCKG", "DEFRA", "", network.SetOf(network.Air), []string{"CNPVG"}},
		{"CNCDU-TFU", "DEFRA", "", network.SetOf(network.Air), []string{"CNPVG"}},
		{"CNCTU", "NLAMS-AMS", "CNPVG", network.SetOf(network.Air), nil},
		{"CNCQI", "DEDUI", "BELGG", air, nil},
		{"CNCDU", "DEDUI", "NLAMS-AMS", air, nil},
		// Road: Chengdu–Chongqing, feeders, European on-carriage.
		{"CNCDU", "CNCQI", "", network.SetOf(network.Road), nil},
		{"CNCDU", "CNCQI-GUOYUAN", "", network.SetOf(network.Road), nil},
		{"DEDUI", "DECGN", "", network.SetOf(network.Road), nil},
		{"DEHAM", "DEBER", "", network.SetOf(network.Road), nil},
		{"PLLOD", "PLWAW", "", network.SetOf(network.Road), nil},
		{"NLRTM", "NLVEN", "", network.SetOf(network.Road), nil},
	} {
		assert.True(t, reachable(n, c.from, c.to, c.via, c.modes, c.avoid...),
			"%s→%s via %q by %s avoiding %v", c.from, c.to, c.via, c.modes, c.avoid)
	}
	// Legs are directed: every leg has a way back by the same mode.
	for l := range n.Legs() {
		back := false
		for r := range n.LegsFrom(l.To) {
			back = back || r.To == l.From && r.Mode == l.Mode
		}
		assert.True(t, back, "no return leg for %s", l.Name())
	}
}

// TestSchedules checks that trucking leaves at once and scheduled services
// leave from the terminals where they are formed.
func TestSchedules(t *testing.T) {
	n := load(t)
	for l := range n.Legs() {
		if l.Mode == network.Road {
			assert.Nil(t, l.Schedule, l.Name())
		}
	}
	for _, id := range []string{"rail-cncqi-cnxia", "rail-cncdu-cnlaz", "rail-cncqi-cnqzh", "sea-cnqzh-sgsin",
		"rail-cnknm-cnmhn", "inland_water-cncqi-guoyuan-cn-three-gorges", "air-cnckg-belgg", "sea-cnsgh-yangshan-egsuz", "rail-dedui-plmaa"} {
		var leg *network.Leg
		for l := range n.Legs() {
			if l.ID == id {
				leg = l
			}
		}
		if assert.NotNil(t, leg, id) {
			assert.NotNil(t, leg.Schedule, id)
		}
	}
}
