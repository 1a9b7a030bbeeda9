package cost

import "math"

// The functions below work on objective vectors: []int64 of equal length,
// one entry per objective of a query, every objective minimised. They do
// not allocate. Vectors of different lengths are never comparable: the
// order functions treat them as incomparable and Add refuses them.

// Dominates reports whether a dominates b: a is no worse than b in every
// objective and better in at least one. It is a strict partial order:
// irreflexive, asymmetric and transitive.
func Dominates(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	better := false
	for i, x := range a {
		switch y := b[i]; {
		case x > y:
			return false
		case x < y:
			better = true
		}
	}
	return better
}

// WeaklyDominates reports whether a is no worse than b in every objective
// (a ≤ b component-wise); equal vectors weakly dominate each other. It is
// the test for discarding a label that is dominated or a duplicate.
func WeaklyDominates(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i, x := range a {
		if x > b[i] {
			return false
		}
	}
	return true
}

// Compare orders vectors lexicographically: by the first objective, ties
// broken by the next. It returns -1, 0 or +1. A shorter vector that is a
// prefix of a longer one sorts first.
func Compare(a, b []int64) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		switch {
		case a[i] < b[i]:
			return -1
		case a[i] > b[i]:
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

// Add stores a + b in dst, which may alias a or b, and reports whether the
// sum is valid: false when the lengths differ or any component overflows
// int64, in which case dst is left in an unspecified state. The search must
// treat an overflowing sum as unreachable, never as a small number.
func Add(dst, a, b []int64) bool {
	if len(a) != len(b) || len(dst) != len(a) {
		return false
	}
	ok := true
	for i, x := range a {
		y := b[i]
		s := x + y
		// Overflow iff the operands share a sign that the sum lacks.
		if (x^s)&(y^s) < 0 {
			ok = false
		}
		dst[i] = s
	}
	return ok
}

// Saturated is the largest component value: the model fills the cost rows
// of unusable legs, transfers and border crossings with it, and returns it
// for a value of time that overflows, so that a forgotten check yields an
// absurd cost, and Add an overflow, rather than a cheap wrong one.
const Saturated int64 = math.MaxInt64
