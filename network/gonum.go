package network

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
)

// LegWeight gives a leg's weight in a gonum view; ok false leaves the leg
// out of the view (a mode the caller does not want, say). Weights must not
// be negative for gonum's shortest-path algorithms.
type LegWeight func(l *Leg) (w float64, ok bool)

// ByDistance weighs a leg by its distance in km.
func ByDistance(l *Leg) (float64, bool) { return l.DistanceKm, true }

// ByDuration weighs a leg by its transit time in hours (waiting for a
// departure is not counted: the views are static).
func ByDuration(l *Leg) (float64, bool) { return l.Duration.Hours(), true }

// OnlyModes wraps w so that legs of modes outside set are left out.
func OnlyModes(set ModeSet, w LegWeight) LegWeight {
	return func(l *Leg) (float64, bool) {
		if !set.Has(l.Mode) {
			return 0, false
		}
		return w(l)
	}
}

// Node is a terminal as a gonum graph node; its ID is the terminal's dense
// index.
type Node struct {
	Index    int64
	Terminal *Terminal
}

// ID implements graph.Node.
func (n Node) ID() int64 { return n.Index }

// Edge is a leg as a gonum weighted edge (and weighted line: its line ID is
// the leg's index).
type Edge struct {
	F, T   Node
	LegIdx int64
	Leg    *Leg
	W      float64
}

// From implements graph.Edge.
func (e Edge) From() graph.Node { return e.F }

// To implements graph.Edge.
func (e Edge) To() graph.Node { return e.T }

// ReversedEdge implements graph.Edge. The reversed edge still refers to the
// same leg, which runs the other way; gonum only uses it for undirected
// algorithms.
func (e Edge) ReversedEdge() graph.Edge { e.F, e.T = e.T, e.F; return e }

// ReversedLine implements graph.Line.
func (e Edge) ReversedLine() graph.Line { e.F, e.T = e.T, e.F; return e }

// ID implements graph.Line: the leg's index.
func (e Edge) ID() int64 { return e.LegIdx }

// Weight implements graph.WeightedEdge.
func (e Edge) Weight() float64 { return e.W }

// view holds what both gonum views share: the kept legs with their weights,
// grouped by origin and by destination.
type view struct {
	n     *Network
	nodes []graph.Node
	// out[u] holds the kept legs from u sorted by (destination, weight, leg
	// index); in[v] the distinct origins of kept legs into v.
	out [][]Edge
	in  [][]graph.Node
	// succ[u] holds the distinct destinations from u in index order.
	succ [][]graph.Node
}

func newView(n *Network, w LegWeight) view {
	v := view{n: n, nodes: make([]graph.Node, len(n.terminals)),
		out: make([][]Edge, len(n.terminals)), in: make([][]graph.Node, len(n.terminals)),
		succ: make([][]graph.Node, len(n.terminals))}
	for i := range n.terminals {
		v.nodes[i] = Node{Index: int64(i), Terminal: &n.terminals[i]}
	}
	c := &n.compact
	for li := range n.legs {
		wt, ok := w(&n.legs[li])
		if !ok || math.IsNaN(wt) {
			continue
		}
		f, t := c.From[li], c.To[li]
		v.out[f] = append(v.out[f], Edge{F: v.nodes[f].(Node), T: v.nodes[t].(Node), LegIdx: int64(li), Leg: &n.legs[li], W: wt})
	}
	for u, es := range v.out {
		slices.SortFunc(es, func(a, b Edge) int {
			if a.T.Index != b.T.Index {
				return int(a.T.Index - b.T.Index)
			}
			if a.W != b.W {
				if a.W < b.W {
					return -1
				}
				return 1
			}
			return int(a.LegIdx - b.LegIdx)
		})
		for j, e := range es {
			if j == 0 || es[j-1].T.Index != e.T.Index {
				v.succ[u] = append(v.succ[u], e.T)
				v.in[e.T.Index] = append(v.in[e.T.Index], e.F)
			}
		}
	}
	return v
}

// legs returns the kept legs from u to w, lightest first.
func (v *view) legs(uid, wid int64) []Edge {
	if uid < 0 || uid >= int64(len(v.out)) {
		return nil
	}
	es := v.out[uid]
	i, found := slices.BinarySearchFunc(es, wid, func(e Edge, t int64) int { return int(e.T.Index - t) })
	if !found {
		return nil
	}
	j := i
	for j < len(es) && es[j].T.Index == wid {
		j++
	}
	return es[i:j]
}

// Node implements graph.Graph.
func (v *view) Node(id int64) graph.Node {
	if id < 0 || id >= int64(len(v.nodes)) {
		return nil
	}
	return v.nodes[id]
}

// Nodes implements graph.Graph.
func (v *view) Nodes() graph.Nodes { return iterator.NewOrderedNodes(v.nodes) }

// From implements graph.Graph: the terminals reachable by one kept leg.
func (v *view) From(id int64) graph.Nodes {
	if id < 0 || id >= int64(len(v.succ)) || len(v.succ[id]) == 0 {
		return graph.Empty
	}
	return iterator.NewOrderedNodes(v.succ[id])
}

// To implements graph.Directed: the terminals with a kept leg into id.
func (v *view) To(id int64) graph.Nodes {
	if id < 0 || id >= int64(len(v.in)) || len(v.in[id]) == 0 {
		return graph.Empty
	}
	return iterator.NewOrderedNodes(v.in[id])
}

// HasEdgeBetween implements graph.Graph.
func (v *view) HasEdgeBetween(xid, yid int64) bool {
	return v.HasEdgeFromTo(xid, yid) || v.HasEdgeFromTo(yid, xid)
}

// HasEdgeFromTo implements graph.Directed.
func (v *view) HasEdgeFromTo(uid, vid int64) bool { return len(v.legs(uid, vid)) > 0 }

// Weight implements graph.Weighted for Graph and Multigraph: 0 from a node
// to itself, the lightest leg's weight between distinct connected nodes,
// +Inf and false otherwise. (A Multigraph's parallel legs are
// alternatives, so it does not sum them as gonum's multigraphs do.)
func (v *view) Weight(xid, yid int64) (float64, bool) {
	if xid == yid && v.Node(xid) != nil {
		return 0, true
	}
	if es := v.legs(xid, yid); len(es) > 0 {
		return es[0].W, true
	}
	return math.Inf(1), false
}

// Graph is a gonum graph.WeightedDirected view of a network: one edge per
// ordered terminal pair, the lightest of the legs between them by the
// caller's LegWeight (ties go to the lower leg index). gonum's
// path.DijkstraFrom, path.AStar and friends run on it.
type Graph struct{ view }

var _ graph.WeightedDirected = (*Graph)(nil)

// Graph returns a simple weighted directed view of n weighed by w. Building
// it costs O(L log L) time and O(L) memory; it does not change n.
func (n *Network) Graph(w LegWeight) *Graph { return &Graph{newView(n, w)} }

// Edge implements graph.Graph.
func (g *Graph) Edge(uid, vid int64) graph.Edge {
	// WeightedEdge returns a nil interface (never a typed nil) when there is
	// no edge, which converts to a nil graph.Edge.
	return g.WeightedEdge(uid, vid)
}

// WeightedEdge implements graph.Weighted: the lightest leg from u to v.
func (g *Graph) WeightedEdge(uid, vid int64) graph.WeightedEdge {
	es := g.legs(uid, vid)
	if len(es) == 0 {
		return nil
	}
	return es[0]
}

// Multigraph is a gonum graph.WeightedDirectedMultigraph view of a network
// that keeps every leg as a line (line ID = leg index). Unlike gonum's own
// multi.WeightedDirectedGraph, whose default Weight sums parallel lines, its
// Weight returns the lightest parallel leg: two trains between the same
// pair of terminals are alternatives, not a combined journey.
type Multigraph struct{ view }

var _ graph.WeightedDirectedMultigraph = (*Multigraph)(nil)

// Multigraph returns a weighted directed multigraph view of n weighed by w.
func (n *Network) Multigraph(w LegWeight) *Multigraph { return &Multigraph{newView(n, w)} }

// Lines implements graph.Multigraph.
func (m *Multigraph) Lines(uid, vid int64) graph.Lines {
	es := m.legs(uid, vid)
	if len(es) == 0 {
		return graph.Empty
	}
	ls := make([]graph.Line, len(es))
	for i, e := range es {
		ls[i] = e
	}
	return iterator.NewOrderedLines(ls)
}

// WeightedLines implements graph.WeightedMultigraph.
func (m *Multigraph) WeightedLines(uid, vid int64) graph.WeightedLines {
	es := m.legs(uid, vid)
	if len(es) == 0 {
		return graph.Empty
	}
	ls := make([]graph.WeightedLine, len(es))
	for i, e := range es {
		ls[i] = e
	}
	return iterator.NewOrderedWeightedLines(ls)
}
