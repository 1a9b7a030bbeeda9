package network

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in       string
		max      int
		mant     uint64
		decimals int
		neg      bool
		err      string // a substring of the error, "" for none
	}{
		{"12", 2, 12, 0, false, ""},
		{"12.50", 2, 125, 1, false, ""},
		{"-0.5", 2, 5, 1, true, ""},
		{"+3", 0, 3, 0, false, ""},
		{".5", 1, 5, 1, false, ""},
		{"5.", 0, 5, 0, false, ""},
		{"1.000", 0, 1, 0, false, ""}, // zeros beyond the precision are exact
		{"92233720368547758.07", 2, math.MaxInt64, 2, false, ""},
		{"0.000000000001", 12, 1, 12, false, ""},
		{"", 2, 0, 0, false, "empty number"},
		{"-", 2, 0, 0, false, `"-" is not a number`},
		{".", 2, 0, 0, false, `"." is not a number`},
		{"1.005", 2, 0, 0, false, `"1.005" has more than 2 decimals`},
		{"1e3", 2, 0, 0, false, `"1e3" is not a plain decimal number`},
		{" 1", 2, 0, 0, false, "not a plain decimal number"},
		{"92233720368547758.08", 2, 0, 0, false, "is too large"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			mant, d, neg, err := ParseDecimal(tc.in, tc.max)
			if tc.err != "" {
				assert.ErrorIs(t, err, ErrInvalidValue)
				assert.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, []any{tc.mant, tc.decimals, tc.neg}, []any{mant, d, neg})
		})
	}
}
