package cost

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/corridor-go/corridor/network"
)

// Shipment is what is to be moved: containers and/or loose cargo, its mass,
// volume, value and handling needs. The zero Shipment is not valid: a
// shipment needs containers or a weight.
type Shipment struct {
	// Containers lists container types with counts ("2x40HC").
	Containers []Containers
	// GrossTonnes is the gross mass of the cargo: goods plus packaging,
	// excluding container tare (see the package documentation on the mass
	// basis). Zero for a container shipment means unknown: the model then
	// assumes AssumedTonnesPerTEU per TEU.
	GrossTonnes float64
	// VolumeM3 is the cargo volume in cubic metres, used for the
	// chargeable weight of air freight (1 m³ = 166.67 kg, IATA 1:6000).
	VolumeM3 float64
	// Value is the cargo value, for the value-of-time term; zero means not
	// given.
	Value Money
	// DangerousGoods is the UN class or division of dangerous goods ("3",
	// "2.1", "8"); empty for none.
	DangerousGoods string
	// Reefer asks for powered (refrigerated) transport. It is implied by a
	// reefer container type such as 20RF or 40RF.
	Reefer bool
}

// Containers is a count of containers of one ISO 6346 size/type group.
type Containers struct {
	Type  network.ContainerType
	Count int
}

// AssumedTonnesPerTEU is the cargo mass assumed per TEU when a container
// shipment gives no weight: 10 t per TEU, the average loading used to turn
// the Clean Cargo TEU-km intensities into tonne-km (figures.md section 3,
// source E6). It is a planning estimate.
const AssumedTonnesPerTEU = 10

// Limits on shipments, to keep every product of the fixed-point arithmetic
// well inside int64.
const (
	maxContainers = 100_000
	maxTonnes     = 1_000_000 // 10^12 g
	maxVolumeM3   = 10_000_000
)

// TEU returns the twenty-foot equivalent units of the containers (a 40' is
// 2, a 45' 2.25). Unknown types count as zero; Validate reports them.
func (s *Shipment) TEU() float64 { return float64(s.teu100()) / 100 }

func (s *Shipment) teu100() int64 {
	var n int64
	for _, c := range s.Containers {
		if sp, ok := c.Type.Spec(); ok && c.Count > 0 && c.Count <= maxContainers {
			n += int64(c.Count) * int64(sp.TEUx100)
		}
	}
	return n
}

// ChargeableKg returns the air-freight chargeable weight in kilograms:
// the larger of the actual mass and the volumetric mass (volume at 1:6000,
// 6,000 cm³ per kg, so 1 m³ = 166.67 kg), rounded up to the next half
// kilogram as airlines do (IATA TACT rule). It is 0 for an invalid
// shipment.
func (s *Shipment) ChargeableKg() float64 {
	l, err := s.load()
	if err != nil {
		return 0
	}
	return float64(l.chargeableG) / 1000
}

// Validate reports the first problem with s, wrapping ErrInvalidShipment,
// ErrEmptyShipment, ErrUnknownContainer or ErrUnknownCurrency.
func (s *Shipment) Validate() error {
	_, err := s.load()
	return err
}

// load is a validated shipment in integer units.
type load struct {
	lines       []Containers // merged per canonical type, in first-seen order
	teu100      int64        // TEU × 100
	massG       int64        // cargo mass for pricing, limits and emissions, grams
	chargeableG int64        // air chargeable mass, grams, rounded up to 500 g
	massAssumed bool         // massG comes from AssumedTonnesPerTEU
	reefer      bool
	dangerous   bool
}

func (s *Shipment) load() (load, error) {
	var l load
	var maxGrossKg int64
	for _, c := range s.Containers {
		sp, ok := c.Type.Spec()
		switch {
		case !ok:
			return load{}, fmt.Errorf("%w %q (want e.g. 20GP, 40GP, 40HC, 45HC, 20RF, 40RF)", ErrUnknownContainer, c.Type)
		case c.Count <= 0:
			return load{}, fmt.Errorf("%w: %d × %s (count must be positive)", ErrInvalidShipment, c.Count, sp.Type)
		case c.Count > maxContainers:
			return load{}, fmt.Errorf("%w: %d × %s is over %d containers", ErrInvalidShipment, c.Count, sp.Type, maxContainers)
		}
		n := int64(c.Count)
		l.teu100 += n * int64(sp.TEUx100)
		maxGrossKg += n * int64(sp.MaxGrossKg)
		l.reefer = l.reefer || sp.Reefer
		merged := false
		for i := range l.lines {
			if l.lines[i].Type == sp.Type {
				l.lines[i].Count += c.Count
				merged = true
			}
		}
		if !merged {
			l.lines = append(l.lines, Containers{Type: sp.Type, Count: c.Count})
		}
		if l.teu100 > maxContainers*225 {
			return load{}, fmt.Errorf("%w: over %d containers", ErrInvalidShipment, maxContainers)
		}
	}
	if t := s.GrossTonnes; math.IsNaN(t) || math.IsInf(t, 0) || t < 0 || t > maxTonnes {
		return load{}, fmt.Errorf("%w: gross mass %v t", ErrInvalidShipment, t)
	}
	if v := s.VolumeM3; math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > maxVolumeM3 {
		return load{}, fmt.Errorf("%w: volume %v m³", ErrInvalidShipment, v)
	}
	l.massG, _ = roundFloat(s.GrossTonnes, 1e6)
	if len(l.lines) == 0 && l.massG == 0 {
		return load{}, fmt.Errorf("%w: no containers and no weight", ErrEmptyShipment)
	}
	if maxGrossKg > 0 && l.massG > maxGrossKg*1000 {
		return load{}, fmt.Errorf("%w: %v t of cargo is over the %d kg ISO 668 maximum gross mass of the containers", ErrInvalidShipment, s.GrossTonnes, maxGrossKg)
	}
	if l.massG == 0 {
		l.massG = l.teu100 * (AssumedTonnesPerTEU * 1_000_000 / 100)
		l.massAssumed = true
	}
	// Volumetric mass: 1 cm³ weighs 1/6000 kg = 1/6 g at 1:6000; round up.
	volCm3, _ := roundFloat(s.VolumeM3, 1e6)
	volG := (volCm3 + 5) / 6
	l.chargeableG = max(l.massG, volG)
	l.chargeableG = (l.chargeableG + 499) / 500 * 500
	if s.Value.Minor < 0 {
		return load{}, fmt.Errorf("%w: negative cargo value %s", ErrInvalidShipment, s.Value)
	}
	if s.Value.Minor > 0 && !s.Value.Currency.Valid() {
		return load{}, fmt.Errorf("%w %q for the cargo value", ErrUnknownCurrency, s.Value.Currency)
	}
	if s.DangerousGoods != "" {
		if !validDGClass(s.DangerousGoods) {
			return load{}, fmt.Errorf("%w: dangerous goods class %q (want a UN class 1–9 or division such as 2.1, 4.3, 6.1)", ErrInvalidShipment, s.DangerousGoods)
		}
		l.dangerous = true
	}
	l.reefer = l.reefer || s.Reefer
	return l, nil
}

// validDGClass reports whether s is a UN dangerous goods class (1–9) or a
// division of one (1.1–1.6, 2.1–2.3, 4.1–4.3, 5.1–5.2, 6.1–6.2).
func validDGClass(s string) bool {
	switch strings.TrimSpace(s) {
	case "1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6",
		"2", "2.1", "2.2", "2.3", "3", "4", "4.1", "4.2", "4.3",
		"5", "5.1", "5.2", "6", "6.1", "6.2", "7", "8", "9":
		return true
	}
	return false
}

// ParseContainers reads container counts as forwarders write them:
// "2x40HC", "2 x 40HC, 1x20GP", "40HC" (one), "3×20RF"; items are separated
// by commas, semicolons or '+'. Codes are case-insensitive and must be
// known ISO 6346 size/type groups; counts must be positive. The same type
// given twice is summed.
func ParseContainers(s string) ([]Containers, error) {
	var out []Containers
	items := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '+' })
	for _, item := range items {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		count, code := 1, item
		for _, sep := range []string{"×", "x", "X", "*"} {
			if n, c, ok := strings.Cut(item, sep); ok {
				if v, err := strconv.Atoi(strings.TrimSpace(n)); err == nil {
					count, code = v, c
					break
				}
			}
		}
		code = strings.ToUpper(strings.TrimSpace(code))
		sp, ok := network.ContainerType(code).Spec()
		switch {
		case !ok:
			return nil, fmt.Errorf("%w %q in %q", ErrUnknownContainer, code, s)
		case count <= 0 || count > maxContainers:
			return nil, fmt.Errorf("%w: count %d in %q", ErrInvalidShipment, count, s)
		}
		merged := false
		for i := range out {
			if out[i].Type == sp.Type {
				if out[i].Count+count > maxContainers {
					return nil, fmt.Errorf("%w: over %d containers in %q", ErrInvalidShipment, maxContainers, s)
				}
				out[i].Count += count
				merged = true
			}
		}
		if !merged {
			out = append(out, Containers{Type: sp.Type, Count: count})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no containers in %q", ErrInvalidShipment, s)
	}
	return out, nil
}

// FormatContainers writes counts in the form ParseContainers reads:
// "2x40HC, 1x20GP".
func FormatContainers(cs []Containers) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = strconv.Itoa(c.Count) + "x" + string(c.Type)
	}
	return strings.Join(parts, ", ")
}
