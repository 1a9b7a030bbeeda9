package network

import "slices"

// Compact is the network in compressed sparse row form, with int32 indices
// and one array per attribute, for search code that walks millions of arcs.
// Terminal i's outgoing legs are OutLegs[OutStart[i]:OutStart[i+1]], in leg
// index order; likewise InLegs for incoming legs. Per-leg arrays are indexed
// by leg index. It is shared by the network and must not be modified.
type Compact struct {
	OutStart []int32 // len NumTerminals+1
	OutLegs  []int32 // leg indices grouped by origin terminal
	InStart  []int32 // len NumTerminals+1
	InLegs   []int32 // leg indices grouped by destination terminal
	From     []int32 // origin terminal of each leg
	To       []int32 // destination terminal of each leg
	Mode     []Mode  // mode of each leg
}

// Compact returns the network's compact form.
func (n *Network) Compact() *Compact { return &n.compact }

// NumTerminals returns the number of terminals.
func (c *Compact) NumTerminals() int { return len(c.OutStart) - 1 }

// Out returns the indices of the legs leaving terminal i, or nil when i is
// out of range.
func (c *Compact) Out(i int32) []int32 {
	if i < 0 || int(i) >= len(c.OutStart)-1 {
		return nil
	}
	return c.OutLegs[c.OutStart[i]:c.OutStart[i+1]]
}

// In returns the indices of the legs arriving at terminal i, or nil when i
// is out of range.
func (c *Compact) In(i int32) []int32 {
	if i < 0 || int(i) >= len(c.InStart)-1 {
		return nil
	}
	return c.InLegs[c.InStart[i]:c.InStart[i+1]]
}

// index builds the compact form by counting sort, O(T + L), from the
// origin and destination index of every leg, which Build has looked up.
func (n *Network) index(from, to []int32) {
	nt, nl := len(n.terminals), len(n.legs)
	c := &n.compact
	c.From, c.To = from, to
	c.Mode = make([]Mode, nl)
	c.OutStart = make([]int32, nt+1)
	c.InStart = make([]int32, nt+1)
	for i := range n.legs {
		c.Mode[i] = n.legs[i].Mode
		c.OutStart[from[i]+1]++
		c.InStart[to[i]+1]++
	}
	for i := 0; i < nt; i++ {
		c.OutStart[i+1] += c.OutStart[i]
		c.InStart[i+1] += c.InStart[i]
	}
	c.OutLegs = make([]int32, nl)
	c.InLegs = make([]int32, nl)
	outNext := slices.Clone(c.OutStart[:nt])
	inNext := slices.Clone(c.InStart[:nt])
	for i := range nl {
		f, t := from[i], to[i]
		c.OutLegs[outNext[f]] = int32(i)
		outNext[f]++
		c.InLegs[inNext[t]] = int32(i)
		inNext[t]++
	}
}
