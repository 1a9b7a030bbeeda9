// Command gen writes westchina.json, the default Western China network,
// from the tables in ../build. Run it with go generate in the westchina
// package; the committed JSON is what the package embeds.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/corridor-go/corridor/network/westchina/internal/build"
)

func main() {
	out := flag.String("o", "westchina.json", "output file")
	flag.Parse()
	data, err := build.JSON()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", *out, len(data))
}
