package network_test

import (
	"math"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/multi"
	"gonum.org/v1/gonum/graph/path"

	"github.com/corridor-go/corridor/network"
)

// diamond is A→B→D and A→C→D with parallel legs A→B by rail and road, and an
// air leg A→D that a mode filter can drop.
func diamond(t *testing.T) *network.Network {
	t.Helper()
	b := network.NewBuilder("diamond")
	for i, id := range []string{"A", "B", "C", "D"} {
		b.AddTerminal(network.Terminal{ID: id, Name: id, Country: "CN", Kind: network.RoadHub,
			Modes: network.SetOf(network.Rail, network.Road, network.Air), Location: orb.Point{100 + float64(i), 30}})
	}
	usd := network.PriceTerms{Currency: "USD", Fixed: 100 * network.Micro}
	leg := func(from, to string, m network.Mode, km float64, h int) network.Leg {
		return network.Leg{From: from, To: to, Mode: m, DistanceKm: km, Duration: time.Duration(h) * time.Hour, Price: usd}
	}
	b.AddLeg(leg("A", "B", network.Rail, 300, 10))
	b.AddLeg(leg("A", "B", network.Road, 250, 5)) // parallel: shorter and faster
	b.AddLeg(leg("B", "D", network.Rail, 300, 10))
	b.AddLeg(leg("A", "C", network.Road, 200, 3))
	b.AddLeg(leg("C", "D", network.Road, 500, 8))
	b.AddLeg(leg("A", "D", network.Air, 900, 2))
	n, err := b.Build()
	require.NoError(t, err)
	return n
}

func TestGraphDijkstra(t *testing.T) {
	n := diamond(t)
	for _, tc := range []struct {
		name   string
		weight network.LegWeight
		want   float64
		hops   []string
	}{
		{"distance", network.ByDistance, 550, []string{"A", "B", "D"}},
		{"duration", network.ByDuration, 2, []string{"A", "D"}},
		{"duration without air", network.OnlyModes(network.SetOf(network.Rail, network.Road), network.ByDuration), 11, []string{"A", "C", "D"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := n.Graph(tc.weight)
			a, _ := n.TerminalIndex("A")
			d, _ := n.TerminalIndex("D")
			sp := path.DijkstraFrom(g.Node(int64(a)), g)
			nodes, w := sp.To(int64(d))
			assert.InDelta(t, tc.want, w, 1e-9)
			var ids []string
			for _, nd := range nodes {
				ids = append(ids, nd.(network.Node).Terminal.ID)
			}
			assert.Equal(t, tc.hops, ids)
		})
	}
}

func TestGraphLightestParallelLeg(t *testing.T) {
	n := diamond(t)
	g := n.Graph(network.ByDuration)
	e := g.WeightedEdge(0, 1)
	require.NotNil(t, e)
	assert.Equal(t, network.Road, e.(network.Edge).Leg.Mode, "the 5 h road leg beats the 10 h train")
	assert.Equal(t, 5.0, e.Weight())
	w, ok := g.Weight(0, 0)
	assert.True(t, ok)
	assert.Zero(t, w)
	w, ok = g.Weight(1, 0) // no leg B→A
	assert.False(t, ok)
	assert.True(t, math.IsInf(w, 1))
	assert.Nil(t, g.Node(99))
	assert.Equal(t, 0, g.From(99).Len())
	assert.True(t, g.HasEdgeBetween(1, 0))
	assert.False(t, g.HasEdgeFromTo(1, 0))
	assert.Equal(t, 3, g.To(3).Len(), "D is reached from A, B and C")
}

func TestMultigraphKeepsEveryLeg(t *testing.T) {
	n := diamond(t)
	m := n.Multigraph(network.ByDuration)
	lines := graph.WeightedLinesOf(m.WeightedLines(0, 1))
	require.Len(t, lines, 2)
	assert.Equal(t, 5.0, lines[0].Weight(), "lightest first")
	assert.Equal(t, 10.0, lines[1].Weight())
	w, ok := m.Weight(0, 1)
	assert.True(t, ok)
	assert.Equal(t, 5.0, w, "parallel legs are alternatives: the lightest, not the sum")

	// gonum's own multigraph sums parallel lines by default, which would be
	// wrong for freight: show the difference so nobody swaps it in.
	gm := multi.NewWeightedDirectedGraph()
	for _, l := range lines {
		gm.SetWeightedLine(gm.NewWeightedLine(l.From(), l.To(), l.Weight()))
	}
	sum, _ := gm.Weight(0, 1)
	assert.Equal(t, 15.0, sum)
}

// TestGraphEdgeNil checks that Edge returns a nil interface, not a typed
// nil, when there is no leg, as gonum's algorithms test with == nil.
func TestGraphEdgeNil(t *testing.T) {
	n := diamond(t)
	g := n.Graph(network.ByDuration)
	assert.True(t, g.Edge(1, 0) == nil, "no leg B→A")
	assert.NotNil(t, g.Edge(0, 1))
	w, ok := n.Multigraph(network.ByDuration).Weight(1, 0)
	assert.False(t, ok)
	assert.True(t, math.IsInf(w, 1))
}
