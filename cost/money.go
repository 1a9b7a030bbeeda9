package cost

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/corridor-go/corridor/network"
)

// Money is an exact amount in the minor unit of an ISO 4217 currency: cents
// for USD and EUR, fen for CNY, kopecks for RUB, whole yen for JPY and whole
// dong for VND (zero-decimal currencies), fils for three-decimal KWD. The
// exponent comes from network.Currency.MinorUnits.
//
// The zero Money is zero in no currency; adding it to anything is allowed.
type Money struct {
	Minor    int64
	Currency network.Currency
}

// NewMoney converts a network.Amount (millionths of a major unit) to Money
// in currency c, rounding half away from zero to the minor unit: 2.655 USD
// becomes 2.66 USD, 1.5 JPY becomes 2 JPY. This is the package's one
// rounding rule for money.
func NewMoney(a network.Amount, c network.Currency) (Money, error) {
	d, ok := c.MinorUnits()
	if !ok {
		return Money{}, fmt.Errorf("%w %q", ErrUnknownCurrency, c)
	}
	v, ok := ratio{1, pow10[6-d]}.scale(int64(a))
	if !ok {
		return Money{}, fmt.Errorf("%w: %s %s", ErrOverflow, a, c)
	}
	return Money{Minor: v, Currency: c}, nil
}

// ParseMoney reads "<decimal> <currency>" such as "9000 USD", "12.50 EUR",
// "-3.5 CNY" or "1200 JPY" (the currency may also come first: "USD 12.50").
// More decimals than the currency's minor unit is an error, not a rounding.
func ParseMoney(s string) (Money, error) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return Money{}, fmt.Errorf("%w: %q (want an amount and a currency, e.g. \"12.50 USD\")", ErrInvalidAmount, s)
	}
	num, cur := f[0], f[1]
	if c, err := network.ParseCurrency(num); err == nil && len(num) == 3 {
		num, cur = cur, string(c)
	}
	c, err := network.ParseCurrency(cur)
	if err != nil {
		return Money{}, fmt.Errorf("%w %q in %q", ErrUnknownCurrency, cur, s)
	}
	d, _ := c.MinorUnits()
	mant, scale, neg, err := network.ParseDecimal(num, d)
	if err != nil {
		return Money{}, fmt.Errorf("%w: %q: %v", ErrInvalidAmount, s, err)
	}
	v, ok := mulU(mant, pow10[d-scale])
	if !ok || v > 1<<63-1 {
		return Money{}, fmt.Errorf("%w: %q", ErrOverflow, s)
	}
	m := Money{Minor: int64(v), Currency: c}
	if neg {
		m.Minor = -m.Minor
	}
	return m, nil
}

// String formats m with exactly its currency's decimals: "12.50 USD",
// "1200 JPY", "-0.05 EUR". A Money in an unknown currency is printed with
// its raw minor count.
func (m Money) String() string { return m.Decimal() + " " + string(m.Currency) }

// Decimal formats m's amount alone, with exactly its currency's decimals:
// "12.50", "1200", "-0.05" — for tables and JSON that carry the currency
// elsewhere. A Money in an unknown currency gives its raw minor count.
func (m Money) Decimal() string {
	d, ok := m.Currency.MinorUnits()
	if !ok {
		return strconv.FormatInt(m.Minor, 10)
	}
	return formatMinor(m.Minor, d)
}

// Amount returns m as a network.Amount, exactly, or an error on overflow
// or an unknown currency.
func (m Money) Amount() (network.Amount, error) {
	d, ok := m.Currency.MinorUnits()
	if !ok {
		return 0, fmt.Errorf("%w %q", ErrUnknownCurrency, m.Currency)
	}
	v, ok := mulChecked(m.Minor, int64(pow10[6-d]))
	if !ok {
		return 0, fmt.Errorf("%w: %s", ErrOverflow, m)
	}
	return network.Amount(v), nil
}

// Major returns m in major units as a float64. For display only.
func (m Money) Major() float64 {
	d, _ := m.Currency.MinorUnits()
	return float64(m.Minor) / float64(pow10[d])
}

// Add returns m + o. The currencies must match (a zero Money without a
// currency matches any); overflow is an error.
func (m Money) Add(o Money) (Money, error) {
	c := m.Currency
	switch {
	case c == "":
		c = o.Currency
	case o.Currency != "" && o.Currency != c:
		return Money{}, fmt.Errorf("%w: adding %s to %s needs a conversion", ErrMissingRate, o.Currency, c)
	}
	s, ok := addChecked(m.Minor, o.Minor)
	if !ok {
		return Money{}, fmt.Errorf("%w: %s + %s", ErrOverflow, m, o)
	}
	return Money{Minor: s, Currency: c}, nil
}

// formatMinor formats a count of 10^-d units as a decimal with exactly d
// decimals.
func formatMinor(v int64, d int) string {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	s := strconv.FormatUint(u, 10)
	if d > 0 {
		if len(s) <= d {
			s = strings.Repeat("0", d-len(s)+1) + s
		}
		s = s[:len(s)-d] + "." + s[len(s)-d:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// mulU returns a × b and false on overflow.
func mulU(a, b uint64) (uint64, bool) {
	if a != 0 && b > (1<<64-1)/a {
		return 0, false
	}
	return a * b, true
}
