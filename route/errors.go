package route

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors; every error Plan returns wraps one of them (or a context
// error), for errors.Is.
var (
	// ErrQuery is wrapped by errors about a malformed query: too few or too
	// many objectives, a bad shipment, an unknown currency.
	ErrQuery = errors.New("route: invalid query")
	// ErrUnknownPlace is wrapped when an origin, destination, via or avoided
	// terminal names nothing in the network.
	ErrUnknownPlace = errors.New("route: unknown place")
	// ErrNoRoute is wrapped by *NoRouteError.
	ErrNoRoute = errors.New("route: no route")
	// ErrIncomplete is wrapped when a limit (labels, context deadline)
	// stopped the search: the Result holds what was proven so far and is
	// marked incomplete.
	ErrIncomplete = errors.New("route: search stopped before the front was complete")
)

// Why says why there is no route.
type Why uint8

// Reasons for NoRouteError.
const (
	// WhyUnreachable: no sequence of legs at all joins origin and destination.
	WhyUnreachable Why = iota + 1
	// WhyShipment: legs join them, but none of those paths can carry this
	// shipment (dangerous goods refused, no reefer plugs, over weight, no
	// price for the container type).
	WhyShipment
	// WhyConstraints: the shipment could travel, but not within the query's
	// constraints (modes, avoided places, via, transfers, transit time,
	// money).
	WhyConstraints
	// WhyDeadline: routes exist, but none delivers by the deliver-by time, or
	// no scheduled departure falls inside the search horizon.
	WhyDeadline
)

func (w Why) String() string {
	switch w {
	case WhyUnreachable:
		return "unreachable"
	case WhyShipment:
		return "shipment"
	case WhyConstraints:
		return "constraints"
	case WhyDeadline:
		return "deadline"
	}
	return fmt.Sprintf("why(%d)", w)
}

// NoRouteError reports that a query has no solution, and why.
type NoRouteError struct {
	From, To string
	Why      Why
	// Detail lists what ruled routes out, for a person to read: the legs
	// excluded for the shipment, the constraint that cut the last path.
	Detail []string
}

func (e *NoRouteError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "route: no route from %s to %s: ", e.From, e.To)
	switch e.Why {
	case WhyUnreachable:
		b.WriteString("the destination cannot be reached from the origin by any legs of the network")
	case WhyShipment:
		b.WriteString("every path has a leg that cannot carry this shipment")
	case WhyConstraints:
		b.WriteString("routes exist, but none satisfies the query's constraints")
	case WhyDeadline:
		b.WriteString("routes exist, but none arrives by the deliver-by time within the search horizon")
	default:
		b.WriteString(e.Why.String())
	}
	if len(e.Detail) > 0 {
		b.WriteString(" (")
		b.WriteString(strings.Join(e.Detail, "; "))
		b.WriteString(")")
	}
	return b.String()
}

func (e *NoRouteError) Unwrap() error { return ErrNoRoute }
