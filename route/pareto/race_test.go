//go:build race

package pareto

// raceEnabled is true under the race detector, which slows the DIMACS test
// tenfold; it skips there (CI runs go test -race ./...).
const raceEnabled = true
