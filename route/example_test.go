package route_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network/westchina"
	"github.com/corridor-go/corridor/route"
)

// Compare the options for two 40' high-cube containers from Chongqing to
// Duisburg on the embedded network, ready on a Monday morning.
func ExamplePlanner_Plan() {
	p, err := route.NewPlanner(westchina.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	rates, _ := cost.ParseRates("as_of 2025-12-01\nbase USD\nCNY 0.1389\nEUR 1.08\n")
	shanghai, _ := time.LoadLocation("Asia/Shanghai")
	res, err := p.Plan(context.Background(), route.Query{
		From:       route.At("Chongqing"),
		To:         route.At("Duisburg"),
		Shipment:   cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 2}}, GrossTonnes: 20},
		Currency:   "USD",
		Rates:      rates,
		Objectives: []cost.Objective{cost.ObjectiveMoney, cost.ObjectiveTime},
		Ready:      time.Date(2026, 12, 7, 9, 0, 0, 0, shanghai),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range res.Itineraries {
		var modes []string
		for _, m := range it.Modes() {
			modes = append(modes, m.String())
		}
		fmt.Printf("%-29s %4.1f days %12s  delivered %s\n", strings.Join(modes, "+"), it.Total.Transit.Hours()/24,
			it.Total.Money, it.Delivered.Format("Mon 2 Jan 15:04 MST"))
	}
	// Output:
	// inland_water+sea+inland_water 47.7 days 10999.98 USD  delivered Sat 23 Jan 18:00 CET
	// rail+sea+inland_water         40.7 days 11125.33 USD  delivered Sat 16 Jan 18:00 CET
	// rail+sea+road                 37.0 days 11312.77 USD  delivered Wed 13 Jan 03:00 CET
	// road+rail                     16.2 days 12718.64 USD  delivered Wed 23 Dec 08:00 CET
	// rail                          15.8 days 12920.00 USD  delivered Tue 22 Dec 22:00 CET
	// road+rail+road                15.6 days 17314.24 USD  delivered Tue 22 Dec 17:00 CET
	// rail+road                     15.2 days 17515.60 USD  delivered Tue 22 Dec 07:00 CET
	// rail+road                     15.1 days 18017.12 USD  delivered Tue 22 Dec 04:00 CET
	// air+road                       1.9 days 83702.00 USD  delivered Tue 8 Dec 22:30 CET
}

// A query that cannot be answered says why.
func ExampleNoRouteError() {
	p, _ := route.NewPlanner(westchina.Default())
	_, err := p.Plan(context.Background(), route.Query{
		From:        route.At("Chongqing"),
		To:          route.At("Rotterdam"),
		Shipment:    cost.Shipment{Containers: []cost.Containers{{Type: "40HC", Count: 1}}},
		Currency:    "USD",
		Rates:       mustRates(),
		Constraints: route.Constraints{MaxTransit: 24 * time.Hour},
	})
	var nre *route.NoRouteError
	if errors.As(err, &nre) {
		fmt.Println(nre.Why)
		fmt.Println(err)
	}
	// Output:
	// constraints
	// route: no route from Chongqing to Rotterdam: routes exist, but none satisfies the query's constraints (every path exceeds a limit on transit time, money or transfers)
}

func mustRates() *cost.Rates {
	r, err := cost.ParseRates("as_of 2025-12-01\nbase USD\nCNY 0.1389\nEUR 1.08\n")
	if err != nil {
		panic(err)
	}
	return r
}
