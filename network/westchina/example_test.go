package westchina_test

import (
	"fmt"

	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
)

// The default network is embedded: no files are needed at run time.
func ExampleDefault() {
	n := westchina.Default()
	fmt.Println(n.NumTerminals(), "terminals,", n.NumLegs(), "legs,", len(n.Sources()), "sources")
	for l := range n.LegsFrom("CNCQI") {
		fmt.Printf("%-5s %-14s %-6s %s\n", l.Mode, l.To, network.FormatDuration(l.Duration), l.Service)
	}
	// Output:
	// 82 terminals, 274 legs, 77 sources
	// rail  CNXIA          17h    China Railway Express block train
	// rail  CNQZH          2d     ILSTC rail–sea train
	// rail  CNNIN          1d18h  ILSTC China–Vietnam cross-border train
	// rail  CNKNM          1d10h  Chongqing–Kunming container train
	// road  CNCDU          4h     container trucking
	// road  CNCKG          1h     container trucking
	// road  CNCQI-GUOYUAN  1h     container trucking
	// road  CNKNM          1d     container trucking
	// road  CNYYG          1d5h   container trucking
}

// A city name stands for all of its terminals.
func ExampleLoad() {
	n, err := westchina.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range n.Place("Chongqing") {
		t := n.TerminalAt(int(i))
		fmt.Println(t.ID, t.Kind, t.Modes)
	}
	// Output:
	// CNCQI rail_terminal rail,road
	// CNCQI-GUOYUAN river_port rail,road,inland_water
	// CNCKG airport road,air
}
