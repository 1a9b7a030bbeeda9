package cost

import (
	"math"
	"math/bits"
)

// ratio is an exact non-negative rational num/den used to scale amounts,
// with den > 0. Scaling rounds half away from zero, once.
type ratio struct{ num, den uint64 }

// scale returns round(a × num / den), half away from zero, and false when
// the result does not fit in an int64.
func (r ratio) scale(a int64) (int64, bool) {
	neg := a < 0
	u := uint64(a)
	if neg {
		u = -u // two's complement: correct for MinInt64 too
	}
	q, ok := mulDivRound(u, r.num, r.den)
	if !ok {
		return 0, false
	}
	if neg {
		if q > 1<<63 {
			return 0, false
		}
		return -int64(q), true // q == 1<<63 wraps to MinInt64, which is right
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}

// mulDivRound returns round(a × b / d) with half rounded up, using a 128-bit
// intermediate product, and false on overflow or d == 0.
func mulDivRound(a, b, d uint64) (uint64, bool) {
	if d == 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(a, b)
	var q, r uint64
	if hi == 0 {
		q, r = lo/d, lo%d
	} else {
		if hi >= d {
			return 0, false
		}
		q, r = bits.Div64(hi, lo, d)
	}
	if r >= d-r { // 2r >= d without overflowing
		if q == math.MaxUint64 {
			return 0, false
		}
		q++
	}
	return q, true
}

// addChecked returns a + b and false when the sum overflows.
func addChecked(a, b int64) (int64, bool) {
	s := a + b
	if (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0) {
		return 0, false
	}
	return s, true
}

// mulChecked returns a × b and false when the product overflows.
func mulChecked(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	if a == -1 && b == math.MinInt64 || b == -1 && a == math.MinInt64 {
		return 0, false
	}
	p := a * b
	if p/b != a {
		return 0, false
	}
	return p, true
}

// pow10 holds 10^0 … 10^19, every power of ten that fits in a uint64.
var pow10 = func() [20]uint64 {
	var p [20]uint64
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// roundFloat converts a non-negative human-unit float to an integer count of
// a finer unit (tonnes → grams: scale 1e6), rounding half away from zero.
// It reports false for NaN, infinities, negative values and overflow.
func roundFloat(x, scale float64) (int64, bool) {
	v := x * scale
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v >= 1<<62 {
		return 0, false
	}
	return int64(math.Round(v)), true
}
