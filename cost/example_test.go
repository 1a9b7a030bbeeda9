package cost_test

import (
	"fmt"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// A two-terminal network: a Chongqing–Duisburg block train priced per FEU
// in USD with a 12.5 % fuel surcharge, quoted in EUR through CNY rates.
func ExampleNewModel() {
	b := network.NewBuilder("example")
	prov := network.Provenance{Estimate: "example figures"}
	b.AddTerminal(network.Terminal{ID: "CQ", Name: "Chongqing", Country: "CN", Kind: network.RailTerminal,
		Modes: network.SetOf(network.Rail), Location: [2]float64{106.55, 29.58}, Provenance: prov})
	b.AddTerminal(network.Terminal{ID: "DUI", Name: "Duisburg", Country: "DE", Kind: network.RailTerminal,
		Modes: network.SetOf(network.Rail), Location: [2]float64{6.75, 51.47}, CustomsDwell: 24 * time.Hour, Provenance: prov})
	b.AddLeg(network.Leg{ID: "yuxinou", From: "CQ", To: "DUI", Mode: network.Rail, DistanceKm: 11179, Duration: 16 * 24 * time.Hour,
		Price: network.PriceTerms{Currency: "USD",
			PerContainer: []network.ContainerRate{{Type: "40", Price: 4500 * network.Micro}},
			Surcharges:   []network.Surcharge{{Name: "BAF", BasisPoints: 1250}}},
		Provenance: prov})
	n, err := b.Build()
	if err != nil {
		fmt.Println(err)
		return
	}
	rates, _ := cost.ParseRates("as_of 2026-01-15\nbase CNY\nUSD 7.1834\nEUR 7.8120\n")
	containers, _ := cost.ParseContainers("2x40HC")
	m, err := cost.NewModel(n, cost.Query{
		Shipment:   cost.Shipment{Containers: containers, GrossTonnes: 24},
		Currency:   "EUR",
		Rates:      rates,
		Objectives: []cost.Objective{cost.ObjectiveMoney, cost.ObjectiveTime, cost.ObjectiveCO2e},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Objectives(), m.LegCost(0))
	bd := m.LegBreakdown(0)
	for _, it := range bd.Items {
		fmt.Printf("%-12s %10s %s = %s\n", it.Name, it.Amount, it.Currency, it.Quote)
	}
	fmt.Printf("total %s, %d min, %.3f t CO2e\n", bd.Money, bd.Minutes, float64(bd.CO2eGrams)/1e6)
	// Output:
	// [money time co2e] [931029 24480 4829328]
	// freight            9000 USD = 8275.81 EUR
	// BAF 12.50 %        1125 USD = 1034.48 EUR
	// total 9310.29 EUR, 24480 min, 4.829 t CO2e
}

func ExampleRates_Convert() {
	rates, err := cost.ParseRates(`
as_of 2026-01-15
base CNY
USD 7.1834
EUR 7.8120
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	price, _ := cost.ParseMoney("9000 USD")
	for _, to := range []network.Currency{"CNY", "EUR", "USD"} {
		v, _ := rates.Convert(price, to)
		fmt.Println(v)
	}
	_, err = rates.Convert(price, "KZT")
	fmt.Println(err)
	// Output:
	// 64650.60 CNY
	// 8275.81 EUR
	// 9000.00 USD
	// cost: missing exchange rate: no rate for KZT in the CNY table of 2026-01-15
}

func ExampleShipment() {
	containers, _ := cost.ParseContainers("2x40HC, 1x20RF")
	s := cost.Shipment{Containers: containers, GrossTonnes: 41.5}
	fmt.Println(cost.FormatContainers(s.Containers), s.TEU(), "TEU", s.Validate())

	air := cost.Shipment{GrossTonnes: 1, VolumeM3: 10, DangerousGoods: "3"}
	fmt.Println(air.ChargeableKg(), "kg chargeable")

	bad := cost.Shipment{Containers: []cost.Containers{{Type: "53HC", Count: 1}}}
	fmt.Println(bad.Validate())
	// Output:
	// 2x40HC, 1x20RF 5 TEU <nil>
	// 1667 kg chargeable
	// cost: unknown container type "53HC" (want e.g. 20GP, 40GP, 40HC, 45HC, 20RF, 40RF)
}

func ExampleNewMoney() {
	// Network prices are exact millionths; Money rounds half away from zero
	// to the currency's minor unit.
	for _, c := range []network.Currency{"USD", "JPY", "KWD"} {
		m, _ := cost.NewMoney(2_655_500, c) // 2.6555
		fmt.Println(m)
	}
	// Output:
	// 2.66 USD
	// 3 JPY
	// 2.656 KWD
}

func ExampleDominates() {
	a := []int64{900_000, 24_480} // cents, minutes
	b := []int64{950_000, 24_480}
	c := []int64{700_000, 40_000}
	fmt.Println(cost.Dominates(a, b), cost.Dominates(a, c), cost.Compare(a, c))
	sum := make([]int64, 2)
	fmt.Println(cost.Add(sum, a, []int64{1 << 62, 1 << 62}), cost.Add(sum, []int64{1 << 62, 0}, []int64{1 << 62, 0}))
	// Output:
	// true false 1
	// true false
}
