package pareto

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTruncatedFront drives insertFront and weaklyDominated with random
// vectors, the way the engine does (insert only what is not dominated), and
// compares every answer with a naive scan of all vectors inserted so far.
func TestTruncatedFront(t *testing.T) {
	for _, d := range []int{2, 3} {
		t.Run(fmt.Sprintf("d=%d", d), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(d), 1))
			for range 200 {
				var front []int64
				var all [][]int64
				for range 60 {
					x := make([]int64, d)
					for i := range x {
						x[i] = r.Int64N(12)
					}
					naive := false
					for _, y := range all {
						naive = naive || weaklyLE(y, x)
					}
					require.Equal(t, naive, weaklyDominated(front, x, d), "front %v x %v", front, x)
					if !naive {
						front = insertFront(front, x, d)
						all = append(all, x)
					}
					// the front holds exactly the non-dominated inserted vectors
					require.Equal(t, len(nondominated(append([][]int64(nil), all...))), len(front)/d)
				}
			}
		})
	}
}
