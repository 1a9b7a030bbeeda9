package cost_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// bigNetwork is a synthetic network of 10,000 terminals and 1,000,000 legs
// in a mix of modes and currencies (USD per container with a surcharge, CNY
// per tonne with a minimum, EUR per TEU, USD per kg for air), built once.
var bigNetwork = sync.OnceValues(func() (*network.Network, error) {
	const nt, nl = 10_000, 1_000_000
	b := network.NewBuilder("synthetic 1M")
	prov := network.Provenance{Estimate: "synthetic"}
	b.AddTransfer(network.Transfer{From: network.Road, To: network.Rail, Time: 6 * time.Hour,
		Charge: network.PriceTerms{Currency: "CNY", PerContainer: []network.ContainerRate{{Type: "40", Price: amt("450")}}}, Provenance: prov})
	for i := range nt {
		t := network.Terminal{ID: fmt.Sprintf("T%d", i), Name: "t", Country: []string{"CN", "KZ", "PL", "DE"}[i%4],
			Kind: network.RailTerminal, Modes: network.AllModes, Location: [2]float64{float64(i%360) - 180, float64(i%160) - 80},
			CustomsDwell: time.Duration(i%3) * time.Hour, Provenance: prov}
		if i%100 == 0 {
			t.Kind = network.BorderCrossing
			t.Border = &network.Border{Dwell: day, Fee: network.PriceTerms{Currency: "USD", Fixed: amt("150")}}
		}
		if i%50 == 1 {
			t.Transfers = []network.Transfer{{From: network.Rail, To: network.Road, Time: 3 * time.Hour, Provenance: prov}}
		}
		b.AddTerminal(t)
	}
	prices := []network.PriceTerms{
		{Currency: "USD", PerContainer: []network.ContainerRate{{Type: "40", Price: amt("4500")}, {Type: "20", Price: amt("2600")}},
			Surcharges: []network.Surcharge{{Name: "BAF", BasisPoints: 1250}}},
		{Currency: "CNY", PerTonne: amt("35.5"), Minimum: amt("800")},
		{Currency: "EUR", PerTEU: amt("610"), Fixed: amt("75")},
		{Currency: "USD", PerKg: amt("4.64")},
	}
	modes := []network.Mode{network.Rail, network.Road, network.Sea, network.Air}
	for i := range nl {
		b.AddLeg(network.Leg{From: fmt.Sprintf("T%d", i%nt), To: fmt.Sprintf("T%d", (i*7+1)%nt), Mode: modes[i%4],
			DistanceKm: float64(100 + i%5000), Duration: time.Duration(60+i%10000) * time.Minute, Price: prices[i%4],
			CO2ePerTonneKm: float64(i%3) * 7.5, Provenance: prov})
	}
	return b.Build()
})

// BenchmarkNewModel prices 1,000,000 arcs (plus 10,000 terminals) for one
// shipment; ns/arc is the time per leg.
func BenchmarkNewModel(b *testing.B) {
	n, err := bigNetwork()
	if err != nil {
		b.Fatal(err)
	}
	rates, err := cost.ParseRates("as_of 2026-01-15\nbase CNY\nUSD 7.1834\nEUR 7.8120\n")
	if err != nil {
		b.Fatal(err)
	}
	q := cost.Query{Shipment: twoFEU(), Currency: "EUR", Rates: rates}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cost.NewModel(n, q); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n.NumLegs()), "ns/arc")
}

// BenchmarkArc measures the route layer's per-arc read: transfer + leg +
// border.
func BenchmarkArc(b *testing.B) {
	n, err := bigNetwork()
	if err != nil {
		b.Fatal(err)
	}
	rates, _ := cost.ParseRates("as_of 2026-01-15\nbase CNY\nUSD 7.1834\nEUR 7.8120\n")
	m, err := cost.NewModel(n, cost.Query{Shipment: twoFEU(), Currency: "EUR", Rates: rates})
	if err != nil {
		b.Fatal(err)
	}
	dst := make([]int64, m.K())
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m.Arc(dst, network.Road, i)
		i++
		if i == m.NumLegs() {
			i = 0
		}
	}
}
