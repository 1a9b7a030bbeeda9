package cost_test

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

var (
	money = cost.ObjectiveMoney
	tim   = cost.ObjectiveTime
	co2e  = cost.ObjectiveCO2e
	dist  = cost.ObjectiveDistance
	xfers = cost.ObjectiveTransfers
)

func twoFEU() cost.Shipment {
	return cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 2}}, GrossTonnes: 24}
}

// TestRailChongqingDuisburgInEUR is the first hand-computed case:
// 2 × 40HC by rail at a per-FEU price in USD, handling in CNY, quoted in
// EUR through a CNY-based table (1 USD = 7.1834 CNY, 1 EUR = 7.8120 CNY).
func TestRailChongqingDuisburgInEUR(t *testing.T) {
	n := corridor(t)
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "EUR", Rates: cnyRates(t),
		Objectives: []cost.Objective{money, tim, co2e, xfers}})
	require.NoError(t, err)
	yxo := legIndex(t, n, "yxo")
	require.True(t, m.Usable(yxo))

	// Freight: 2 × 4,500 USD = 9,000 USD = 9,000 × 7.1834 / 7.8120 EUR
	//   = 8,275.806451… EUR → 8,275.81 EUR = 827,581 cents.
	// BAF 12.5 %: 1,125 USD = 1,125 × 7.1834 / 7.8120 = 1,034.475806… → 1,034.48 EUR.
	// Money = 827,581 + 103,448 = 931,029 cents.
	// Time: 16 d = 23,040 min + customs dwell at DUI (CN → DE) 1 d = 1,440 → 24,480.
	// CO2e: 24 t × 11,179 km × 18 g/tkm (rail default) = 4,829,328 g.
	assert.Equal(t, []int64{931_029, 24_480, 4_829_328, 0}, m.LegCost(yxo))
	transit, customs := m.LegMinutes(yxo)
	assert.Equal(t, [2]int64{23_040, 1_440}, [2]int64{transit, customs})

	// Handling road→rail at CQ (terminal rule): 2 × 800 CNY = 1,600 CNY
	//   = 1,600 / 7.8120 EUR = 204.813108… → 204.81 EUR; 6 h = 360 min;
	//   hub 1,000 g/t × 24 t = 24,000 g; one transfer.
	cq := termIndex(t, n, "CQ")
	x, ok := m.TransferCost(cq, network.Road, network.Rail)
	require.True(t, ok)
	assert.Equal(t, []int64{20_481, 360, 24_000, 1}, x)

	// The arc road→(CQ)→rail→DUI adds them.
	arc := make([]int64, m.K())
	require.True(t, m.Arc(arc, network.Road, yxo))
	assert.Equal(t, []int64{951_510, 24_840, 4_853_328, 1}, arc)

	// Network default rail→road at DUI: 2 × 60 EUR = 120.00 EUR.
	x, ok = m.TransferCost(termIndex(t, n, "DUI"), network.Rail, network.Road)
	require.True(t, ok)
	assert.Equal(t, []int64{12_000, 360, 24_000, 1}, x)

	// The breakdown adds up to the vector.
	b := m.LegBreakdown(yxo)
	require.NoError(t, b.Err)
	require.Len(t, b.Items, 2)
	assert.Equal(t, cost.LineItem{Kind: cost.ItemFreight, Name: "freight", Amount: amt("9000"), Currency: "USD",
		Quote: cost.Money{Minor: 827_581, Currency: "EUR"}}, b.Items[0])
	assert.Equal(t, "BAF 12.50 %", b.Items[1].Name)
	assert.Equal(t, amt("1125"), b.Items[1].Amount)
	assert.Equal(t, "9310.29 EUR", b.Money.String())
	assert.Equal(t, int64(24_480), b.Minutes)
	assert.Equal(t, int64(4_829_328), b.CO2eGrams)
	assert.Equal(t, int64(11_179_000), b.DistanceMetres)
	assert.Equal(t, "9310.29 EUR · 17d 0h 0m · 4.829328 t CO2e · 0 transfers", m.FormatVector(m.LegCost(yxo)))
}

func TestBorderCrossing(t *testing.T) {
	n := corridor(t)
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "USD", Rates: cnyRates(t)})
	require.NoError(t, err)
	dos := termIndex(t, n, "DOS")
	require.True(t, m.IsBorder(dos))
	// 150 USD fee, 2 d dwell = 2,880 min, break of gauge: hub 24,000 g.
	b, ok := m.BorderCost(dos)
	require.True(t, ok)
	assert.Equal(t, []int64{15_000, 2_880, 24_000}, b)
	// Not a border: a shared zero vector.
	z, ok := m.BorderCost(termIndex(t, n, "DUI"))
	require.True(t, ok)
	assert.Equal(t, []int64{0, 0, 0}, z)
	// Leg CQ→DOS: 2 × 9,000 CNY = 18,000 / 7.1834 USD = 2,505.777… → 2,505.78 USD.
	// No customs: DOS has no customs dwell. 3,200 km × 24 t × 18 = 1,382,400 g.
	dosLeg := legIndex(t, n, "dos")
	assert.Equal(t, []int64{250_578, 8_640, 1_382_400}, m.LegCost(dosLeg))
	arc := make([]int64, 3)
	require.True(t, m.Arc(arc, 0, dosLeg))
	assert.Equal(t, []int64{265_578, 11_520, 1_406_400}, arc)
	bd := m.BorderBreakdown(dos)
	require.NoError(t, bd.Err)
	assert.Equal(t, "150.00 USD", bd.Money.String())
}

func TestAirVolumetricWeight(t *testing.T) {
	n := corridor(t)
	// 1 t actual, 10 m³: volumetric 10 × 1,000,000 cm³ / 6,000 = 1,666.67 kg
	// wins, rounded up to the next half kilogram: 1,667 kg.
	// 1,667 kg × 4.64 USD = 7,734.88 USD.
	s := cost.Shipment{GrossTonnes: 1, VolumeM3: 10}
	assert.InDelta(t, 1667.0, s.ChargeableKg(), 0)
	m, err := cost.NewModel(n, cost.Query{Shipment: s, Currency: "USD", Rates: cnyRates(t),
		Objectives: []cost.Objective{money, co2e}})
	require.NoError(t, err)
	air := legIndex(t, n, "air")
	require.True(t, m.Usable(air))
	// CO2e on actual mass: 1 t × 8,600 km × 610 g/tkm = 5,246,000 g.
	assert.Equal(t, []int64{773_488, 5_246_000}, m.LegCost(air))
	// Loose cargo cannot use the per-container rail tariff.
	assert.False(t, m.Usable(legIndex(t, n, "yxo")))
	assert.ErrorIs(t, m.Reason(legIndex(t, n, "yxo")), cost.ErrNoPrice)
	// Heavy and small: actual mass wins. 2,000.2 kg → 2,000.5 kg chargeable.
	s = cost.Shipment{GrossTonnes: 2.0002, VolumeM3: 1}
	assert.InDelta(t, 2000.5, s.ChargeableKg(), 0)
}

func TestMinimumCharge(t *testing.T) {
	n := corridor(t)
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "CNY", Rates: cnyRates(t)})
	require.NoError(t, err)
	trk := legIndex(t, n, "trk")
	// 24 t × 20 CNY = 480 CNY < minimum 800 CNY → 800.00 CNY = 80,000 fen.
	assert.Equal(t, int64(80_000), m.LegCost(trk)[0])
	b := m.LegBreakdown(trk)
	require.Len(t, b.Items, 1)
	assert.Equal(t, "freight (minimum charge)", b.Items[0].Name)
	// 40 t × 20 = 800: exactly the minimum, no longer "minimum charge".
	s := twoFEU()
	s.GrossTonnes = 50
	m, err = cost.NewModel(n, cost.Query{Shipment: s, Currency: "CNY", Rates: cnyRates(t)})
	require.NoError(t, err)
	assert.Equal(t, int64(100_000), m.LegCost(trk)[0])
	assert.Equal(t, "freight", m.LegBreakdown(trk).Items[0].Name)
}

func TestZeroDecimalQuote(t *testing.T) {
	b := network.NewBuilder("vnd")
	prov := network.Provenance{Estimate: "test"}
	for _, id := range []string{"KMG", "VTE"} {
		b.AddTerminal(network.Terminal{ID: id, Name: id, Country: "LA", Kind: network.RailTerminal,
			Modes: network.SetOf(network.Rail), Location: [2]float64{102, 20}, Provenance: prov})
	}
	b.AddLeg(network.Leg{ID: "lcr", From: "KMG", To: "VTE", Mode: network.Rail, DistanceKm: 1035, Duration: 30 * 60e9,
		Price: network.PriceTerms{Currency: "USD", Fixed: amt("1234.56")}, Provenance: prov})
	n, err := b.Build()
	require.NoError(t, err)
	rates, err := cost.ParseRates("as_of 2026-01-15\nbase VND\nUSD 25400.5\n")
	require.NoError(t, err)
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "VND", Rates: rates})
	require.NoError(t, err)
	// 1,234.56 USD × 25,400.5 = 31,358,441.28 VND → 31,358,441 VND (no minor unit).
	assert.Equal(t, int64(31_358_441), m.LegCost(0)[0])
	assert.Equal(t, "31358441 VND", m.LegBreakdown(0).Money.String())
	// JPY: same rule, half away from zero.
	jr, err := cost.ParseRates("as_of 2026-01-15\nbase JPY\nUSD 150.005\n")
	require.NoError(t, err)
	got, err := jr.Convert(cost.Money{Minor: 1, Currency: "USD"}, "JPY") // 0.01 USD = 1.50005 JPY → 2
	require.NoError(t, err)
	assert.Equal(t, cost.Money{Minor: 2, Currency: "JPY"}, got)
}

func TestExclusions(t *testing.T) {
	n := corridor(t)
	rates := cnyRates(t)
	tests := []struct {
		name     string
		ship     cost.Shipment
		leg      string
		sentinel error
		words    string
	}{
		{"dangerous goods refused by air", cost.Shipment{GrossTonnes: 1, DangerousGoods: "3"}, "air", cost.ErrDangerousGoods, `leg "air" (air)`},
		{"reefer on a leg without plugs", cost.Shipment{Containers: []cost.Containers{{Type: "40RF", Count: 1}}, GrossTonnes: 20}, "yxo", cost.ErrNoReeferPower, "reefer"},
		{"45HC not in a per-40' tariff", cost.Shipment{Containers: []cost.Containers{{Type: "45HC", Count: 1}}, GrossTonnes: 20}, "yxo", cost.ErrNoPrice, "1x45HC"},
		{"loose cargo on a container tariff", cost.Shipment{GrossTonnes: 5}, "dos", cost.ErrNoPrice, "loose cargo"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := cost.NewModel(n, cost.Query{Shipment: tc.ship, Currency: "USD", Rates: rates})
			require.NoError(t, err)
			i := legIndex(t, n, tc.leg)
			assert.False(t, m.Usable(i))
			err = m.Reason(i)
			assert.ErrorIs(t, err, tc.sentinel)
			assert.Contains(t, err.Error(), tc.words)
			ex := m.Excluded()
			require.NotEmpty(t, ex)
			assert.Equal(t, m.NumExcluded(), len(ex))
			found := false
			for _, e := range ex {
				if e.Leg == i {
					found = true
					assert.ErrorIs(t, e.Err, tc.sentinel)
					assert.Equal(t, tc.leg, e.Name)
				}
			}
			assert.True(t, found)
			for _, v := range m.LegCost(i) {
				assert.Equal(t, int64(math.MaxInt64), v)
			}
			assert.False(t, m.Arc(make([]int64, m.K()), 0, i))
		})
	}
}

func TestLimits(t *testing.T) {
	b := corridorBuilder()
	prov := network.Provenance{Estimate: "test"}
	usd := func(s string) network.PriceTerms {
		return network.PriceTerms{Currency: "USD", PerContainer: []network.ContainerRate{{Type: "40", Price: amt(s)}}}
	}
	b.AddLeg(network.Leg{ID: "light", From: "CQ", To: "DUI", Mode: network.Rail, DistanceKm: 100, Duration: day, Price: usd("1"), MaxTonnes: 20, Provenance: prov})
	b.AddLeg(network.Leg{ID: "short", From: "CQ", To: "DUI", Mode: network.Rail, DistanceKm: 100, Duration: day, Price: usd("1"), MaxTEU: 2, Provenance: prov})
	b.AddLeg(network.Leg{ID: "huge", From: "CQ", To: "DUI", Mode: network.Rail, DistanceKm: 100, Duration: day, Price: usd("9000000000000"), Provenance: prov})
	n, err := b.Build()
	require.NoError(t, err)
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "USD", Rates: cnyRates(t)})
	require.NoError(t, err)
	for id, sentinel := range map[string]error{"light": cost.ErrOverWeight, "short": cost.ErrOverCapacity, "huge": cost.ErrOverflow} {
		t.Run(id, func(t *testing.T) {
			err := m.Reason(legIndex(t, n, id))
			assert.ErrorIs(t, err, sentinel)
			assert.Contains(t, err.Error(), id)
		})
	}
	assert.Contains(t, m.Reason(legIndex(t, n, "light")).Error(), "24 t over its limit of 20 t")
	assert.Contains(t, m.Reason(legIndex(t, n, "short")).Error(), "4 TEU over its limit of 2 TEU")
}

func TestMissingRate(t *testing.T) {
	b := corridorBuilder()
	b.AddTerminal(network.Terminal{ID: "ALA", Name: "Almaty", Country: "KZ", Kind: network.RailTerminal,
		Modes: network.SetOf(network.Rail), Location: [2]float64{76.9, 43.2}, Provenance: network.Provenance{Estimate: "test"}})
	b.AddLeg(network.Leg{ID: "kz", From: "DOS", To: "ALA", Mode: network.Rail, DistanceKm: 800, Duration: 2 * day,
		Price: network.PriceTerms{Currency: "KZT", Fixed: amt("100000")}, Provenance: network.Provenance{Estimate: "test"}})
	n, err := b.Build()
	require.NoError(t, err)
	tests := []struct {
		name  string
		rates *cost.Rates
		cur   network.Currency
		want  error
	}{
		{"no KZT rate", cnyRates(t), "EUR", cost.ErrMissingRate},
		{"no table at all", nil, "CNY", cost.ErrMissingRate},
		{"unknown quote currency", cnyRates(t), "XXX", cost.ErrUnknownCurrency},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: tc.cur, Rates: tc.rates})
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
		})
	}
	_, err = cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "EUR", Rates: cnyRates(t)})
	assert.Contains(t, err.Error(), `leg "kz"`)
	assert.Contains(t, err.Error(), "KZT")
}

func TestQueryValidation(t *testing.T) {
	n := corridor(t)
	tests := []struct {
		name string
		q    cost.Query
		want error
	}{
		{"one objective", cost.Query{Shipment: twoFEU(), Currency: "USD", Objectives: []cost.Objective{money}}, cost.ErrInvalidQuery},
		{"five objectives", cost.Query{Shipment: twoFEU(), Currency: "USD", Objectives: []cost.Objective{money, tim, co2e, dist, xfers}}, cost.ErrInvalidQuery},
		{"repeated objective", cost.Query{Shipment: twoFEU(), Currency: "USD", Objectives: []cost.Objective{money, money}}, cost.ErrInvalidQuery},
		{"invalid objective", cost.Query{Shipment: twoFEU(), Currency: "USD", Objectives: []cost.Objective{money, 9}}, cost.ErrInvalidQuery},
		{"no currency", cost.Query{Shipment: twoFEU()}, cost.ErrInvalidQuery},
		{"empty shipment", cost.Query{Currency: "USD"}, cost.ErrEmptyShipment},
		{"value of time without value", cost.Query{Shipment: twoFEU(), Currency: "USD", ValueOfTime: cost.ValueOfTime{AnnualRateBP: 800}}, cost.ErrInvalidQuery},
		{"negative value of time", cost.Query{Shipment: twoFEU(), Currency: "USD", ValueOfTime: cost.ValueOfTime{AnnualRateBP: -1}}, cost.ErrInvalidQuery},
		{"absurd intensity", cost.Query{Shipment: twoFEU(), Currency: "USD", Emissions: cost.EmissionOptions{PerMode: [network.NumModes]float64{network.Rail: 1e9}}}, cost.ErrInvalidQuery},
		{"negative hub", cost.Query{Shipment: twoFEU(), Currency: "USD", Emissions: cost.EmissionOptions{HubGramsPerTonne: -5}}, cost.ErrInvalidQuery},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.q.Rates = cnyRates(t)
			m, err := cost.NewModel(n, tc.q)
			assert.Nil(t, m)
			assert.ErrorIs(t, err, tc.want)
		})
	}
	_, err := cost.NewModel(nil, cost.Query{Shipment: twoFEU(), Currency: "USD"})
	assert.ErrorIs(t, err, cost.ErrInvalidQuery)
}

func TestValueOfTime(t *testing.T) {
	n := corridor(t)
	s := twoFEU()
	s.Value = cost.Money{Minor: 100_000_000, Currency: "USD"} // 1,000,000.00 USD
	m, err := cost.NewModel(n, cost.Query{Shipment: s, Currency: "USD", Rates: cnyRates(t),
		ValueOfTime: cost.ValueOfTime{AnnualRateBP: 1000}}) // 10 % a year
	require.NoError(t, err)
	// Rate: 100,000,000 cents × 1,000 bp / (10,000 × 525,600 min)
	//   = 19.0258… cents a minute.
	num, den := m.ValueOfTimeRate()
	assert.Equal(t, [2]int64{100_000_000_000, 5_256_000_000}, [2]int64{num, den})
	// One day: 1,440 × 19.0258 = 27,397.26 → 27,397 cents (= 1,000,000 × 10 % / 365).
	assert.Equal(t, int64(27_397), m.ValueOfTime(1440))
	// Leg yxo: freight 9,000 USD + BAF 1,125 USD = 1,012,500 cents, plus 17 d
	// (16 d transit + 1 d customs) = 24,480 min × 19.0258… = 465,753.42 → 465,753.
	yxo := legIndex(t, n, "yxo")
	assert.Equal(t, int64(1_012_500+465_753), m.LegCost(yxo)[0])
	b := m.LegBreakdown(yxo)
	require.Len(t, b.Items, 3)
	assert.Equal(t, cost.ItemValueOfTime, b.Items[2].Kind)
	assert.Equal(t, int64(465_753), b.Items[2].Quote.Minor)
	assert.Equal(t, m.LegCost(yxo)[0], b.Money.Minor)
}

// TestValueOfTimeOnTotalOnly checks that OnTotalOnly keeps value of time
// out of the arcs and breakdowns while ValueOfTime still prices a duration.
func TestValueOfTimeOnTotalOnly(t *testing.T) {
	n := corridor(t)
	s := twoFEU()
	s.Value = cost.Money{Minor: 100_000_000, Currency: "USD"}
	m, err := cost.NewModel(n, cost.Query{Shipment: s, Currency: "USD", Rates: cnyRates(t),
		ValueOfTime: cost.ValueOfTime{AnnualRateBP: 1000, OnTotalOnly: true}})
	require.NoError(t, err)
	assert.Equal(t, int64(27_397), m.ValueOfTime(1440), "the rate is the same as in TestValueOfTime")
	yxo := legIndex(t, n, "yxo")
	assert.Equal(t, int64(1_012_500), m.LegCost(yxo)[0], "freight and BAF only")
	b := m.LegBreakdown(yxo)
	require.Len(t, b.Items, 2)
	assert.Equal(t, m.LegCost(yxo)[0], b.Money.Minor)
}

func TestEmissionOverrides(t *testing.T) {
	b := corridorBuilder()
	b.AddLeg(network.Leg{ID: "green", From: "CQ", To: "DUI", Mode: network.Rail, DistanceKm: 1000, Duration: day,
		CO2ePerTonneKm: 8.5, Price: network.PriceTerms{Currency: "USD", Fixed: 1}, Provenance: network.Provenance{Estimate: "test"}})
	n, err := b.Build()
	require.NoError(t, err)
	green, yxo := legIndex(t, n, "green"), legIndex(t, n, "yxo")
	tests := []struct {
		name             string
		opts             cost.EmissionOptions
		green, yxo, xfer int64
	}{
		// 24 t × 1,000 km × 8.5 = 204,000 g; 24 t × 11,179 km × 18 = 4,829,328 g.
		{"defaults, leg value wins", cost.EmissionOptions{}, 204_000, 4_829_328, 24_000},
		// Query rail 28: yxo 24 × 11,179 × 28 = 7,512,288; leg value still wins.
		{"query per mode", cost.EmissionOptions{PerMode: [network.NumModes]float64{network.Rail: 28}}, 204_000, 7_512_288, 24_000},
		{"query wins over legs", cost.EmissionOptions{PerMode: [network.NumModes]float64{network.Rail: 28}, IgnoreLegValues: true}, 672_000, 7_512_288, 24_000},
		// Hub 2.5 kg/t × 24 t = 60,000 g.
		{"hub override", cost.EmissionOptions{HubGramsPerTonne: 2500}, 204_000, 4_829_328, 60_000},
		{"no hub", cost.EmissionOptions{NoHubEmissions: true}, 204_000, 4_829_328, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "USD", Rates: cnyRates(t),
				Objectives: []cost.Objective{co2e, money}, Emissions: tc.opts})
			require.NoError(t, err)
			assert.Equal(t, tc.green, m.LegCost(green)[0])
			assert.Equal(t, tc.yxo, m.LegCost(yxo)[0])
			x, ok := m.TransferCost(termIndex(t, n, "CQ"), network.Road, network.Rail)
			require.True(t, ok)
			assert.Equal(t, tc.xfer, x[0])
		})
	}
}

func TestAssumedMass(t *testing.T) {
	n := corridor(t)
	// No weight: 2 × 40HC = 4 TEU × 10 t = 40 t assumed.
	s := cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 2}}}
	m, err := cost.NewModel(n, cost.Query{Shipment: s, Currency: "USD", Rates: cnyRates(t), Objectives: []cost.Objective{co2e, dist}})
	require.NoError(t, err)
	tonnes, assumed := m.CargoTonnes()
	assert.Equal(t, 40.0, tonnes)
	assert.True(t, assumed)
	// 40 t × 11,179 km × 18 = 8,048,880 g; 11,179,000 m.
	assert.Equal(t, []int64{8_048_880, 11_179_000}, m.LegCost(legIndex(t, n, "yxo")))
}

func TestModelAccessors(t *testing.T) {
	n := corridor(t)
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "USD", Rates: cnyRates(t),
		Objectives: []cost.Objective{tim, money}})
	require.NoError(t, err)
	assert.Equal(t, 2, m.K())
	assert.Equal(t, []cost.Objective{tim, money}, m.Objectives())
	assert.Equal(t, 0, m.Index(tim))
	assert.Equal(t, 1, m.Index(money))
	assert.Equal(t, -1, m.Index(co2e))
	assert.Equal(t, network.Currency("USD"), m.Currency())
	assert.Equal(t, n.NumLegs(), m.NumLegs())
	assert.Len(t, m.LegCosts(), n.NumLegs()*2)
	assert.Nil(t, m.LegCost(-1))
	assert.Nil(t, m.LegCost(n.NumLegs()))
	assert.False(t, m.Usable(-1))
	_, ok := m.TransferCost(-1, network.Road, network.Rail)
	assert.False(t, ok)
	z, ok := m.TransferCost(0, network.Rail, network.Rail)
	assert.True(t, ok)
	assert.Equal(t, []int64{0, 0}, z)
	z, ok = m.TransferCost(0, 0, network.Rail)
	assert.True(t, ok)
	assert.Equal(t, []int64{0, 0}, z)
	// A change of mode with no rule anywhere is free and instant but still
	// one transfer (not chosen here) with hub emissions (not chosen here).
	z, ok = m.TransferCost(0, network.Air, network.Road)
	assert.True(t, ok)
	assert.Equal(t, []int64{0, 0}, z)
	assert.Equal(t, int64(360), m.TransferMinutes(0, network.Road, network.Rail))
	assert.Equal(t, int64(2880), m.BorderMinutes(termIndex(t, n, "DOS")))
	h, tr, cu, bo := m.ArcMinutes(network.Road, legIndex(t, n, "dos"))
	assert.Equal(t, [4]int64{360, 8640, 0, 2880}, [4]int64{h, tr, cu, bo})
	assert.Error(t, m.Reason(-1))
	assert.Error(t, m.LegBreakdown(-1).Err)
	assert.False(t, m.Arc(make([]int64, 3), 0, 0), "wrong dst length")
	// The model keeps its own copy of the objectives.
	objs := m.Objectives()
	objs[0] = co2e
	assert.Equal(t, tim, m.Objectives()[0])
	assert.True(t, errors.Is(m.TransferBreakdown(0, network.Air, network.Road).Err, nil))
}

func TestRailIntensityByCountry(t *testing.T) {
	b := corridorBuilder()
	prov := network.Provenance{Estimate: "test"}
	free := network.PriceTerms{Currency: "USD", Fixed: 1}
	b.AddLeg(network.Leg{ID: "kz-de", From: "DOS", To: "DUI", Mode: network.Rail, DistanceKm: 5000, Duration: 8 * day, Price: free, Provenance: prov})
	b.AddLeg(network.Leg{ID: "de-cn", From: "DUI", To: "CQ", Mode: network.Rail, DistanceKm: 100, Duration: day, Price: free, Provenance: prov})
	n, err := b.Build()
	require.NoError(t, err)
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "USD", Rates: cnyRates(t), Objectives: []cost.Objective{co2e, money}})
	require.NoError(t, err)
	// From Kazakhstan (diesel): 24 t × 5,000 km × 28 = 3,360,000 g.
	// From Germany (EU grid): 24 t × 100 km × 8 = 19,200 g.
	// From China: 24 t × 11,179 km × 18 = 4,829,328 g.
	assert.Equal(t, int64(3_360_000), m.LegCost(legIndex(t, n, "kz-de"))[0])
	assert.Equal(t, int64(19_200), m.LegCost(legIndex(t, n, "de-cn"))[0])
	assert.Equal(t, int64(4_829_328), m.LegCost(legIndex(t, n, "yxo"))[0])
	bd := m.LegBreakdown(legIndex(t, n, "kz-de"))
	assert.InDelta(t, 28.0, bd.Intensity, 0)
	assert.Contains(t, bd.IntensitySource, "diesel")
	assert.Contains(t, bd.IntensitySource, "planning value")
	assert.Equal(t, 610.0, cost.DefaultIntensity(network.Air).GramsPerTonneKm)
	assert.Zero(t, cost.DefaultIntensity(0))
	assert.Equal(t, 18.0, cost.DefaultRailIntensity("TH").GramsPerTonneKm)
}

func TestModeIntensity(t *testing.T) {
	n := corridor(t)
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "USD", Rates: cnyRates(t)})
	require.NoError(t, err)
	assert.Equal(t, cost.DefaultIntensity(network.Road).GramsPerTonneKm, m.ModeIntensity(network.Road))
	assert.Zero(t, m.ModeIntensity(0))
	m, err = cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "USD", Rates: cnyRates(t),
		Emissions: cost.EmissionOptions{PerMode: [network.NumModes]float64{network.Road: 62.5}}})
	require.NoError(t, err)
	assert.Equal(t, 62.5, m.ModeIntensity(network.Road), "the query's override")
}

// ModeGrams prices carriage that is not a leg exactly as a leg of the
// same mode and distance: same mass, same intensity, same rounding.
func TestModeGramsMatchesALeg(t *testing.T) {
	b := corridorBuilder()
	// A distance that is not a whole number of metres: the leg rounds it to
	// 333,334 m, the metres given to ModeGrams below.
	b.AddLeg(network.Leg{ID: "truck", From: "CQ", To: "DUI", Mode: network.Road, DistanceKm: 333.3335, Duration: day,
		Price: network.PriceTerms{Currency: "USD", Fixed: 1}, Provenance: network.Provenance{Estimate: "test"}})
	n, err := b.Build()
	require.NoError(t, err)
	truck := legIndex(t, n, "truck")
	for _, opts := range []cost.EmissionOptions{{}, {PerMode: [network.NumModes]float64{network.Road: 62.5}}} {
		m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "USD", Rates: cnyRates(t),
			Objectives: []cost.Objective{co2e, money}, Emissions: opts})
		require.NoError(t, err)
		g, ok := m.ModeGrams(network.Road, 333_334)
		require.True(t, ok)
		assert.Equal(t, m.LegCost(truck)[0], g, "road intensity %v", m.ModeIntensity(network.Road))
		tonnes, _ := m.CargoTonnes()
		assert.InDelta(t, tonnes*333.334*m.ModeIntensity(network.Road), float64(g), 0.5)
	}
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "USD", Rates: cnyRates(t)})
	require.NoError(t, err)
	_, ok := m.ModeGrams(0, 1000)
	assert.False(t, ok, "invalid mode")
	_, ok = m.ModeGrams(network.Road, -1)
	assert.False(t, ok, "negative distance")
	_, ok = m.ModeGrams(network.Road, math.MaxInt64)
	assert.False(t, ok, "overflow is reported, not wrapped")
	g, ok := m.ModeGrams(network.Road, 0)
	assert.True(t, ok)
	assert.Zero(t, g)
}
