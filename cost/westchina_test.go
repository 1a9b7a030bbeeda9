package cost_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
)

// TestWestChinaDefault prices the embedded default network for typical
// shipments in the three settlement currencies and checks that every
// breakdown adds up to the model's vectors.
func TestWestChinaDefault(t *testing.T) {
	n, err := westchina.Load()
	require.NoError(t, err)
	rates := cnyRates(t)
	ships := map[string]cost.Shipment{
		"2x40HC":     twoFEU(),
		"1x20GP":     {Containers: []cost.Containers{{Type: "20GP", Count: 1}}, GrossTonnes: 18},
		"loose air":  {GrossTonnes: 0.8, VolumeM3: 6},
		"DG 45HC":    {Containers: []cost.Containers{{Type: "45HC", Count: 1}}, GrossTonnes: 20, DangerousGoods: "3"},
		"value 40GP": {Containers: []cost.Containers{{Type: "40GP", Count: 3}}, GrossTonnes: 60, Value: cost.Money{Minor: 50_000_000, Currency: "USD"}},
	}
	for name, s := range ships {
		for _, cur := range []network.Currency{"CNY", "USD", "EUR"} {
			t.Run(name+" in "+string(cur), func(t *testing.T) {
				q := cost.Query{Shipment: s, Currency: cur, Rates: rates,
					Objectives: []cost.Objective{cost.ObjectiveMoney, cost.ObjectiveTime, cost.ObjectiveCO2e, cost.ObjectiveTransfers}}
				if s.Value.Minor > 0 {
					q.ValueOfTime.AnnualRateBP = 800
				}
				m, err := cost.NewModel(n, q)
				require.NoError(t, err)
				assert.Less(t, m.NumExcluded(), n.NumLegs(), "some leg must carry it")
				if ex := m.Excluded(); len(ex) > 0 {
					t.Logf("%d of %d legs excluded, e.g. %v", len(ex), n.NumLegs(), ex[0].Err)
				}
				checkConsistent(t, n, m)
				for _, e := range m.Excluded() {
					assert.Contains(t, e.Err.Error(), e.Name)
				}
			})
		}
	}
}
