package main

import (
	"math"
	"testing"

	"github.com/corridor-go/corridor/network"
)

// FuzzParsePoint: a -from or -to point is parsed or refused with a
// message, never a panic; what is accepted is a valid longitude/latitude,
// and its printed form (six decimals, about 0.1 m) parses back to the same
// point within that rounding.
func FuzzParsePoint(f *testing.F) {
	for _, s := range []string{"30.67,104.07", " -33.87 , 151.21 ", "51.43,6.76", "90,180", "91,0", "0,-181",
		"NaN,1", "1,Inf", "1e400,2", "30,67,104,07", "Chengdu", "", ",", "0x1p-2,0", "+1,-.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := parsePoint(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("%q: empty error", s)
			}
			return
		}
		if !network.ValidPoint(p) {
			t.Fatalf("%q: accepted %v, not a longitude/latitude", s, p)
		}
		q, err := parsePoint(pointText(p))
		if err != nil {
			t.Fatalf("%q → %q: %v", s, pointText(p), err)
		}
		if math.Abs(q[0]-p[0]) > 6e-7 || math.Abs(q[1]-p[1]) > 6e-7 {
			t.Fatalf("%q: %v prints as %q, which parses as %v", s, p, pointText(p), q)
		}
	})
}
