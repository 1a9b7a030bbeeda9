package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Compare the rail options from Kunming to Bangkok and read the JSON output
// the way another program would.
func Example_railKunmingBangkok() {
	r, w, _ := os.Pipe()
	go func() {
		run(context.Background(), []string{"-from", "Kunming", "-to", "Bangkok", "-modes", "rail", "-today", "2026-11-21", "-format", "json"}, w, io.Discard)
		w.Close()
	}()
	var rep struct {
		Pairs []struct {
			Itineraries []struct {
				Summary string
				Legs    []struct{ From, To string }
			}
		}
	}
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range rep.Pairs[0].Itineraries {
		fmt.Println(it.Summary)
		for _, l := range it.Legs {
			fmt.Println("  ", l.From, "→", l.To)
		}
	}
	// Output:
	// rail CNKNM→Mohan→Boten→Thanaleng→Nong Khai→Bangkok
	//    CNKNM → CNMHN
	//    CNMHN → LABTN
	//    LABTN → LAVTE
	//    LAVTE → LATHG
	//    LATHG → THNOK
	//    THNOK → THBKK
}
