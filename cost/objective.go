package cost

import (
	"fmt"
	"strings"
)

// Objective is one criterion a query minimises. Each has a fixed-point
// integer unit, so that vectors compare exactly.
type Objective uint8

// The objectives. The zero value is not an objective.
const (
	// ObjectiveMoney is money in minor units of the quote currency (cents of
	// USD, fen of CNY, whole yen of JPY), value of time included when the
	// query asks for it.
	ObjectiveMoney Objective = iota + 1
	// ObjectiveTime is time in whole minutes: transit, handling, border and
	// customs dwell. Waiting for a departure is added by the route layer.
	ObjectiveTime
	// ObjectiveCO2e is well-to-wheel emissions in grams CO2e.
	ObjectiveCO2e
	// ObjectiveDistance is distance travelled in metres.
	ObjectiveDistance
	// ObjectiveTransfers counts changes of mode (transshipments between
	// modes). A change of train at a rail terminal is not counted.
	ObjectiveTransfers

	numObjectives = int(ObjectiveTransfers) + 1
)

// MinObjectives and MaxObjectives bound the number of objectives a query
// may choose.
const (
	MinObjectives = 2
	MaxObjectives = 4
)

var objectiveNames = [numObjectives]string{"", "money", "time", "co2e", "distance", "transfers"}

// Valid reports whether o is one of the defined objectives.
func (o Objective) Valid() bool { return o >= ObjectiveMoney && o <= ObjectiveTransfers }

// String returns the lower-case word for o ("money", "co2e" …).
func (o Objective) String() string {
	if !o.Valid() {
		return fmt.Sprintf("objective(%d)", uint8(o))
	}
	return objectiveNames[o]
}

// Unit returns the unit of o's integer values ("minor units", "min", "g
// CO2e", "m", "transfers").
func (o Objective) Unit() string {
	switch o {
	case ObjectiveMoney:
		return "minor units"
	case ObjectiveTime:
		return "min"
	case ObjectiveCO2e:
		return "g CO2e"
	case ObjectiveDistance:
		return "m"
	case ObjectiveTransfers:
		return "transfers"
	}
	return ""
}

// ParseObjective reads an objective word, case-insensitively. Synonyms:
// "cost", "price" for money; "duration" for time; "co2", "emissions",
// "ghg" for co2e; "km" for distance; "changes" for transfers.
func ParseObjective(s string) (Objective, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "money", "cost", "price":
		return ObjectiveMoney, nil
	case "time", "duration":
		return ObjectiveTime, nil
	case "co2e", "co2", "emissions", "ghg":
		return ObjectiveCO2e, nil
	case "distance", "km":
		return ObjectiveDistance, nil
	case "transfers", "changes":
		return ObjectiveTransfers, nil
	}
	return 0, fmt.Errorf("%w: unknown objective %q (want money, time, co2e, distance or transfers)", ErrInvalidQuery, s)
}

// MarshalText implements encoding.TextMarshaler.
func (o Objective) MarshalText() ([]byte, error) {
	if !o.Valid() {
		return nil, fmt.Errorf("%w: objective %d", ErrInvalidQuery, uint8(o))
	}
	return []byte(o.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Objective) UnmarshalText(b []byte) error {
	v, err := ParseObjective(string(b))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// DefaultObjectives are the objectives of a query that names none: money,
// time and CO2e, in that order.
func DefaultObjectives() []Objective {
	return []Objective{ObjectiveMoney, ObjectiveTime, ObjectiveCO2e}
}

// checkObjectives validates a query's objectives: 2 to 4, all valid, none
// repeated.
func checkObjectives(objs []Objective) error {
	if len(objs) < MinObjectives || len(objs) > MaxObjectives {
		return fmt.Errorf("%w: %d objectives (choose %d to %d)", ErrInvalidQuery, len(objs), MinObjectives, MaxObjectives)
	}
	var seen [numObjectives]bool
	for _, o := range objs {
		if !o.Valid() {
			return fmt.Errorf("%w: objective %d", ErrInvalidQuery, uint8(o))
		}
		if seen[o] {
			return fmt.Errorf("%w: objective %s twice", ErrInvalidQuery, o)
		}
		seen[o] = true
	}
	return nil
}
