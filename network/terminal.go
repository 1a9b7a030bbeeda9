package network

import (
	"fmt"
	"strings"
	"time"

	"github.com/paulmach/orb"
)

// TerminalKind says what a terminal is.
type TerminalKind uint8

// Terminal kinds. The zero value is not a kind.
const (
	RailTerminal TerminalKind = iota + 1
	Seaport
	RiverPort
	Airport
	RoadHub
	BorderCrossing
	// Waypoint is a point a route passes without handling cargo, such as a
	// canal or a ship lock; it exists so legs can be split where it matters.
	Waypoint
)

var kindNames = [...]string{"", "rail_terminal", "seaport", "river_port", "airport", "road_hub", "border", "waypoint"}

// String returns the lower-case word for k.
func (k TerminalKind) String() string {
	if k == 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("kind(%d)", uint8(k))
	}
	return kindNames[k]
}

// ParseTerminalKind reads a kind word ("rail_terminal", "seaport", "border" …).
// Short forms used in research tables ("rail", "sea", "river", "air",
// "road") are accepted too.
func ParseTerminalKind(s string) (TerminalKind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "rail_terminal", "rail":
		return RailTerminal, nil
	case "seaport", "sea", "port":
		return Seaport, nil
	case "river_port", "river":
		return RiverPort, nil
	case "airport", "air":
		return Airport, nil
	case "road_hub", "road":
		return RoadHub, nil
	case "border", "border_crossing":
		return BorderCrossing, nil
	case "waypoint", "lock":
		return Waypoint, nil
	}
	return 0, fmt.Errorf("%w: unknown terminal kind %q", ErrInvalidValue, s)
}

// MarshalText implements encoding.TextMarshaler.
func (k TerminalKind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("%w: terminal kind %d", ErrInvalidValue, k)
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *TerminalKind) UnmarshalText(b []byte) error {
	v, err := ParseTerminalKind(string(b))
	*k = v
	return err
}

// Terminal is a place where freight is loaded, unloaded, transferred between
// modes or cleared across a border.
type Terminal struct {
	// ID is unique in the network. Use the UN/LOCODE where a terminal has
	// one to itself; several terminals of a city share its LOCODE, so free
	// IDs ("CNCQI-GUOYUAN") are allowed. An ID of exactly five letters and
	// digits is taken to claim to be a UN/LOCODE and is checked as one.
	ID   string
	Name string
	// Country is the ISO 3166-1 alpha-2 code ("CN", "KZ", "DE").
	Country string
	// Location is (longitude, latitude) in degrees, WGS 84.
	Location orb.Point
	Kind     TerminalKind
	// Modes are the modes the terminal handles; every leg touching the
	// terminal must use one of them.
	Modes ModeSet
	// TimeZone is the IANA zone name ("Asia/Shanghai"); weekly schedules of
	// legs leaving the terminal are read in it.
	TimeZone string
	// LOCODE is the official UN/LOCODE of the place the terminal belongs to,
	// if any. Aliases are further names a query may use for the terminal:
	// industry codes (CNCKG for Chongqing), city names ("Chongqing").
	// A query naming a LOCODE or alias means every terminal carrying it.
	LOCODE  string
	Aliases []string
	// Transfers overrides the network's default handling rules for changes
	// of mode at this terminal, per mode pair.
	Transfers []Transfer
	// CustomsDwell is the time import clearance takes when cargo arrives
	// here from another country. Zero means none or included elsewhere.
	CustomsDwell time.Duration
	// Border is set for border crossings (Kind == BorderCrossing).
	Border *Border
	Provenance
}

// Border holds what crossing a border costs at a border-crossing terminal.
type Border struct {
	// Dwell is the time a consignment typically stands at the crossing
	// (customs, inspection, reloading for a gauge change).
	Dwell time.Duration
	// Fee is charged per crossing, in its own currency; the zero value means
	// none.
	Fee PriceTerms
	// GaugeFrom and GaugeTo are the rail gauges in millimetres on the two
	// sides when the crossing involves a break of gauge (1435 ↔ 1520 at
	// Dostyk, 1435 ↔ 1000 at Hekou); both zero when there is none.
	GaugeFrom, GaugeTo int
	// Across is the ID of the terminal on the other side, if modelled.
	Across string
}

// GaugeChange reports whether the crossing involves a break of gauge.
func (b *Border) GaugeChange() bool { return b != nil && b.GaugeFrom != 0 && b.GaugeFrom != b.GaugeTo }

// Transfer is a handling rule for a change of mode at a terminal: cargo that
// arrived by From and leaves by To spends Time and pays Charge.
type Transfer struct {
	From, To Mode
	Time     time.Duration
	// Charge is applied to the shipment like a leg price (per container,
	// per tonne, fixed …) in its own currency; the zero value means free.
	Charge PriceTerms
	Provenance
}

// Provenance says where a record's figures come from: ids of the network's
// sources, or, for figures no source gives, how they were estimated.
type Provenance struct {
	Sources []string
	// Estimate explains figures that are estimates and how they were
	// derived ("rail km = great-circle × 1.4 circuity"). Empty when every
	// figure has a source.
	Estimate string
}

// Sourced reports whether the record cites at least one source or is
// labelled as an estimate.
func (p Provenance) Sourced() bool { return len(p.Sources) > 0 || strings.TrimSpace(p.Estimate) != "" }

// Source is a document the network's figures come from.
type Source struct {
	ID    string // short id that records cite ("S5")
	Title string
	URL   string
	// Date is when the source was published or retrieved (YYYY-MM-DD, or
	// YYYY-MM / YYYY when that is all that is known).
	Date string
}
