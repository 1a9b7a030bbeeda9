// Package cost turns the legs, transfers and border crossings of a
// network.Network into objective vectors for one shipment, so that the
// route package can search for exact Pareto fronts over integers only.
//
// # Units
//
// Every objective is a fixed-point int64, minimised:
//
//   - money: minor units of the quote currency (cents of USD and EUR, fen
//     of CNY, whole yen and dong for the zero-decimal JPY and VND, fils for
//     three-decimal currencies), the exponent coming from ISO 4217 through
//     network.Currency.MinorUnits;
//   - time: whole minutes;
//   - CO2e: grams CO2e, well-to-wheel;
//   - distance: metres;
//   - transfers: a count of changes of mode.
//
// A query picks 2 to 4 objectives and their order (Query.Objectives); every
// vector the model hands out has that length K and that order. Dominates,
// WeaklyDominates, Compare (lexicographic) and Add (overflow reported, never
// wrapped) work on such vectors without allocating.
//
// Human units (tonnes, cubic metres, kilometres, g/tkm as float64; decimal
// prices) are converted at the edges: NewModel converts them once, and
// Breakdown, Money.String and Money.Major convert back for display.
//
// # Rounding
//
// There is one rule: a value is computed exactly as a fraction and rounded
// once, half away from zero, to the integer unit. Prices in the network are
// exact (network.Amount, millionths of a major unit); a per-unit price
// times a quantity is rounded half up to the millionth; each line item of a
// price (the freight, minimum charge included, and each surcharge) is then
// converted to the quote currency exactly and rounded to its minor unit,
// and an arc's money is the sum of its rounded items, so a breakdown always
// adds up. Exchange rates are exact decimals (Rate), never floats; a cross
// rate through the table's base currency is formed as an exact fraction
// before the single rounding. Masses round to the gram, distances to the
// metre, intensities to the milligram per tonne-km, and the emissions of an
// arc (mg/tkm × g × m / 10^12) to the gram.
//
// # Money and exchange rates
//
// Money is an amount in minor units with its ISO 4217 currency. Rates is a
// table with a base currency and an as-of date; Rates.Convert converts
// explicitly and fails with ErrMissingRate when a rate is missing, never
// falling back to 1:1. RMB settlement is the common case: a table with base
// CNY quotes in CNY, USD or EUR from legs priced in any mix of them.
// NewModel fails if any price in the network is in a currency the table
// cannot convert, naming the leg.
//
// # Shipments
//
// A Shipment has containers by ISO 6346 size/type group ("2x40HC",
// ParseContainers) with their TEU equivalents, the gross mass of the cargo
// in tonnes, its volume (for air: chargeable weight is the larger of the
// actual mass and 166.67 kg per m³, IATA 1:6000, rounded up to the half
// kilogram), its value, a dangerous goods class and a reefer flag.
//
// # Pricing
//
// A leg's network.PriceTerms apply to the shipment: per container by exact
// type, else by length class; per TEU; per gross tonne; per chargeable
// kilogram; fixed; raised to the minimum; then surcharges in basis points
// on that freight. A change of mode at a terminal costs the terminal's
// transfer rule, else the network default (network.Network.TransferAt):
// handling time, a charge priced like a leg, one transfer, and hub
// emissions. A border crossing (Terminal.Border) costs its dwell and fee,
// and hub emissions at a break of gauge. Customs dwell (Terminal.CustomsDwell)
// is folded into every leg that arrives from another country, because that
// is a property of the leg alone; Model.LegMinutes reports it apart.
//
// Legs that cannot carry the shipment — dangerous goods refused, no power
// for reefers, over MaxTonnes or MaxTEU, no price for the shipment's
// containers — are excluded: Model.Usable is false and Model.Reason and
// Model.Excluded say why, naming the leg and wrapping a sentinel
// (ErrDangerousGoods, ErrNoReeferPower, ErrOverWeight, ErrOverCapacity,
// ErrNoPrice).
//
// # Value of time
//
// The optional value of time (cargo value × annual rate × days / 365) is
// folded into money, not made an objective of its own: as a rate per
// minute (Model.ValueOfTimeRate) it is linear in time, so the route layer
// charges waiting for a departure at the same rate (Model.ValueOfTime), and
// a query keeps its objectives for what users trade off. Breakdowns show it
// as its own line item.
//
// # Emissions
//
// Emissions follow ISO 14083:2023 and the GLEC Framework: well-to-wheel
// intensity (g CO2e per tonne-km) × cargo mass × distance, plus hub
// emissions per tonne handled at each transshipment. The mass basis is the
// gross mass of the cargo — goods and packaging — excluding container tare:
// ISO 14083 and GLEC, as read here, express transport activity in tonne-km
// of the freight itself, and container tare is part of the transport equipment whose
// emissions the intensity values already allocate to the cargo (GLEC's
// container defaults are derived per TEU-km and divided by the average
// cargo load per TEU). When a container shipment gives no mass, the model
// assumes AssumedTonnesPerTEU (10 t per TEU, an estimate).
//
// DefaultIntensity gives the default per mode, with its source and date:
// rail 18, road 100, sea 10, inland water 25, air 610 g CO2e/tkm; and
// DefaultRailIntensity refines rail by the country a leg starts in (18 in
// China, 8 on EU grids, 28 for diesel in Kazakhstan, Russia and Mongolia).
// They are the planning values of the project's research notes (figures.md
// section 3), labelled as estimates until replaced by GLEC v3.1 table
// values. A leg's own CO2ePerTonneKm wins over them; a query may replace
// them per mode and may make its values win over the legs'
// (EmissionOptions). DefaultHubGramsPerTonne (1 kg CO2e per tonne handled)
// is an estimate too.
//
// # The model
//
// NewModel prices everything once per query, into flat arrays the search
// reads in its hot loop: LegCosts (NumLegs × K, row-major), TransferCost per
// terminal × mode pair (a shared table for the terminals without rules of
// their own, so memory stays O(T) indices plus one K-vector per rule), and
// BorderCost per terminal. Arc adds transfer + leg + border for one arc of
// the route layer's terminal × arrival-mode graph. LegBreakdown,
// TransferBreakdown and BorderBreakdown give the line items for display,
// computed by the same code. A Model is immutable and safe for concurrent
// readers.
package cost
