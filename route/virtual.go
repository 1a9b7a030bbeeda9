package route

import (
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/route/pareto"
)

// virtualGraph is the network in the shape the search walks: a node per
// terminal × arrival mode, so that the cost of changing mode (handling time
// and charge) can sit on the arcs leaving a node, plus one start node per
// terminal for cargo that begins its journey there (no mode change is
// charged on the first leg).
//
// For every leg l from terminal f to terminal t and every node u of f (its
// start node and one node per mode arriving at f) there is an arc u → (t,
// mode of l). Its cost, priced per query, is the transfer at f from u's mode
// to l's mode (if they differ and u is not a start node), plus the leg, plus
// the border crossing and customs at t.
//
// The topology depends only on the network, so a Planner builds it once; the
// costs depend on the shipment and are filled per query.
type virtualGraph struct {
	// Per node: its terminal and arrival mode (0 for a start node).
	nodeTerm []int32
	nodeMode []network.Mode
	// startNode[t] is terminal t's start node; arrive[t*NumModes+m] is the
	// node for arriving at t by mode m, or -1.
	startNode []int32
	arrive    []int32
	// CSR over nodes; per arc the leg it runs and the node it leaves.
	start   []int32
	head    []int32
	arcLeg  []int32
	arcTail []int32
	// scheduled holds the arcs of scheduled legs (nil when none is), for
	// the time-dependent search; it is shared read-only by all queries.
	scheduled pareto.ArcSet
}

func newVirtualGraph(n *network.Network) *virtualGraph {
	c := n.Compact()
	nt := n.NumTerminals()
	v := &virtualGraph{startNode: make([]int32, nt), arrive: make([]int32, nt*network.NumModes)}
	for i := range v.arrive {
		v.arrive[i] = -1
	}
	// Nodes, terminal by terminal: the start node, then one per arriving
	// mode in mode order, so node order follows terminal order.
	for t := 0; t < nt; t++ {
		v.startNode[t] = int32(len(v.nodeTerm))
		v.nodeTerm = append(v.nodeTerm, int32(t))
		v.nodeMode = append(v.nodeMode, 0)
		var modes network.ModeSet
		for _, l := range c.In(int32(t)) {
			modes = modes.With(c.Mode[l])
		}
		for _, m := range modes.Modes() {
			v.arrive[t*network.NumModes+int(m)] = int32(len(v.nodeTerm))
			v.nodeTerm = append(v.nodeTerm, int32(t))
			v.nodeMode = append(v.nodeMode, m)
		}
	}
	nn := len(v.nodeTerm)
	v.start = make([]int32, nn+1)
	for u := 0; u < nn; u++ {
		out := c.Out(v.nodeTerm[u])
		v.start[u+1] = v.start[u] + int32(len(out))
	}
	m := int(v.start[nn])
	v.head = make([]int32, m)
	v.arcLeg = make([]int32, m)
	v.arcTail = make([]int32, m)
	a := 0
	for u := 0; u < nn; u++ {
		for _, l := range c.Out(v.nodeTerm[u]) {
			v.head[a] = v.arrive[int(c.To[l])*network.NumModes+int(c.Mode[l])]
			v.arcLeg[a] = l
			v.arcTail[a] = int32(u)
			if n.LegAt(int(l)).Schedule != nil {
				if v.scheduled == nil {
					v.scheduled = pareto.NewArcSet(m)
				}
				v.scheduled.Add(int32(a))
			}
			a++
		}
	}
	return v
}

func (v *virtualGraph) numNodes() int { return len(v.nodeTerm) }
func (v *virtualGraph) numArcs() int  { return len(v.head) }

// tail returns the node an arc leaves.
func (v *virtualGraph) tail(a int32) int32 { return v.arcTail[a] }

// arrivalNodes appends the arrival nodes of terminal t to dst.
func (v *virtualGraph) arrivalNodes(dst []int32, t int32) []int32 {
	for m := 1; m < network.NumModes; m++ {
		if u := v.arrive[int(t)*network.NumModes+m]; u >= 0 {
			dst = append(dst, u)
		}
	}
	return dst
}
