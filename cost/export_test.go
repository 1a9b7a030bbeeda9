package cost

// SetParallelLegs lowers the threshold for pricing legs on several
// goroutines, so that small test networks take the parallel path. It
// returns a function restoring the old value.
func SetParallelLegs(n int) (restore func()) {
	old := parallelLegs
	parallelLegs = n
	return func() { parallelLegs = old }
}
