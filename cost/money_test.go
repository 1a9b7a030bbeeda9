package cost_test

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in   string
		want cost.Money
		str  string
		err  error
	}{
		{"9000 USD", cost.Money{Minor: 900_000, Currency: "USD"}, "9000.00 USD", nil},
		{"12.5 eur", cost.Money{Minor: 1250, Currency: "EUR"}, "12.50 EUR", nil},
		{"USD 0.05", cost.Money{Minor: 5, Currency: "USD"}, "0.05 USD", nil},
		{"-3.5 CNY", cost.Money{Minor: -350, Currency: "CNY"}, "-3.50 CNY", nil},
		{"1200 JPY", cost.Money{Minor: 1200, Currency: "JPY"}, "1200 JPY", nil},
		{"31358441 VND", cost.Money{Minor: 31_358_441, Currency: "VND"}, "31358441 VND", nil},
		{"1.234 KWD", cost.Money{Minor: 1234, Currency: "KWD"}, "1.234 KWD", nil},
		{"100.10 KZT", cost.Money{Minor: 10010, Currency: "KZT"}, "100.10 KZT", nil},
		{"1.50 JPY", cost.Money{}, "", cost.ErrInvalidAmount}, // JPY has no decimals
		{"1.005 USD", cost.Money{}, "", cost.ErrInvalidAmount},
		{"1.000 JPY", cost.Money{Minor: 1, Currency: "JPY"}, "1 JPY", nil}, // zeros are no rounding
		{"12 XXX", cost.Money{}, "", cost.ErrUnknownCurrency},
		{"12", cost.Money{}, "", cost.ErrInvalidAmount},
		{"1e3 USD", cost.Money{}, "", cost.ErrInvalidAmount},
		{"99999999999999999999 USD", cost.Money{}, "", cost.ErrInvalidAmount},
		{"92233720368547758.07 USD", cost.Money{Minor: math.MaxInt64, Currency: "USD"}, "92233720368547758.07 USD", nil},
		{"92233720368547758.08 USD", cost.Money{}, "", cost.ErrInvalidAmount},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			m, err := cost.ParseMoney(tc.in)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, m)
			assert.Equal(t, tc.str, m.String())
		})
	}
}

// TestNewMoneyRounding pins the rounding rule: half away from zero, to the
// currency's minor unit.
func TestNewMoneyRounding(t *testing.T) {
	tests := []struct {
		amount string
		cur    network.Currency
		want   int64
	}{
		{"2.655", "USD", 266}, // half → up
		{"2.654999", "USD", 265},
		{"-2.655", "USD", -266}, // half → away from zero
		{"1.5", "JPY", 2},
		{"2.5", "JPY", 3}, // not banker's rounding
		{"0.4999", "VND", 0},
		{"1.2345", "KWD", 1235},
		{"0.000001", "EUR", 0},
	}
	for _, tc := range tests {
		t.Run(tc.amount+" "+string(tc.cur), func(t *testing.T) {
			m, err := cost.NewMoney(amt(tc.amount), tc.cur)
			require.NoError(t, err)
			assert.Equal(t, tc.want, m.Minor)
		})
	}
	_, err := cost.NewMoney(1, "ABC")
	assert.ErrorIs(t, err, cost.ErrUnknownCurrency)
}

func TestMoneyArithmetic(t *testing.T) {
	a := cost.Money{Minor: 150, Currency: "USD"}
	s, err := a.Add(cost.Money{Minor: 50, Currency: "USD"})
	require.NoError(t, err)
	assert.Equal(t, "2.00 USD", s.String())
	s, err = cost.Money{}.Add(a)
	require.NoError(t, err)
	assert.Equal(t, a, s)
	_, err = a.Add(cost.Money{Minor: 1, Currency: "EUR"})
	assert.ErrorIs(t, err, cost.ErrMissingRate)
	_, err = cost.Money{Minor: math.MaxInt64, Currency: "USD"}.Add(cost.Money{Minor: 1, Currency: "USD"})
	assert.ErrorIs(t, err, cost.ErrOverflow)
	am, err := a.Amount()
	require.NoError(t, err)
	assert.Equal(t, amt("1.5"), am)
	_, err = cost.Money{Minor: math.MaxInt64, Currency: "USD"}.Amount()
	assert.ErrorIs(t, err, cost.ErrOverflow)
	assert.InDelta(t, 1.5, a.Major(), 1e-12)
}

func TestRates(t *testing.T) {
	r := cnyRates(t)
	assert.Equal(t, network.Currency("CNY"), r.Base())
	assert.Equal(t, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), r.AsOf())
	assert.Equal(t, []network.Currency{"CNY", "EUR", "USD"}, r.Currencies())
	tests := []struct {
		name string
		in   cost.Money
		to   network.Currency
		want string
		err  error
	}{
		// 100 USD × 7.1834 = 718.34 CNY.
		{"to base", cost.Money{Minor: 10_000, Currency: "USD"}, "CNY", "718.34 CNY", nil},
		// 1,000 CNY / 7.1834 = 139.209844… → 139.21 USD.
		{"from base", cost.Money{Minor: 100_000, Currency: "CNY"}, "USD", "139.21 USD", nil},
		// Cross: 9,000 USD × 7.1834 / 7.8120 = 8,275.806451… → 8,275.81 EUR.
		{"cross rate", cost.Money{Minor: 900_000, Currency: "USD"}, "EUR", "8275.81 EUR", nil},
		{"same currency", cost.Money{Minor: 123, Currency: "EUR"}, "EUR", "1.23 EUR", nil},
		{"negative", cost.Money{Minor: -100_000, Currency: "CNY"}, "USD", "-139.21 USD", nil},
		{"missing rate", cost.Money{Minor: 1, Currency: "KZT"}, "EUR", "", cost.ErrMissingRate},
		{"missing target rate", cost.Money{Minor: 1, Currency: "USD"}, "RUB", "", cost.ErrMissingRate},
		{"unknown currency", cost.Money{Minor: 1, Currency: "ZZZ"}, "EUR", "", cost.ErrUnknownCurrency},
		{"unknown target", cost.Money{Minor: 1, Currency: "USD"}, "ZZZ", "", cost.ErrUnknownCurrency},
		{"overflow", cost.Money{Minor: math.MaxInt64 / 2, Currency: "USD"}, "CNY", "", cost.ErrOverflow},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := r.Convert(tc.in, tc.to)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.String())
		})
	}
	// A nil table converts only a currency to itself.
	var none *cost.Rates
	got, err := none.Convert(cost.Money{Minor: 5, Currency: "USD"}, "USD")
	require.NoError(t, err)
	assert.Equal(t, int64(5), got.Minor)
	_, err = none.Convert(cost.Money{Minor: 5, Currency: "USD"}, "CNY")
	assert.ErrorIs(t, err, cost.ErrMissingRate)
}

func TestParseRates(t *testing.T) {
	tests := []struct {
		name, in string
		err      error
	}{
		{"ok with comments", "# ECB\n\nas_of 2026-01-15\nbase CNY\nUSD 7.1834\neur 7.8120\n", nil},
		{"no header", "USD 7.1834\n", cost.ErrInvalidRate},
		{"base before as_of", "base CNY\nas_of 2026-01-15\n", cost.ErrInvalidRate},
		{"bad date", "as_of 15/01/2026\nbase CNY\n", cost.ErrInvalidRate},
		{"zero rate", "as_of 2026-01-15\nbase CNY\nUSD 0\n", cost.ErrInvalidRate},
		{"negative rate", "as_of 2026-01-15\nbase CNY\nUSD -7\n", cost.ErrInvalidRate},
		{"float syntax", "as_of 2026-01-15\nbase CNY\nUSD 7e0\n", cost.ErrInvalidRate},
		{"too many decimals", "as_of 2026-01-15\nbase CNY\nUSD 0.1234567890123\n", cost.ErrInvalidRate},
		{"duplicate", "as_of 2026-01-15\nbase CNY\nUSD 7\nUSD 7\n", cost.ErrInvalidRate},
		{"base not 1", "as_of 2026-01-15\nbase CNY\nCNY 2\n", cost.ErrInvalidRate},
		{"unknown currency", "as_of 2026-01-15\nbase CNY\nABC 2\n", cost.ErrUnknownCurrency},
		{"three fields", "as_of 2026-01-15\nbase CNY\nUSD 7 8\n", cost.ErrInvalidRate},
		{"empty", "", cost.ErrInvalidRate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := cost.ParseRates(tc.in)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			back, err := cost.ParseRates(r.String())
			require.NoError(t, err)
			assert.Equal(t, r.String(), back.String())
		})
	}
	_, err := cost.ParseRates("as_of 2026-01-15\nbase CNY\nUSD x\n")
	assert.Contains(t, err.Error(), "line 3")
}

func TestRateText(t *testing.T) {
	for in, want := range map[string]string{"7.1834": "7.1834", "7.10": "7.1", "100": "100", "0.000283": "0.000283"} {
		r, err := cost.ParseRate(in)
		require.NoError(t, err)
		assert.Equal(t, want, r.String())
	}
	assert.Panics(t, func() { cost.MustRate("nope") })
	assert.True(t, cost.Rate{}.IsZero())
	_, err := cost.NewRates("ABC", time.Time{})
	assert.ErrorIs(t, err, cost.ErrUnknownCurrency)
	r, err := cost.NewRates("USD", time.Time{})
	require.NoError(t, err)
	assert.ErrorIs(t, r.Set("ABC", cost.MustRate("1")), cost.ErrUnknownCurrency)
	assert.ErrorIs(t, r.Set("EUR", cost.Rate{}), cost.ErrInvalidRate)
	require.NoError(t, r.Set("USD", cost.MustRate("1.000")))
	var zero cost.Rates
	assert.ErrorIs(t, zero.Set("USD", cost.MustRate("1")), cost.ErrInvalidRate)
	_, err = zero.Convert(cost.Money{Minor: 1, Currency: "USD"}, "EUR")
	assert.ErrorIs(t, err, cost.ErrMissingRate)
	rate, ok := r.Rate("USD")
	assert.True(t, ok)
	assert.Equal(t, "1", rate.String())
}

// FuzzConvert checks that conversion never panics, reports overflow
// instead of wrapping, and round-trips through the base within rounding.
func FuzzConvert(f *testing.F) {
	f.Add(int64(900_000), "USD", "EUR", "7.1834", "7.8120")
	f.Add(int64(math.MaxInt64), "CNY", "JPY", "0.000001", "999999")
	f.Add(int64(math.MinInt64), "KWD", "VND", "3.3", "0.0003")
	f.Add(int64(-1), "XXX", "USD", "1", "1")
	f.Fuzz(func(t *testing.T, minor int64, from, to, rFrom, rTo string) {
		r, err := cost.NewRates("CNY", time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		if v, err := cost.ParseRate(rFrom); err == nil {
			_ = r.Set(network.Currency(from), v)
		}
		if v, err := cost.ParseRate(rTo); err == nil {
			_ = r.Set(network.Currency(to), v)
		}
		got, err := r.Convert(cost.Money{Minor: minor, Currency: network.Currency(from)}, network.Currency(to))
		if err != nil {
			return
		}
		if got.Currency != network.Currency(to) {
			t.Fatalf("converted to %s, want %s", got.Currency, to)
		}
		if minor != 0 && got.Minor != 0 && (minor < 0) != (got.Minor < 0) {
			t.Fatalf("sign flipped: %d → %d", minor, got.Minor)
		}
		if from == to && got.Minor != minor {
			t.Fatalf("same-currency conversion changed %d to %d", minor, got.Minor)
		}
	})
}

// FuzzParseMoney checks that ParseMoney never panics and that what it
// accepts prints back to itself.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{"9000 USD", "USD 12.50", "-3.5 CNY", "1200 JPY", "1.5 JPY", "1e3 USD", "", " ", "+.5 EUR", "0.0000 KWD"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := cost.ParseMoney(s)
		if err != nil {
			return
		}
		back, err := cost.ParseMoney(m.String())
		if err != nil {
			t.Fatalf("%q → %q does not parse: %v", s, m.String(), err)
		}
		if back != m {
			t.Fatalf("%q → %v → %v", s, m, back)
		}
	})
}

// FuzzParseRates checks that the rate-table decoder never panics and that
// what it accepts round-trips through String.
func FuzzParseRates(f *testing.F) {
	f.Add("as_of 2026-01-15\nbase CNY\nUSD 7.1834\nEUR 7.8120\n")
	f.Add("# c\nas_of 2026-01-15\nbase VND\nUSD 25400.5\n")
	f.Add("as_of 2026-01-15\nbase CNY\nCNY 1\n")
	f.Add("base CNY\n")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := cost.ParseRates(s)
		if err != nil {
			return
		}
		back, err := cost.ParseRates(r.String())
		if err != nil {
			t.Fatalf("String of %q does not parse: %v", s, err)
		}
		if back.String() != r.String() {
			t.Fatalf("round trip: %q != %q", back.String(), r.String())
		}
	})
}

func TestMoneyDecimal(t *testing.T) {
	for _, tc := range []struct {
		m    cost.Money
		want string
	}{
		{cost.Money{Minor: 1250, Currency: "USD"}, "12.50"},
		{cost.Money{Minor: -5, Currency: "EUR"}, "-0.05"},
		{cost.Money{Minor: 1200, Currency: "JPY"}, "1200"},
		{cost.Money{Minor: 1234, Currency: "KWD"}, "1.234"},
		{cost.Money{Minor: 7}, "7"},
	} {
		assert.Equal(t, tc.want, tc.m.Decimal())
		assert.Equal(t, tc.want+" "+string(tc.m.Currency), tc.m.String())
	}
}
