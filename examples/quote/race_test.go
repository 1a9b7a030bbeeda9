//go:build race

package main

// raceEnabled is true when the tests run under the race detector, which
// slows the planner some tenfold: the load test then runs a smaller load.
const raceEnabled = true
