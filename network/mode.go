package network

import (
	"fmt"
	"strings"
)

// Mode is a means of transport. The zero value is not a mode, so a record
// that forgets its mode is caught by validation instead of silently
// becoming rail.
type Mode uint8

// The modes of transport, in the order they are printed.
const (
	Rail Mode = iota + 1
	Road
	Sea
	InlandWater
	Air
)

// NumModes is one more than the largest Mode, so that per-mode tables can be
// indexed by Mode directly: [NumModes]T.
const NumModes = int(Air) + 1

var modeNames = [NumModes]string{"", "rail", "road", "sea", "inland_water", "air"}

// Modes lists every valid mode in order.
func Modes() []Mode { return []Mode{Rail, Road, Sea, InlandWater, Air} }

// Valid reports whether m is one of the defined modes.
func (m Mode) Valid() bool { return m >= Rail && m <= Air }

// String returns the lower-case word for m ("rail", "inland_water", …).
func (m Mode) String() string {
	if !m.Valid() {
		return fmt.Sprintf("mode(%d)", uint8(m))
	}
	return modeNames[m]
}

// ParseMode reads a mode word. It accepts the canonical words and a few
// synonyms people write in data files ("river", "barge", "inland water",
// "truck"), case-insensitively. Anything else wraps ErrUnknownMode.
func ParseMode(s string) (Mode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "rail", "train":
		return Rail, nil
	case "road", "truck":
		return Road, nil
	case "sea", "ocean":
		return Sea, nil
	case "inland_water", "inland water", "inland-water", "river", "barge", "iww":
		return InlandWater, nil
	case "air":
		return Air, nil
	}
	return 0, fmt.Errorf("%w %q (want rail, road, sea, inland_water or air)", ErrUnknownMode, s)
}

// MarshalText implements encoding.TextMarshaler.
func (m Mode) MarshalText() ([]byte, error) {
	if !m.Valid() {
		return nil, fmt.Errorf("%w: %d", ErrUnknownMode, uint8(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Mode) UnmarshalText(b []byte) error {
	v, err := ParseMode(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// ModeSet is a set of modes as a bit set. The zero value is the empty set.
type ModeSet uint8

// AllModes holds every mode.
const AllModes ModeSet = 1<<Rail | 1<<Road | 1<<Sea | 1<<InlandWater | 1<<Air

// SetOf returns the set holding the given modes.
func SetOf(modes ...Mode) ModeSet {
	var s ModeSet
	for _, m := range modes {
		s = s.With(m)
	}
	return s
}

// Has reports whether m is in s.
func (s ModeSet) Has(m Mode) bool { return m.Valid() && s&(1<<m) != 0 }

// With returns s with m added. Invalid modes are ignored.
func (s ModeSet) With(m Mode) ModeSet {
	if !m.Valid() {
		return s
	}
	return s | 1<<m
}

// Modes returns the members of s in order.
func (s ModeSet) Modes() []Mode {
	var out []Mode
	for _, m := range Modes() {
		if s.Has(m) {
			out = append(out, m)
		}
	}
	return out
}

// Len returns the number of modes in s.
func (s ModeSet) Len() int {
	n := 0
	for _, m := range Modes() {
		if s.Has(m) {
			n++
		}
	}
	return n
}

// String formats s as comma-separated mode words, e.g. "rail,road".
func (s ModeSet) String() string {
	words := make([]string, 0, 5)
	for _, m := range s.Modes() {
		words = append(words, m.String())
	}
	return strings.Join(words, ",")
}

// ParseModeSet reads mode words separated by commas, semicolons, '|' or
// spaces ("rail;road", "rail, sea"). The empty string is the empty set.
func ParseModeSet(s string) (ModeSet, error) {
	var set ModeSet
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		m, err := ParseMode(f)
		if err != nil {
			return 0, err
		}
		set = set.With(m)
	}
	return set, nil
}
