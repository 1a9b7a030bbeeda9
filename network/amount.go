package network

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Amount is a price in millionths of a major currency unit: 1 USD is
// Amount(1_000_000). Six decimals hold every ISO 4217 minor unit (at most
// three decimals) and leave room for per-kilogram air rates such as
// 2.655 USD/kg, while int64 still holds 9.2 trillion major units. Amounts
// are exact: the network never stores a price as a float.
type Amount int64

// Micro is the number of Amount units in one major currency unit.
const Micro = 1_000_000

// MajorUnits returns a as a float64 of major units. For display only.
func (a Amount) MajorUnits() float64 { return float64(a) / Micro }

// String formats a as a plain decimal without trailing zeros: "9000",
// "2.655", "-0.5".
func (a Amount) String() string {
	neg := a < 0
	u := uint64(a)
	if neg {
		u = uint64(-a) // -MinInt64 wraps to itself and is read unsigned correctly
	}
	whole, frac := u/Micro, u%Micro
	s := strconv.FormatUint(whole, 10)
	if frac != 0 {
		f := strings.TrimRight(fmt.Sprintf("%06d", frac), "0")
		s += "." + f
	}
	if neg {
		s = "-" + s
	}
	return s
}

// ParseAmount reads a plain decimal ("9000", "2.655", "-1.5") into an Amount.
// It refuses exponents, more than six decimals, NaN, infinities and values
// that do not fit, each with an error wrapping ErrInvalidValue.
func ParseAmount(s string) (Amount, error) {
	v, err := parseFixed(s, 6)
	if err != nil {
		return 0, err
	}
	return Amount(v), nil
}

// ParseDecimal reads a plain decimal such as "12", "12.50", "-0.5", "+3",
// ".5" or "5." exactly, as s = ±mant / 10^decimals. Trailing zeros after
// the point carry no precision and are dropped ("12.50" is 125 with one
// decimal), so decimals ≤ maxDecimals even when s has more; any other
// digit beyond maxDecimals would need rounding and is an error. mant is at
// most math.MaxInt64. It refuses exponents, NaN, infinities, spaces and
// digit separators, each with an error wrapping ErrInvalidValue that quotes
// s.
func ParseDecimal(s string, maxDecimals int) (mant uint64, decimals int, neg bool, err error) {
	orig := s
	if s == "" {
		return 0, 0, false, fmt.Errorf("%w: empty number", ErrInvalidValue)
	}
	switch s[0] {
	case '-':
		neg, s = true, s[1:]
	case '+':
		s = s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" {
		return 0, 0, false, fmt.Errorf("%w: %q is not a number", ErrInvalidValue, orig)
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > maxDecimals {
		// Anything but zeros beyond the precision would have to be
		// rounded, and the network never rounds silently.
		return 0, 0, false, fmt.Errorf("%w: %q has more than %d decimals", ErrInvalidValue, orig, maxDecimals)
	}
	for _, part := range [2]string{whole, frac} {
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c < '0' || c > '9' {
				return 0, 0, false, fmt.Errorf("%w: %q is not a plain decimal number", ErrInvalidValue, orig)
			}
			if d := uint64(c - '0'); mant > (math.MaxInt64-d)/10 {
				return 0, 0, false, fmt.Errorf("%w: %q is too large", ErrInvalidValue, orig)
			}
			mant = mant*10 + uint64(c-'0')
		}
	}
	return mant, len(frac), neg, nil
}

// parseFixed reads a plain decimal into an integer scaled by 10^decimals.
// It is exact: no float is involved.
func parseFixed(s string, decimals int) (int64, error) {
	mant, d, neg, err := ParseDecimal(s, decimals)
	if err != nil {
		return 0, err
	}
	for range decimals - d {
		if mant > math.MaxInt64/10 {
			return 0, fmt.Errorf("%w: %q is too large", ErrInvalidValue, s)
		}
		mant *= 10
	}
	if neg {
		return -int64(mant), nil
	}
	return int64(mant), nil
}

// formatFixed is the inverse of parseFixed.
func formatFixed(v int64, decimals int) string {
	scale := int64(math.Pow10(decimals))
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatInt(v/scale, 10)
	if f := v % scale; f != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%0*d", decimals, f), "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}
