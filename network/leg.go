package network

import (
	"slices"
	"time"
)

// Leg is one transport service between two terminals: a block train, a
// sailing, a barge line, a flight, a trucking lane.
type Leg struct {
	// ID optionally names the leg; when set it is unique in the network.
	ID       string
	From, To string // terminal IDs
	Mode     Mode
	Service  string   // "Yuxinou block train"
	Operator string   // "China Railway Express"
	Corridor []string // tags: "CRE", "ILSTC", "YANGTZE" …
	// DistanceKm is the distance travelled. Zero means unknown: Build then
	// estimates it as the great-circle distance times the mode's circuity
	// factor (see Circuity) and sets DistanceEstimated.
	DistanceKm        float64
	DistanceEstimated bool
	// Duration is the transit time from departure to arrival. Required.
	Duration time.Duration
	// Price is what the leg charges, in its own currency. Required: a free
	// leg says so with a currency and no terms.
	Price PriceTerms
	// CO2ePerTonneKm overrides the mode's default well-to-wheel emission
	// intensity (grams CO2e per tonne-km); zero means use the default.
	CO2ePerTonneKm float64
	// MaxTonnes limits the gross weight the leg carries per shipment; zero
	// means no limit. MaxTEU likewise limits containers.
	MaxTonnes float64
	MaxTEU    int
	// NoDangerousGoods marks legs that refuse dangerous goods; Reefer marks
	// legs with power for refrigerated containers.
	NoDangerousGoods bool
	Reefer           bool
	// Schedule lists the departures; nil means the leg leaves whenever the
	// cargo is ready (trucking).
	Schedule *Schedule
	Provenance
}

// Name returns the leg's ID, or "FROM→TO (mode)" when it has none.
func (l *Leg) Name() string {
	if l.ID != "" {
		return l.ID
	}
	return l.From + "→" + l.To + " (" + l.Mode.String() + ")"
}

// PriceTerms is a tariff in one currency. The terms add up: a leg may charge
// per container and a fixed fee. Amounts are in millionths of a major unit.
type PriceTerms struct {
	Currency Currency
	// PerContainer prices by container type ("40HC") or length class
	// ("40"); a shipment's container is priced by its exact type if listed,
	// else by its length class. A shipment with containers on a leg that
	// prices only per container and lists neither cannot use the leg.
	PerContainer []ContainerRate
	PerTEU       Amount
	PerTonne     Amount // per gross tonne
	PerKg        Amount // per chargeable kilogram (air)
	Fixed        Amount // per shipment
	// Minimum is the least the leg charges a shipment before surcharges.
	Minimum Amount
	// Surcharges are percentages on the freight (fuel, peak season, war
	// risk); each in hundredths of a percent, so 12.5 % is 1250.
	Surcharges []Surcharge
}

// ContainerRate is a price per container of one type or length class.
type ContainerRate struct {
	Type  ContainerType
	Price Amount
}

// Surcharge is a named percentage on the freight.
type Surcharge struct {
	Name        string
	BasisPoints int64 // hundredths of a percent: 1250 = 12.5 %
}

// IsZero reports whether p has no terms and no currency.
func (p *PriceTerms) IsZero() bool {
	return p.Currency == "" && len(p.PerContainer) == 0 && p.PerTEU == 0 && p.PerTonne == 0 &&
		p.PerKg == 0 && p.Fixed == 0 && p.Minimum == 0 && len(p.Surcharges) == 0
}

// ContainerPrice returns the price for one container of type t: the rate for
// t itself if listed, else the rate for its length class.
func (p *PriceTerms) ContainerPrice(t ContainerType) (Amount, bool) {
	for _, r := range p.PerContainer {
		if r.Type == t {
			return r.Price, true
		}
	}
	lc := t.LengthClass()
	for _, r := range p.PerContainer {
		if r.Type == lc {
			return r.Price, true
		}
	}
	return 0, false
}

func (p PriceTerms) clone() PriceTerms {
	p.PerContainer = slices.Clone(p.PerContainer)
	p.Surcharges = slices.Clone(p.Surcharges)
	return p
}
