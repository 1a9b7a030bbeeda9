package cost

import (
	"bufio"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/corridor-go/corridor/network"
)

// Rate is an exact positive decimal exchange rate: how many units of a
// Rates table's base currency one unit of another currency buys. It holds
// up to 12 decimals and never passes through a float.
type Rate struct {
	mant  uint64
	scale uint8 // value = mant / 10^scale
}

// MaxRateDecimals is the most decimals a Rate may have.
const MaxRateDecimals = 12

// ParseRate reads a positive plain decimal rate such as "7.1834" or
// "0.000283".
func ParseRate(s string) (Rate, error) {
	mant, scale, neg, err := network.ParseDecimal(strings.TrimSpace(s), MaxRateDecimals)
	switch {
	case err != nil:
		return Rate{}, fmt.Errorf("%w %q: %v", ErrInvalidRate, s, err)
	case neg || mant == 0:
		return Rate{}, fmt.Errorf("%w %q: a rate must be positive", ErrInvalidRate, s)
	}
	return Rate{mant: mant, scale: uint8(scale)}, nil
}

// MustRate is ParseRate for constants in code and tests; it panics on a
// malformed rate and must not be used on input.
func MustRate(s string) Rate {
	r, err := ParseRate(s)
	if err != nil {
		panic(err)
	}
	return r
}

// IsZero reports whether r is the zero Rate, which is not a valid rate.
func (r Rate) IsZero() bool { return r.mant == 0 }

// String formats r as a plain decimal ("7.1834").
func (r Rate) String() string {
	return trimDecimal(formatMinor(int64(r.mant), int(r.scale)))
}

func (r Rate) rat() *big.Rat {
	return new(big.Rat).SetFrac(new(big.Int).SetUint64(r.mant), new(big.Int).SetUint64(pow10[r.scale]))
}

// Rates is an exchange-rate table: for each currency, the units of the Base
// currency that one unit of it buys, as of a date. Conversions between two
// currencies that are not the base go through it (a cross rate: 1 USD in
// EUR = rate(USD) / rate(EUR)), computed exactly as a fraction and rounded
// once, half away from zero, to the target's minor unit.
//
// A nil *Rates converts only between a currency and itself. A currency with
// no rate is an error (ErrMissingRate), never a silent 1:1. Set up a table
// before sharing it; concurrent reads are safe, writes are not.
type Rates struct {
	base  network.Currency
	asOf  time.Time
	rates map[network.Currency]Rate
}

// NewRates returns an empty table with the given base currency and as-of
// date.
func NewRates(base network.Currency, asOf time.Time) (*Rates, error) {
	if !base.Valid() {
		return nil, fmt.Errorf("%w %q", ErrUnknownCurrency, base)
	}
	return &Rates{base: base, asOf: asOf, rates: map[network.Currency]Rate{}}, nil
}

// Base returns the table's base currency.
func (r *Rates) Base() network.Currency {
	if r == nil {
		return ""
	}
	return r.base
}

// AsOf returns the date the rates are valid for.
func (r *Rates) AsOf() time.Time {
	if r == nil {
		return time.Time{}
	}
	return r.asOf
}

// Set records that one unit of c buys perUnit units of the base currency.
func (r *Rates) Set(c network.Currency, perUnit Rate) error {
	if !c.Valid() {
		return fmt.Errorf("%w %q", ErrUnknownCurrency, c)
	}
	if !r.base.Valid() {
		return fmt.Errorf("%w: the table has no base currency (use NewRates)", ErrInvalidRate)
	}
	if perUnit.IsZero() {
		return fmt.Errorf("%w: zero rate for %s", ErrInvalidRate, c)
	}
	if c == r.base && (perUnit.mant != pow10[perUnit.scale]) {
		return fmt.Errorf("%w: the base currency %s has rate 1, not %s", ErrInvalidRate, c, perUnit)
	}
	if r.rates == nil {
		r.rates = map[network.Currency]Rate{}
	}
	r.rates[c] = perUnit
	return nil
}

// Rate returns how many units of the base one unit of c buys.
func (r *Rates) Rate(c network.Currency) (Rate, bool) {
	if r == nil {
		return Rate{}, false
	}
	if c == r.base {
		return Rate{mant: 1}, true
	}
	v, ok := r.rates[c]
	return v, ok
}

// Currencies returns the currencies the table converts, base included, in
// alphabetical order.
func (r *Rates) Currencies() []network.Currency {
	if r == nil {
		return nil
	}
	out := slices.Collect(maps.Keys(r.rates))
	if !slices.Contains(out, r.base) {
		out = append(out, r.base)
	}
	slices.Sort(out)
	return out
}

// Convert converts m to currency to, exactly, rounding once half away from
// zero to to's minor unit. Converting to the same currency never needs a
// rate.
func (r *Rates) Convert(m Money, to network.Currency) (Money, error) {
	a, err := m.Amount()
	if err != nil {
		return Money{}, err
	}
	return r.ConvertAmount(a, m.Currency, to)
}

// ConvertAmount converts an amount in currency from (millionths of a major
// unit, as the network stores prices) to Money in currency to, rounding once
// half away from zero to to's minor unit.
func (r *Rates) ConvertAmount(a network.Amount, from, to network.Currency) (Money, error) {
	f, err := r.factor(from, to)
	if err != nil {
		return Money{}, err
	}
	v, ok := f.scale(int64(a))
	if !ok {
		return Money{}, fmt.Errorf("%w: %s %s in %s", ErrOverflow, a, from, to)
	}
	return Money{Minor: v, Currency: to}, nil
}

// factor returns the exact ratio that takes millionths of a unit of from to
// minor units of to.
func (r *Rates) factor(from, to network.Currency) (ratio, error) {
	if !from.Valid() {
		return ratio{}, fmt.Errorf("%w %q", ErrUnknownCurrency, from)
	}
	dt, ok := to.MinorUnits()
	if !ok {
		return ratio{}, fmt.Errorf("%w %q", ErrUnknownCurrency, to)
	}
	if from == to {
		return ratio{1, pow10[6-dt]}, nil
	}
	rf, okf := r.Rate(from)
	rt, okt := r.Rate(to)
	switch {
	case r == nil:
		return ratio{}, fmt.Errorf("%w: %s to %s (no rate table)", ErrMissingRate, from, to)
	case !okf:
		return ratio{}, fmt.Errorf("%w: no rate for %s in the %s table of %s", ErrMissingRate, from, r.base, r.asOf.Format(time.DateOnly))
	case !okt:
		return ratio{}, fmt.Errorf("%w: no rate for %s in the %s table of %s", ErrMissingRate, to, r.base, r.asOf.Format(time.DateOnly))
	}
	// minor(to) = micro(from) / 10^6 × rf / rt × 10^dt
	q := rf.rat()
	q.Quo(q, rt.rat())
	q.Mul(q, new(big.Rat).SetFrac64(int64(pow10[dt]), 1_000_000))
	num, den := q.Num(), q.Denom()
	if !num.IsUint64() || !den.IsUint64() {
		return ratio{}, fmt.Errorf("%w: the %s/%s cross rate needs more than 64 bits; use fewer decimals", ErrInvalidRate, from, to)
	}
	return ratio{num.Uint64(), den.Uint64()}, nil
}

// ParseRates reads a rate table in a small line format:
//
//	# ECB reference rates, converted to CNY
//	as_of 2026-01-15
//	base CNY
//	USD 7.1834
//	EUR 7.8120
//
// Blank lines and lines starting with '#' are ignored. "as_of" and "base"
// must come before the rates; each rate line is a currency and how many
// base units one unit buys. Every error names its line.
func ParseRates(text string) (*Rates, error) {
	var (
		r    *Rates
		asOf time.Time
		have bool
	)
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Fields(s)
		if len(f) != 2 {
			return nil, fmt.Errorf("%w: line %d: want two fields, got %q", ErrInvalidRate, line, s)
		}
		switch strings.ToLower(f[0]) {
		case "as_of":
			if r != nil || have {
				return nil, fmt.Errorf("%w: line %d: as_of must come once, before base", ErrInvalidRate, line)
			}
			t, err := time.Parse(time.DateOnly, f[1])
			if err != nil {
				return nil, fmt.Errorf("%w: line %d: date %q (want YYYY-MM-DD)", ErrInvalidRate, line, f[1])
			}
			asOf, have = t, true
		case "base":
			if r != nil {
				return nil, fmt.Errorf("%w: line %d: base given twice", ErrInvalidRate, line)
			}
			if !have {
				return nil, fmt.Errorf("%w: line %d: as_of must come before base", ErrInvalidRate, line)
			}
			c, err := network.ParseCurrency(f[1])
			if err != nil {
				return nil, fmt.Errorf("%w: line %d: base %q", ErrUnknownCurrency, line, f[1])
			}
			r, _ = NewRates(c, asOf)
		default:
			if r == nil {
				return nil, fmt.Errorf("%w: line %d: as_of and base must come before the rates", ErrInvalidRate, line)
			}
			c, err := network.ParseCurrency(f[0])
			if err != nil {
				return nil, fmt.Errorf("%w: line %d: %q", ErrUnknownCurrency, line, f[0])
			}
			if _, dup := r.rates[c]; dup {
				return nil, fmt.Errorf("%w: line %d: %s given twice", ErrInvalidRate, line, c)
			}
			v, err := ParseRate(f[1])
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			if err := r.Set(c, v); err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidRate, err)
	}
	if r == nil {
		return nil, fmt.Errorf("%w: no as_of and base lines", ErrInvalidRate)
	}
	return r, nil
}

// String writes r in the format ParseRates reads.
func (r *Rates) String() string {
	if r == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "as_of %s\nbase %s\n", r.asOf.Format(time.DateOnly), r.base)
	for _, c := range r.Currencies() {
		if c != r.base {
			b.WriteString(string(c) + " " + r.rates[c].String() + "\n")
		}
	}
	return b.String()
}
