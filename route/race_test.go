//go:build race

package route

// raceEnabled is true when tests run under the race detector, which slows
// them ten-fold; the randomised tests then run fewer cases (the full count
// runs in the plain test run).
const raceEnabled = true
