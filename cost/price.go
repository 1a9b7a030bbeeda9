package cost

import (
	"math"
	"math/bits"

	"github.com/corridor-go/corridor/network"
)

// reason says why a leg, transfer or border crossing cannot carry the
// shipment; reasonNone means it can. One byte per leg keeps the model
// small; errors with text are built only when asked for.
type reason uint8

const (
	reasonNone reason = iota
	reasonDangerous
	reasonReefer
	reasonWeight
	reasonCapacity
	reasonNoPrice
	reasonOverflow
)

func (r reason) sentinel() error {
	switch r {
	case reasonDangerous:
		return ErrDangerousGoods
	case reasonReefer:
		return ErrNoReeferPower
	case reasonWeight:
		return ErrOverWeight
	case reasonCapacity:
		return ErrOverCapacity
	case reasonNoPrice:
		return ErrNoPrice
	case reasonOverflow:
		return ErrOverflow
	}
	return nil
}

// freight applies price terms to the load and returns the freight before
// surcharges, in millionths of the terms' currency, and whether the minimum
// charge applied.
//
// The terms add up: per container (by exact type, else by length class) +
// per TEU + per gross tonne + per chargeable kilogram + fixed, then raised to
// the minimum. Per-unit terms are exact products rounded half up to the
// millionth. A container type the tariff does not list makes the terms
// unusable (reasonNoPrice) unless the tariff also charges per TEU, tonne or
// kilogram, which then covers it; so does loose cargo on a tariff that
// prices containers only.
func (l *load) freight(p *network.PriceTerms) (f int64, minimum bool, why reason) {
	quantity := p.PerTEU != 0 || p.PerTonne != 0 || p.PerKg != 0
	if len(p.PerContainer) > 0 {
		if len(l.lines) == 0 && p.PerTonne == 0 && p.PerKg == 0 {
			return 0, false, reasonNoPrice
		}
		for _, c := range l.lines {
			pr, ok := p.ContainerPrice(c.Type)
			if !ok {
				if !quantity {
					return 0, false, reasonNoPrice
				}
				continue
			}
			v, ok1 := mulChecked(int64(pr), int64(c.Count))
			s, ok2 := addChecked(f, v)
			if !ok1 || !ok2 {
				return 0, false, reasonOverflow
			}
			f = s
		}
	} else if p.PerTEU != 0 && len(l.lines) == 0 && p.PerTonne == 0 && p.PerKg == 0 {
		return 0, false, reasonNoPrice
	}
	if p.PerTEU != 0 {
		if f = addTerm(f, p.PerTEU, l.teu100, 100); f < 0 {
			return 0, false, reasonOverflow
		}
	}
	if p.PerTonne != 0 {
		if f = addTerm(f, p.PerTonne, l.massG, 1_000_000); f < 0 {
			return 0, false, reasonOverflow
		}
	}
	if p.PerKg != 0 {
		if f = addTerm(f, p.PerKg, l.chargeableG, 1000); f < 0 {
			return 0, false, reasonOverflow
		}
	}
	var ok bool
	if f, ok = addChecked(f, int64(p.Fixed)); !ok {
		return 0, false, reasonOverflow
	}
	if f < int64(p.Minimum) {
		f, minimum = int64(p.Minimum), true
	}
	return f, minimum, reasonNone
}

// surcharge returns a surcharge of bp basis points on freight f, rounded half
// up to the millionth.
func surcharge(f int64, bp int64) (int64, bool) {
	if bp < 0 {
		return 0, false
	}
	return ratio{uint64(bp), 10_000}.scale(f)
}

// addTerm returns f + round(rate × qty / div), half up, for non-negative
// operands, or -1 on overflow or a negative operand. It is written to be
// inlined with a constant div, which the compiler turns into a
// multiplication.
func addTerm(f int64, rate network.Amount, qty, div int64) int64 {
	if f < 0 || rate < 0 || qty < 0 {
		return -1
	}
	hi, lo := bits.Mul64(uint64(rate), uint64(qty))
	if hi != 0 || lo > math.MaxInt64 {
		v, ok := mulDivRound(uint64(rate), uint64(qty), uint64(div))
		if !ok || v > math.MaxInt64 {
			return -1
		}
		lo = v
	} else {
		lo = (lo + uint64(div)/2) / uint64(div)
	}
	s := f + int64(lo)
	if s < f {
		return -1
	}
	return s
}
