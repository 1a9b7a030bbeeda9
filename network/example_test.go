package network_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"gonum.org/v1/gonum/graph/path"

	"github.com/corridor-go/corridor/network"
)

// Load a network from its canonical JSON file and look around it.
func ExampleReadJSON() {
	f, err := os.Open("testdata/small.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	n, err := network.ReadJSON(f, "small.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Name(), "-", n.NumTerminals(), "terminals,", n.NumLegs(), "legs")
	for l := range n.LegsFrom("CNCQI") {
		fmt.Printf("%s: %s → %s by %s, %s, %.0f km (estimated %v)\n",
			l.ID, l.From, l.To, l.Mode, network.FormatDuration(l.Duration), l.DistanceKm, l.DistanceEstimated)
	}
	for _, i := range n.Place("chongqing") {
		fmt.Println("Chongqing means", n.TerminalAt(int(i)).ID)
	}
	// Output:
	// small test network - 3 terminals, 2 legs
	// yxo-1: CNCQI → KZDOS by rail, 5d, 3852 km (estimated true)
	// Chongqing means CNCQI
}

// Build reports every problem at once, each naming its record and wrapping a
// sentinel error.
func ExampleBuilder_Build_errors() {
	b := network.NewBuilder("broken")
	b.AddTerminal(network.Terminal{ID: "CNCQI", Name: "Chongqing", Country: "CN", Kind: network.RailTerminal,
		Modes: network.SetOf(network.Rail), Location: orb.Point{106.55, 29.58}})
	b.AddLeg(network.Leg{ID: "to-nowhere", From: "CNCQI", To: "DEDUI", Mode: network.Rail, Duration: 16 * 24 * time.Hour,
		Price: network.PriceTerms{Currency: "USD", Fixed: 9000 * network.Micro}})
	b.AddLeg(network.Leg{ID: "free-lunch", From: "CNCQI", To: "CNCQI", Mode: network.Rail, Duration: time.Hour})
	_, err := b.Build()
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println(line)
	}
	fmt.Println(errors.Is(err, network.ErrUnknownTerminal), errors.Is(err, network.ErrSelfLoop))
	// Output:
	// leg "to-nowhere" to: network: unknown terminal "DEDUI"
	// leg "free-lunch" to: network: leg starts and ends at the same terminal
	// leg "free-lunch" price: network: missing value: no price terms (a free leg still names its currency)
	// true true
}

// Run gonum's Dijkstra on the network's simple view.
func ExampleNetwork_Graph() {
	f, _ := os.Open("testdata/small.json")
	defer f.Close()
	n, _ := network.ReadJSON(f, "small.json")
	g := n.Graph(network.ByDuration)
	from, _ := n.TerminalIndex("CNCQI")
	to, _ := n.TerminalIndex("DEDUI")
	nodes, hours := path.DijkstraFrom(g.Node(int64(from)), g).To(int64(to))
	fmt.Printf("%d terminals, %.1f days in motion\n", len(nodes), hours/24)
	// Output: 3 terminals, 15.5 days in motion
}
