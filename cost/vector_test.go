package cost_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/corridor-go/corridor/cost"
)

func TestDominance(t *testing.T) {
	tests := []struct {
		name         string
		a, b         []int64
		dom, weak, r int // dom: a≻b; weak: a⪰b; r: Compare(a, b)
	}{
		{"better in all", []int64{1, 2}, []int64{2, 3}, 1, 1, -1},
		{"better in one, equal in other", []int64{1, 3}, []int64{2, 3}, 1, 1, -1},
		{"equal", []int64{2, 3}, []int64{2, 3}, 0, 1, 0},
		{"incomparable", []int64{1, 4}, []int64{2, 3}, 0, 0, -1},
		{"worse", []int64{3, 4}, []int64{2, 3}, 0, 0, 1},
		{"lexicographic tie broken by second", []int64{2, 2, 9}, []int64{2, 3, 0}, 0, 0, -1},
		{"different lengths", []int64{1}, []int64{1, 2}, 0, 0, -1},
		{"negative values", []int64{-5, 0}, []int64{-4, 0}, 1, 1, -1},
		{"empty", nil, nil, 0, 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.dom == 1, cost.Dominates(tc.a, tc.b))
			assert.Equal(t, tc.weak == 1, cost.WeaklyDominates(tc.a, tc.b))
			assert.Equal(t, tc.r, cost.Compare(tc.a, tc.b))
			assert.Equal(t, -tc.r, cost.Compare(tc.b, tc.a))
			assert.False(t, cost.Dominates(tc.a, tc.a), "irreflexive")
		})
	}
}

func TestAdd(t *testing.T) {
	tests := []struct {
		name string
		a, b []int64
		want []int64
		ok   bool
	}{
		{"plain", []int64{1, 2, 3}, []int64{10, 20, 30}, []int64{11, 22, 33}, true},
		{"max plus zero", []int64{math.MaxInt64}, []int64{0}, []int64{math.MaxInt64}, true},
		{"overflow", []int64{math.MaxInt64, 0}, []int64{1, 0}, nil, false},
		{"negative overflow", []int64{math.MinInt64}, []int64{-1}, nil, false},
		{"mixed signs never overflow", []int64{math.MaxInt64}, []int64{math.MinInt64}, []int64{-1}, true},
		{"lengths differ", []int64{1}, []int64{1, 2}, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dst := make([]int64, len(tc.a))
			ok := cost.Add(dst, tc.a, tc.b)
			assert.Equal(t, tc.ok, ok)
			if tc.ok {
				assert.Equal(t, tc.want, dst)
			}
		})
	}
	// dst may alias an operand.
	a := []int64{1, 2}
	assert.True(t, cost.Add(a, a, a))
	assert.Equal(t, []int64{2, 4}, a)
}

func TestObjectiveText(t *testing.T) {
	for _, o := range []cost.Objective{cost.ObjectiveMoney, cost.ObjectiveTime, cost.ObjectiveCO2e, cost.ObjectiveDistance, cost.ObjectiveTransfers} {
		b, err := o.MarshalText()
		assert.NoError(t, err)
		var back cost.Objective
		assert.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, o, back)
		assert.NotEmpty(t, o.Unit())
	}
	for _, s := range []string{"Cost", " emissions ", "km", "changes", "duration"} {
		_, err := cost.ParseObjective(s)
		assert.NoError(t, err, s)
	}
	_, err := cost.ParseObjective("speed")
	assert.ErrorIs(t, err, cost.ErrInvalidQuery)
	_, err = cost.Objective(0).MarshalText()
	assert.ErrorIs(t, err, cost.ErrInvalidQuery)
	assert.Equal(t, "objective(9)", cost.Objective(9).String())
}

// vec3 decodes fuzz input into three small vectors of equal length.
func vec3(k uint8, a, b, c int64) ([]int64, []int64, []int64) {
	n := int(k%4) + 1
	mk := func(seed int64) []int64 {
		v := make([]int64, n)
		for i := range v {
			v[i] = (seed >> (8 * i)) % 5 // few distinct values, so ties are common
		}
		return v
	}
	return mk(a), mk(b), mk(c)
}

// FuzzDominance checks that Dominates is a strict partial order
// (irreflexive, asymmetric, transitive), implies WeaklyDominates, and agrees
// with the lexicographic order.
func FuzzDominance(f *testing.F) {
	f.Add(uint8(2), int64(0x0102), int64(0x0203), int64(0x0304))
	f.Add(uint8(3), int64(0), int64(0), int64(0))
	f.Add(uint8(1), int64(-1), int64(7), int64(-9))
	f.Fuzz(func(t *testing.T, k uint8, x, y, z int64) {
		a, b, c := vec3(k, x, y, z)
		if cost.Dominates(a, a) {
			t.Fatalf("%v dominates itself", a)
		}
		if cost.Dominates(a, b) && cost.Dominates(b, a) {
			t.Fatalf("%v and %v dominate each other", a, b)
		}
		if cost.Dominates(a, b) && cost.Dominates(b, c) && !cost.Dominates(a, c) {
			t.Fatalf("not transitive: %v ≻ %v ≻ %v", a, b, c)
		}
		if cost.Dominates(a, b) {
			if !cost.WeaklyDominates(a, b) {
				t.Fatalf("%v ≻ %v but not ⪰", a, b)
			}
			if cost.Compare(a, b) >= 0 {
				t.Fatalf("%v ≻ %v but not lexicographically smaller", a, b)
			}
		}
		if cost.WeaklyDominates(a, b) && cost.WeaklyDominates(b, a) && cost.Compare(a, b) != 0 {
			t.Fatalf("%v ⪰ %v ⪰ %v but not equal", a, b, a)
		}
	})
}

// FuzzAdd checks that Add reports overflow exactly when the mathematical
// sum leaves int64, and is exact otherwise.
func FuzzAdd(f *testing.F) {
	f.Add(int64(1), int64(2))
	f.Add(int64(math.MaxInt64), int64(1))
	f.Add(int64(math.MinInt64), int64(-1))
	f.Add(int64(math.MaxInt64), int64(math.MinInt64))
	f.Fuzz(func(t *testing.T, x, y int64) {
		dst := make([]int64, 1)
		ok := cost.Add(dst, []int64{x}, []int64{y})
		// The true sum fits iff it equals the float-free check below.
		fits := !(y > 0 && x > math.MaxInt64-y) && !(y < 0 && x < math.MinInt64-y)
		if ok != fits {
			t.Fatalf("Add(%d, %d) ok = %v, want %v", x, y, ok, fits)
		}
		if ok && dst[0] != x+y {
			t.Fatalf("Add(%d, %d) = %d", x, y, dst[0])
		}
	})
}

func TestFormat(t *testing.T) {
	tests := []struct {
		o    cost.Objective
		v    int64
		want string
	}{
		{cost.ObjectiveMoney, 931_029, "9310.29 EUR"},
		{cost.ObjectiveTime, 24_510, "17d 0h 30m"},
		{cost.ObjectiveTime, 59, "0d 0h 59m"},
		{cost.ObjectiveCO2e, 4_829_328, "4.829328 t CO2e"},
		{cost.ObjectiveCO2e, 850, "850 g CO2e"},
		{cost.ObjectiveDistance, 11_179_499, "11179 km"},
		{cost.ObjectiveDistance, 11_179_500, "11180 km"},
		{cost.ObjectiveDistance, 9_999, "9999 m"},
		{cost.ObjectiveTransfers, 1, "1 transfer"},
		{cost.ObjectiveTransfers, 0, "0 transfers"},
		{cost.Objective(0), 7, "7"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, cost.Format(tc.o, tc.v, "EUR"))
		})
	}
}
