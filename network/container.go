package network

import "strings"

// ContainerType is an ISO 6346 size/type group as forwarders write it
// ("20GP", "40HC", "40RF"), or a bare length class ("20", "40", "45") that a
// price term uses to mean any container of that length.
type ContainerType string

// ContainerSpec describes a known container type.
type ContainerSpec struct {
	Type ContainerType
	// ISO 6346 size/type code (length, height, type group), e.g. "45G1".
	ISOCode string
	// TEU is the twenty-foot equivalent: 1 for 20', 2 for 40', 2.25 for 45'.
	// Held in hundredths so it stays an integer: 225 for a 45'.
	TEUx100 int
	// Reefer marks a refrigerated unit that needs power (reefer plugs).
	Reefer bool
	// MaxGrossKg is the ISO 668 maximum gross mass (tare + payload).
	MaxGrossKg int
}

// Containers lists the container types the library knows, from ISO 6346
// (size/type codes) and ISO 668 (30,480 kg maximum gross mass for 20' since
// Amendment 1:2005, 32,500 kg for 40'/45' series 1AA/1AAA/1EEE).
var containers = []ContainerSpec{
	{"20GP", "22G1", 100, false, 30480},
	{"20RF", "22R1", 100, true, 30480},
	{"20OT", "22U1", 100, false, 30480},
	{"20FR", "22P1", 100, false, 30480},
	{"20TK", "22T6", 100, false, 30480},
	{"40GP", "42G1", 200, false, 32500},
	{"40HC", "45G1", 200, false, 32500},
	{"40RF", "45R1", 200, true, 32500},
	{"40OT", "42U1", 200, false, 32500},
	{"40FR", "42P1", 200, false, 32500},
	{"45HC", "L5G1", 225, false, 32500},
}

// ContainerTypes returns the known container types.
func ContainerTypes() []ContainerSpec { return append([]ContainerSpec(nil), containers...) }

// Spec returns the description of t and whether t is a known type. Length
// classes ("20", "40", "45") are not types of their own and return false.
func (t ContainerType) Spec() (ContainerSpec, bool) {
	u := ContainerType(strings.ToUpper(string(t)))
	for _, c := range containers {
		if c.Type == u {
			return c, true
		}
	}
	return ContainerSpec{}, false
}

// LengthClass returns the length class of t: "20", "40" or "45".
func (t ContainerType) LengthClass() ContainerType {
	if len(t) >= 2 {
		return t[:2]
	}
	return t
}

// validPriceKey reports whether t may key a per-container price: a known
// type or a length class.
func (t ContainerType) validPriceKey() bool {
	switch t {
	case "20", "40", "45":
		return true
	}
	_, ok := t.Spec()
	return ok && string(t) == strings.ToUpper(string(t))
}
