//go:build !race

package pareto

const raceEnabled = false
