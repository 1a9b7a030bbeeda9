package cost

import "errors"

// Sentinel errors. Every error the package returns wraps one of these, so
// callers can test the kind of problem with errors.Is while the message
// names the record or value at fault.
var (
	// ErrInvalidQuery: a Query the model cannot be built from (bad
	// objectives, no quote currency, bad emission overrides …).
	ErrInvalidQuery = errors.New("cost: invalid query")
	// ErrInvalidShipment: a Shipment that fails validation.
	ErrInvalidShipment = errors.New("cost: invalid shipment")
	// ErrEmptyShipment: a shipment with neither containers nor weight.
	ErrEmptyShipment = errors.New("cost: empty shipment")
	// ErrUnknownContainer: a container code that is not a known ISO 6346
	// size/type group.
	ErrUnknownContainer = errors.New("cost: unknown container type")
	// ErrUnknownCurrency: a code that is not an active ISO 4217 currency.
	ErrUnknownCurrency = errors.New("cost: unknown currency")
	// ErrMissingRate: a conversion for which the Rates table holds no rate.
	// Conversion never falls back to 1:1.
	ErrMissingRate = errors.New("cost: missing exchange rate")
	// ErrInvalidRate: a malformed, zero or negative exchange rate, or a rate
	// table that cannot be parsed.
	ErrInvalidRate = errors.New("cost: invalid exchange rate")
	// ErrInvalidAmount: a malformed money amount, or one with more decimals
	// than its currency's minor unit.
	ErrInvalidAmount = errors.New("cost: invalid amount")
	// ErrOverflow: a result that does not fit in an int64. Arithmetic in
	// this package reports overflow instead of wrapping.
	ErrOverflow = errors.New("cost: overflow")

	// ErrDangerousGoods: the leg refuses dangerous goods.
	ErrDangerousGoods = errors.New("cost: leg refuses dangerous goods")
	// ErrNoReeferPower: a reefer shipment on a leg without reefer plugs.
	ErrNoReeferPower = errors.New("cost: leg has no power for reefer containers")
	// ErrOverWeight: the shipment is heavier than the leg's MaxTonnes.
	ErrOverWeight = errors.New("cost: shipment over the leg's weight limit")
	// ErrOverCapacity: the shipment has more TEU than the leg's MaxTEU.
	ErrOverCapacity = errors.New("cost: shipment over the leg's TEU capacity")
	// ErrNoPrice: the price terms have no price for this shipment (a
	// container size that is not listed, loose cargo on a container-only
	// tariff).
	ErrNoPrice = errors.New("cost: no price for this shipment")
)
