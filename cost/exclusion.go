package cost

import (
	"fmt"
	"strings"
)

// Exclusion is a leg the shipment cannot use, and why.
type Exclusion struct {
	Leg  int    // dense leg index
	Name string // the leg's ID, or "FROM→TO (mode)"
	// Err names the leg and the reason, and wraps one of
	// ErrDangerousGoods, ErrNoReeferPower, ErrOverWeight, ErrOverCapacity,
	// ErrNoPrice or ErrOverflow.
	Err error
}

// Usable reports whether leg i can carry the shipment. The cost row of an
// unusable leg holds Saturated in every component, so that a caller who
// forgets to ask gets an absurd cost, never a cheap wrong one.
func (m *Model) Usable(i int) bool {
	return i >= 0 && i < len(m.legReason) && m.legReason[i] == reasonNone
}

// NumExcluded returns the number of legs the shipment cannot use.
func (m *Model) NumExcluded() int { return m.excluded }

// Reason returns why leg i cannot carry the shipment, or nil when it can.
// The error names the leg and wraps a sentinel (see Exclusion).
func (m *Model) Reason(i int) error {
	if i < 0 || i >= len(m.legReason) {
		return fmt.Errorf("%w: leg index %d out of range", ErrInvalidQuery, i)
	}
	if m.legReason[i] == reasonNone {
		return nil
	}
	return m.legError(i, m.legReason[i])
}

// Excluded returns every leg the shipment cannot use, in index order. The
// list is built on the first call, in O(L) with two allocations, and shared
// by later calls: it must not be modified. Error texts are formatted only
// when asked for.
func (m *Model) Excluded() []Exclusion {
	m.excludedOnce.Do(func() {
		errs := make([]legError, 0, m.excluded)
		out := make([]Exclusion, 0, m.excluded)
		for i, r := range m.legReason {
			if r != reasonNone {
				errs = append(errs, legError{m, i, r})
				out = append(out, Exclusion{Leg: i, Name: m.net.LegAt(i).Name(), Err: &errs[len(errs)-1]})
			}
		}
		m.excludedList = out
	})
	return m.excludedList
}

// legError is why a leg is excluded, worded when printed.
type legError struct {
	m   *Model
	leg int
	why reason
}

func (e *legError) Error() string { return e.m.legErrorText(e.leg, e.why) }
func (e *legError) Unwrap() error { return e.why.sentinel() }

// legError words why leg i is excluded for the user.
func (m *Model) legError(i int, r reason) error { return &legError{m, i, r} }

func (m *Model) legErrorText(i int, r reason) string {
	l := m.net.LegAt(i)
	ld := &m.load
	var detail string
	switch r {
	case reasonDangerous:
		detail = "class " + m.ship.DangerousGoods
	case reasonReefer:
		detail = "the shipment needs power for reefer containers"
	case reasonWeight:
		detail = fmt.Sprintf("%s t over its limit of %v t", trimDecimal(formatMinor(ld.massG, 6)), l.MaxTonnes)
	case reasonCapacity:
		detail = fmt.Sprintf("%s TEU over its limit of %d TEU", trimDecimal(formatMinor(ld.teu100, 2)), l.MaxTEU)
	case reasonNoPrice:
		detail = "its " + string(l.Price.Currency) + " tariff has no price for " + m.shipmentWords()
	case reasonOverflow:
		detail = "the cost does not fit in 64 bits"
	}
	return fmt.Sprintf("leg %q (%s): %v: %s", l.Name(), l.Mode, r.sentinel(), detail)
}

// shipmentWords describes the shipment's units for a message: "2x40HC" or
// "loose cargo".
func (m *Model) shipmentWords() string {
	if len(m.load.lines) == 0 {
		return "loose cargo"
	}
	return FormatContainers(m.load.lines)
}

// trimDecimal drops trailing zeros after a decimal point: "24.500000" → "24.5".
func trimDecimal(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}
