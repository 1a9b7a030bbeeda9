package cost_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// checkConsistent asserts that every breakdown adds up to the model's
// vectors and that Arc is the sum of its parts.
func checkConsistent(t testing.TB, n *network.Network, m *cost.Model) {
	t.Helper()
	im, it, ic := m.Index(cost.ObjectiveMoney), m.Index(cost.ObjectiveTime), m.Index(cost.ObjectiveCO2e)
	check := func(what string, vec []int64, b cost.Breakdown) {
		if im >= 0 && vec[im] != b.Money.Minor {
			t.Fatalf("%s: money %d in the vector, %d in the breakdown", what, vec[im], b.Money.Minor)
		}
		if it >= 0 && vec[it] != b.Minutes {
			t.Fatalf("%s: time %d in the vector, %d in the breakdown", what, vec[it], b.Minutes)
		}
		if ic >= 0 && vec[ic] != b.CO2eGrams {
			t.Fatalf("%s: CO2e %d in the vector, %d in the breakdown", what, vec[ic], b.CO2eGrams)
		}
	}
	for i := range n.NumLegs() {
		b := m.LegBreakdown(i)
		if !m.Usable(i) {
			if b.Err == nil {
				t.Fatalf("leg %d unusable without a reason in its breakdown", i)
			}
			continue
		}
		check(n.LegAt(i).Name(), m.LegCost(i), b)
		for _, arrival := range append([]network.Mode{0}, network.Modes()...) {
			dst := make([]int64, m.K())
			c := n.Compact()
			x, okx := m.TransferCost(int(c.From[i]), arrival, c.Mode[i])
			bo, okb := m.BorderCost(int(c.To[i]))
			sum := make([]int64, m.K())
			want := okx && okb && cost.Add(sum, x, m.LegCost(i)) && cost.Add(sum, sum, bo)
			if got := m.Arc(dst, arrival, i); got != want || got && !assert.ObjectsAreEqual(sum, dst) {
				t.Fatalf("Arc(%v, %d) = %v %v, want %v %v", arrival, i, got, dst, want, sum)
			}
		}
	}
	for ti := range n.NumTerminals() {
		for _, from := range network.Modes() {
			for _, to := range network.Modes() {
				v, ok := m.TransferCost(ti, from, to)
				b := m.TransferBreakdown(ti, from, to)
				if ok {
					check("transfer", v, b)
				} else if b.Err == nil {
					t.Fatalf("unusable transfer without a reason")
				}
			}
		}
		v, ok := m.BorderCost(ti)
		if ok {
			check("border", v, m.BorderBreakdown(ti))
		}
	}
}

func TestBreakdownsAddUp(t *testing.T) {
	n := corridor(t)
	rates := cnyRates(t)
	ships := []cost.Shipment{
		twoFEU(),
		{Containers: []cost.Containers{{Type: "20GP", Count: 3}, {Type: "40HC", Count: 1}}, GrossTonnes: 37.3, Value: cost.Money{Minor: 12_345_678, Currency: "CNY"}},
		{GrossTonnes: 0.75, VolumeM3: 3.3},
	}
	for _, s := range ships {
		for _, cur := range []network.Currency{"CNY", "USD", "EUR"} {
			m, err := cost.NewModel(n, cost.Query{Shipment: s, Currency: cur, Rates: rates,
				Objectives:  []cost.Objective{cost.ObjectiveMoney, cost.ObjectiveTime, cost.ObjectiveCO2e},
				ValueOfTime: cost.ValueOfTime{AnnualRateBP: map[bool]int64{true: 750}[s.Value.Minor > 0]}})
			require.NoError(t, err)
			checkConsistent(t, n, m)
		}
	}
}

func TestConcurrentReaders(t *testing.T) {
	n := corridor(t)
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "EUR", Rates: cnyRates(t)})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				checkConsistent(t, n, m)
				_ = m.Excluded()
			}
		})
	}
	wg.Wait()
}

// FuzzModel prices the test corridor for arbitrary shipments and quote
// currencies: NewModel never panics, and whatever it builds is
// consistent with its breakdowns.
func FuzzModel(f *testing.F) {
	f.Add(uint8(2), uint8(6), 24.0, 0.0, int64(0), int64(0), uint8(0), false, uint8(1))
	f.Add(uint8(0), uint8(0), 1.0, 10.0, int64(100_000_000), int64(1000), uint8(3), false, uint8(0))
	f.Add(uint8(1), uint8(7), 0.0, 0.0, int64(1<<62), int64(100_000), uint8(0), true, uint8(2))
	types := []network.ContainerType{"20GP", "40HC", "45HC", "20RF", "40RF", "40GP", "20TK", "40FR"}
	dg := []string{"", "1.1", "3", "8"}
	curs := []network.Currency{"CNY", "USD", "EUR", "JPY"}
	rates, err := cost.ParseRates("as_of 2026-01-15\nbase CNY\nUSD 7.1834\nEUR 7.8120\nJPY 0.0468\n")
	if err != nil {
		f.Fatal(err)
	}
	n, err := corridorBuilder().Build()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, count, typ uint8, tonnes, m3 float64, value, bp int64, dgc uint8, reefer bool, cur uint8) {
		s := cost.Shipment{GrossTonnes: tonnes, VolumeM3: m3, DangerousGoods: dg[int(dgc)%len(dg)], Reefer: reefer,
			Value: cost.Money{Minor: value, Currency: "USD"}}
		if count > 0 {
			s.Containers = []cost.Containers{{Type: types[int(typ)%len(types)], Count: int(count)}}
		}
		m, err := cost.NewModel(n, cost.Query{Shipment: s, Currency: curs[int(cur)%len(curs)], Rates: rates,
			Objectives:  []cost.Objective{cost.ObjectiveTime, cost.ObjectiveCO2e, cost.ObjectiveMoney},
			ValueOfTime: cost.ValueOfTime{AnnualRateBP: bp}})
		if err != nil {
			return
		}
		checkConsistent(t, n, m)
	})
}

func TestParallelPricingMatchesSequential(t *testing.T) {
	b := corridorBuilder()
	prov := network.Provenance{Estimate: "test"}
	for i := range 40 {
		b.AddLeg(network.Leg{From: "CQ", To: "DUI", Mode: network.Rail, DistanceKm: float64(1000 + i), Duration: day,
			MaxTonnes: float64(i), Price: network.PriceTerms{Currency: []network.Currency{"USD", "EUR", "CNY"}[i%3], Fixed: amt("100.01")},
			Provenance: prov})
	}
	n, err := b.Build()
	require.NoError(t, err)
	q := cost.Query{Shipment: twoFEU(), Currency: "EUR", Rates: cnyRates(t)}
	seq, err := cost.NewModel(n, q)
	require.NoError(t, err)
	restore := cost.SetParallelLegs(1)
	defer restore()
	par, err := cost.NewModel(n, q)
	require.NoError(t, err)
	assert.Equal(t, seq.LegCosts(), par.LegCosts())
	assert.Equal(t, seq.Excluded(), par.Excluded())
	assert.Equal(t, seq.NumExcluded(), par.NumExcluded())
	assert.Positive(t, par.NumExcluded())
	checkConsistent(t, n, par)
	for i := range n.NumLegs() {
		assert.Equal(t, seq.LegBreakdown(i), par.LegBreakdown(i))
	}

	// A missing rate names the first leg in index order.
	b.AddLeg(network.Leg{ID: "kzt1", From: "CQ", To: "DUI", Mode: network.Rail, DistanceKm: 1, Duration: day,
		Price: network.PriceTerms{Currency: "KZT", Fixed: 1}, Provenance: prov})
	b.AddLeg(network.Leg{ID: "kzt2", From: "CQ", To: "DUI", Mode: network.Rail, DistanceKm: 1, Duration: day,
		Price: network.PriceTerms{Currency: "KZT", Fixed: 1}, Provenance: prov})
	n, err = b.Build()
	require.NoError(t, err)
	_, err = cost.NewModel(n, q)
	assert.ErrorIs(t, err, cost.ErrMissingRate)
	assert.Contains(t, err.Error(), `"kzt1"`)
}
