package cost_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

const day = 24 * time.Hour

func amt(s string) network.Amount {
	a, err := network.ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// corridorBuilder returns a small Chongqing–Duisburg network:
//
//	CQ (CN; rail, road, air) ─ rail "yxo" 11,179 km, 16 d, 4,500 USD per 40', BAF 12.5 % ─▶ DUI (DE, customs 1 d)
//	CQ ─ air "air" 8,600 km, 3 d, 4.64 USD per chargeable kg, no dangerous goods ─▶ FRA (DE)
//	CQ ─ road "trk" 30 km, 2 h, 20 CNY per tonne, minimum 800 CNY ─▶ CQP (CN river port)
//	CQ ─ rail "dos" 3,200 km, 6 d, 9,000 CNY per 40' ─▶ DOS (KZ border, 2 d, 150 USD, 1435→1520 mm)
//
// CQ overrides road→rail handling: 6 h, 800 CNY per 40'. The network
// default rail→road is 6 h and 60 EUR per 40'.
func corridorBuilder() *network.Builder {
	b := network.NewBuilder("test corridor")
	b.AddTransfer(network.Transfer{From: network.Rail, To: network.Road, Time: 6 * time.Hour,
		Charge:     network.PriceTerms{Currency: "EUR", PerContainer: []network.ContainerRate{{Type: "40", Price: amt("60")}}},
		Provenance: network.Provenance{Estimate: "test"}})
	b.AddTerminal(network.Terminal{ID: "CQ", Name: "Chongqing", Country: "CN", Kind: network.RailTerminal,
		Modes: network.SetOf(network.Rail, network.Road, network.Air), Location: [2]float64{106.55, 29.58},
		Transfers: []network.Transfer{{From: network.Road, To: network.Rail, Time: 6 * time.Hour,
			Charge:     network.PriceTerms{Currency: "CNY", PerContainer: []network.ContainerRate{{Type: "40", Price: amt("800")}}},
			Provenance: network.Provenance{Estimate: "test"}}},
		Provenance: network.Provenance{Estimate: "test"}})
	b.AddTerminal(network.Terminal{ID: "DUI", Name: "Duisburg", Country: "DE", Kind: network.RailTerminal,
		Modes: network.SetOf(network.Rail, network.Road), Location: [2]float64{6.75, 51.47}, CustomsDwell: day,
		Provenance: network.Provenance{Estimate: "test"}})
	b.AddTerminal(network.Terminal{ID: "FRA", Name: "Frankfurt airport", Country: "DE", Kind: network.Airport,
		Modes: network.SetOf(network.Air, network.Road), Location: [2]float64{8.57, 50.03},
		Provenance: network.Provenance{Estimate: "test"}})
	b.AddTerminal(network.Terminal{ID: "CQP", Name: "Chongqing Guoyuan port", Country: "CN", Kind: network.RiverPort,
		Modes: network.SetOf(network.Road, network.InlandWater), Location: [2]float64{106.7, 29.6},
		Provenance: network.Provenance{Estimate: "test"}})
	b.AddTerminal(network.Terminal{ID: "DOS", Name: "Dostyk", Country: "KZ", Kind: network.BorderCrossing,
		Modes: network.SetOf(network.Rail), Location: [2]float64{82.48, 45.25},
		Border: &network.Border{Dwell: 2 * day, Fee: network.PriceTerms{Currency: "USD", Fixed: amt("150")},
			GaugeFrom: 1435, GaugeTo: 1520},
		Provenance: network.Provenance{Estimate: "test"}})
	prov := network.Provenance{Estimate: "test"}
	b.AddLeg(network.Leg{ID: "yxo", From: "CQ", To: "DUI", Mode: network.Rail, DistanceKm: 11179, Duration: 16 * day,
		Price: network.PriceTerms{Currency: "USD", PerContainer: []network.ContainerRate{{Type: "40", Price: amt("4500")}},
			Surcharges: []network.Surcharge{{Name: "BAF", BasisPoints: 1250}}},
		Provenance: prov})
	b.AddLeg(network.Leg{ID: "air", From: "CQ", To: "FRA", Mode: network.Air, DistanceKm: 8600, Duration: 3 * day,
		Price: network.PriceTerms{Currency: "USD", PerKg: amt("4.64")}, NoDangerousGoods: true, Provenance: prov})
	b.AddLeg(network.Leg{ID: "trk", From: "CQ", To: "CQP", Mode: network.Road, DistanceKm: 30, Duration: 2 * time.Hour,
		Price: network.PriceTerms{Currency: "CNY", PerTonne: amt("20"), Minimum: amt("800")}, Provenance: prov})
	b.AddLeg(network.Leg{ID: "dos", From: "CQ", To: "DOS", Mode: network.Rail, DistanceKm: 3200, Duration: 6 * day,
		Price:      network.PriceTerms{Currency: "CNY", PerContainer: []network.ContainerRate{{Type: "40", Price: amt("9000")}}},
		Provenance: prov})
	return b
}

func corridor(t testing.TB) *network.Network {
	t.Helper()
	n, err := corridorBuilder().Build()
	require.NoError(t, err)
	return n
}

// cnyRates: base CNY, 1 USD = 7.1834 CNY, 1 EUR = 7.8120 CNY.
func cnyRates(t testing.TB) *cost.Rates {
	t.Helper()
	r, err := cost.ParseRates("as_of 2026-01-15\nbase CNY\nUSD 7.1834\nEUR 7.8120\n")
	require.NoError(t, err)
	return r
}

func legIndex(t testing.TB, n *network.Network, id string) int {
	t.Helper()
	for i := range n.NumLegs() {
		if n.LegAt(i).ID == id {
			return i
		}
	}
	t.Fatalf("no leg %q", id)
	return -1
}

func termIndex(t testing.TB, n *network.Network, id string) int {
	t.Helper()
	i, ok := n.TerminalIndex(id)
	require.True(t, ok, id)
	return i
}
