package network

import (
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// Network is an immutable multimodal network: terminals, the legs between
// them, the default transfer rules and the sources of its figures. Build it
// with a Builder or a decoder. A *Network is safe for concurrent use by any
// number of readers; the values it hands out share its slices, which callers
// must not modify.
//
// Terminals and legs have dense indices (0 … NumTerminals()-1, 0 …
// NumLegs()-1) in the order they were added; the compact form and the
// gonum views use them.
type Network struct {
	name      string
	sources   []Source
	terminals []Terminal
	legs      []Leg
	transfers []Transfer
	byID      map[string]int32
	places    map[string][]int32
	zones     []*time.Location
	compact   Compact
}

// Name returns the network's name.
func (n *Network) Name() string { return n.name }

// NumTerminals returns the number of terminals.
func (n *Network) NumTerminals() int { return len(n.terminals) }

// NumLegs returns the number of legs.
func (n *Network) NumLegs() int { return len(n.legs) }

// Terminal returns the terminal with the given ID.
func (n *Network) Terminal(id string) (*Terminal, bool) {
	i, ok := n.byID[id]
	if !ok {
		return nil, false
	}
	return &n.terminals[i], true
}

// TerminalIndex returns the dense index of the terminal with the given ID.
func (n *Network) TerminalIndex(id string) (int, bool) {
	i, ok := n.byID[id]
	return int(i), ok
}

// TerminalAt returns the terminal with dense index i, or nil when i is out
// of range.
func (n *Network) TerminalAt(i int) *Terminal {
	if i < 0 || i >= len(n.terminals) {
		return nil
	}
	return &n.terminals[i]
}

// LegAt returns the leg with dense index i, or nil when i is out of range.
func (n *Network) LegAt(i int) *Leg {
	if i < 0 || i >= len(n.legs) {
		return nil
	}
	return &n.legs[i]
}

// Location returns the time zone of terminal i, or nil when it has none or i
// is out of range.
func (n *Network) Location(i int) *time.Location {
	if i < 0 || i >= len(n.zones) {
		return nil
	}
	return n.zones[i]
}

// Terminals iterates over the terminals in index order.
func (n *Network) Terminals() iter.Seq[*Terminal] {
	return func(yield func(*Terminal) bool) {
		for i := range n.terminals {
			if !yield(&n.terminals[i]) {
				return
			}
		}
	}
}

// Legs iterates over the legs in index order.
func (n *Network) Legs() iter.Seq[*Leg] {
	return func(yield func(*Leg) bool) {
		for i := range n.legs {
			if !yield(&n.legs[i]) {
				return
			}
		}
	}
}

// LegsFrom iterates over the legs leaving the terminal with the given ID, in
// index order. An unknown ID yields nothing.
func (n *Network) LegsFrom(id string) iter.Seq[*Leg] {
	return n.legsVia(id, n.compact.OutStart, n.compact.OutLegs)
}

// LegsTo iterates over the legs arriving at the terminal with the given ID.
func (n *Network) LegsTo(id string) iter.Seq[*Leg] {
	return n.legsVia(id, n.compact.InStart, n.compact.InLegs)
}

func (n *Network) legsVia(id string, start, legs []int32) iter.Seq[*Leg] {
	return func(yield func(*Leg) bool) {
		i, ok := n.byID[id]
		if !ok {
			return
		}
		for _, l := range legs[start[i]:start[i+1]] {
			if !yield(&n.legs[l]) {
				return
			}
		}
	}
}

// Currencies returns the currencies the network's prices are in — legs,
// transfer rules (default and per terminal) and border fees — sorted. A
// quote needs an exchange rate from each of them into its currency. O(L+T).
func (n *Network) Currencies() []Currency {
	var cs []Currency
	add := func(c Currency) {
		if c != "" && !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	for i := range n.legs {
		add(n.legs[i].Price.Currency)
	}
	for _, x := range n.transfers {
		add(x.Charge.Currency)
	}
	for i := range n.terminals {
		t := &n.terminals[i]
		for _, x := range t.Transfers {
			add(x.Charge.Currency)
		}
		if t.Border != nil {
			add(t.Border.Fee.Currency)
		}
	}
	slices.Sort(cs)
	return cs
}

// Transfers returns the network-wide default transfer rules.
func (n *Network) Transfers() []Transfer { return n.transfers }

// TransferAt returns the handling rule for changing from mode `from` to mode
// `to` at terminal i: the terminal's own rule if it has one, else the
// network default. ok is false when neither exists, meaning the change is
// free and instant.
func (n *Network) TransferAt(i int, from, to Mode) (Transfer, bool) {
	if t := n.TerminalAt(i); t != nil {
		for _, x := range t.Transfers {
			if x.From == from && x.To == to {
				return x, true
			}
		}
	}
	for _, x := range n.transfers {
		if x.From == from && x.To == to {
			return x, true
		}
	}
	return Transfer{}, false
}

// Sources returns the documents the network's figures cite.
func (n *Network) Sources() []Source { return n.sources }

// Source returns the source with the given ID.
func (n *Network) Source(id string) (Source, bool) {
	for _, s := range n.sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// Place returns the indices of the terminals a name stands for: the terminal
// with that ID and every terminal whose LOCODE or alias it is ("CNCQI",
// "Chongqing" → the city's rail terminals, river port and airport). A code
// that is one terminal's ID and other terminals' alias means all of them:
// CNCKG is officially Jiangbei airport, but carriers write it for the city
// of Chongqing, so it names both. Matching ignores case and surrounding
// space. The result is in index order and must not be modified.
func (n *Network) Place(name string) []int32 {
	return n.places[placeKey(name)]
}

func placeKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Nearest returns up to k terminals nearest to p, nearest first, within
// maxKm kilometres of it (maxKm <= 0 means no limit), with their distances
// in km, appended to buf. It is a linear scan, O(T log k), which is cheap for
// networks of thousands of terminals.
func (n *Network) Nearest(buf []Neighbour, p orb.Point, k int, maxKm float64) []Neighbour {
	out := buf[:0]
	if k <= 0 || !ValidPoint(p) {
		return out
	}
	for i := range n.terminals {
		d := geo.Distance(p, n.terminals[i].Location) / 1000
		if maxKm > 0 && d > maxKm {
			continue
		}
		if len(out) == k && d >= out[k-1].Km {
			continue
		}
		nb := Neighbour{Index: i, Terminal: &n.terminals[i], Km: d}
		j, _ := slices.BinarySearchFunc(out, nb, func(a, b Neighbour) int {
			if a.Km < b.Km || a.Km == b.Km && a.Index < b.Index {
				return -1
			}
			return 1
		})
		if len(out) < k {
			out = append(out, Neighbour{})
		}
		copy(out[j+1:], out[j:len(out)-1])
		out[j] = nb
	}
	return out
}

// Neighbour is a terminal found by Nearest.
type Neighbour struct {
	Index    int
	Terminal *Terminal
	Km       float64 // great-circle distance from the query point
}
