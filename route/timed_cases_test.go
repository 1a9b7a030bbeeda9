package route

import (
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
)

// timedNet is corridorNet with the through train leaving Chongqing on
// Mondays and Thursdays at 09:00 Shanghai time with a 24 h cut-off.
func timedNet(t *testing.T) *network.Network {
	t.Helper()
	n := corridorNet(t)
	b := network.NewBuilder("timed corridor")
	for term := range n.Terminals() {
		c := *term
		c.TimeZone = map[string]string{"CN": "Asia/Shanghai", "KZ": "Asia/Almaty", "NL": "Europe/Amsterdam", "DE": "Europe/Berlin"}[c.Country]
		b.AddTerminal(c)
	}
	for _, x := range n.Transfers() {
		b.AddTransfer(x)
	}
	for l := range n.Legs() {
		c := *l
		if c.ID == "rail-1" || c.ID == "rail-1-twin" {
			c.Schedule = &network.Schedule{Cutoff: 24 * time.Hour, Weekly: []network.WeeklyDeparture{
				{Day: time.Monday, Minute: 9 * 60}, {Day: time.Thursday, Minute: 9 * 60}}}
		}
		b.AddLeg(c)
	}
	out, err := b.Build()
	require.NoError(t, err)
	return out
}

func TestTimedItinerary(t *testing.T) {
	p, err := NewPlanner(timedNet(t))
	require.NoError(t, err)
	sh, _ := time.LoadLocation("Asia/Shanghai")
	q := baseQuery()
	q.Objectives = []cost.Objective{money, tm}
	// Ready Monday 1 June 2026, 12:00 in Chongqing: Monday's 09:00 train has
	// gone and Thursday's cut-off is Wednesday 09:00, so the cargo waits
	// 45 h and leaves Thursday 4 June 09:00; 5 d to the border, 2 d dwell,
	// 9 d on: delivered Saturday 20 June 09:00 Shanghai time = 03:00 Berlin.
	q.Ready = time.Date(2026, 6, 1, 12, 0, 0, 0, sh)
	res, err := p.Plan(t.Context(), q)
	require.NoError(t, err)
	var rail *Itinerary
	for i := range res.Itineraries {
		if res.Itineraries[i].Modes()[0] == network.Rail {
			rail = &res.Itineraries[i]
		}
	}
	require.NotNil(t, rail)
	require.Equal(t, WaitStep, rail.Steps[0].Kind)
	assert.Equal(t, 69*time.Hour, rail.Steps[0].Duration, "Monday 12:00 → Thursday 09:00")
	leg := rail.Steps[1]
	assert.Equal(t, time.Date(2026, 6, 4, 9, 0, 0, 0, sh), leg.Start.In(sh))
	assert.Equal(t, time.Date(2026, 6, 3, 9, 0, 0, 0, sh), leg.Cutoff.In(sh))
	assert.Equal(t, "Asia/Shanghai", leg.Start.Location().String(), "local time of the departure terminal")
	want := time.Date(2026, 6, 20, 3, 0, 0, 0, time.UTC).Add(-2 * time.Hour) // 09:00 +08:00 is 01:00 UTC
	assert.True(t, rail.Delivered.Equal(want), "delivered %s", rail.Delivered)
	assert.Equal(t, "Europe/Berlin", rail.Delivered.Location().String())
	assert.Equal(t, int64(69*60+23040), rail.Vector[1])
	assert.Contains(t, rail.String(), "2026-06-04 09:00 CST (01:00 UTC)")
}

func TestDeliverBy(t *testing.T) {
	p, err := NewPlanner(timedNet(t))
	require.NoError(t, err)
	sh, _ := time.LoadLocation("Asia/Shanghai")
	q := baseQuery()
	q.Ready = time.Date(2026, 6, 1, 12, 0, 0, 0, sh)
	q.DeliverBy = q.Ready.Add(20 * 24 * time.Hour)
	res, err := p.Plan(t.Context(), q)
	require.NoError(t, err)
	for _, it := range res.Itineraries {
		assert.False(t, it.Delivered.After(q.DeliverBy), "delivered %s", it.Delivered)
		assert.NotEqual(t, network.InlandWater, it.Modes()[0], "the 43-day barge route cannot make it")
	}
	q.DeliverBy = q.Ready.Add(12 * time.Hour)
	_, err = p.Plan(t.Context(), q)
	var nre *NoRouteError
	require.ErrorAs(t, err, &nre)
	assert.Equal(t, WhyDeadline, nre.Why)
	assert.Contains(t, err.Error(), "deliver-by")
}

func TestValueOfTimeOnWaits(t *testing.T) {
	p, err := NewPlanner(timedNet(t))
	require.NoError(t, err)
	sh, _ := time.LoadLocation("Asia/Shanghai")
	q := baseQuery()
	q.Objectives = []cost.Objective{money, tm}
	q.Shipment.Value = cost.Money{Minor: 100_000_00, Currency: "USD"} // 100,000 USD
	q.ValueOfTime = cost.ValueOfTime{AnnualRateBP: 1000}              // 10 % a year
	q.Ready = time.Date(2026, 6, 1, 12, 0, 0, 0, sh)
	res, err := p.Plan(t.Context(), q)
	require.NoError(t, err)
	for _, it := range res.Itineraries {
		// 100,000 USD × 10 % / 525,600 min = 1.9026 cents a minute, on the
		// whole door-to-door time, waits included.
		mins := int64(it.Total.Transit / time.Minute)
		want := (mins*100_000_00*1000*2 + 10000*525600) / (2 * 10000 * 525600)
		assert.InDelta(t, want, it.Total.ValueOfTime.Minor, 1, "%d min", mins)
		assert.Equal(t, it.Vector[0], it.Total.Money.Minor)
	}
}

func TestPointPlaces(t *testing.T) {
	p, err := NewPlanner(corridorNet(t))
	require.NoError(t, err)
	q := baseQuery()
	q.Objectives = []cost.Objective{money, tm}
	// A factory 0.1° east of CQ (lon 106, lat 40): about 8.5 km, so
	// 10.7 road km at 1.5 USD per truck-km and 40 km/h.
	q.From = Near(orb.Point{106.1, 40}, 50)
	res, err := p.Plan(t.Context(), q)
	require.NoError(t, err)
	require.NotEmpty(t, res.Itineraries)
	for _, it := range res.Itineraries {
		first := it.Steps[0]
		require.Equal(t, FirstMile, first.Kind)
		assert.Equal(t, "CQ", first.To.ID)
		assert.InDelta(t, 10650, first.DistanceM, 150)
		assert.InDelta(t, 1600, first.Money.Minor, 30, "≈ 16 USD for one truck")
		assert.Equal(t, it.Vector, vectorOf(&it, q.Objectives))
	}
	q.To = Near(orb.Point{6, 40}, 1) // on DUI
	res, err = p.Plan(t.Context(), q)
	require.NoError(t, err)
	assert.Equal(t, LastMile, res.Itineraries[0].Steps[len(res.Itineraries[0].Steps)-1].Kind)

	q.From = Near(orb.Point{150, -30}, 100)
	_, err = p.Plan(t.Context(), q)
	assert.ErrorIs(t, err, ErrUnknownPlace)
	assert.Contains(t, err.Error(), "no terminal for trucking within 100 km")
	q.From = Near(orb.Point{200, 0}, 100)
	_, err = p.Plan(t.Context(), q)
	assert.ErrorIs(t, err, ErrQuery)
}

func TestPointPlaceTerminals(t *testing.T) {
	p, err := NewPlanner(corridorNet(t))
	require.NoError(t, err)
	ids := func(pl Place) []string {
		nb, err := p.PointTerminals(pl)
		require.NoError(t, err)
		var out []string
		for _, x := range nb {
			out = append(out, x.Terminal.ID)
		}
		return out
	}
	// At lat 40 a degree of longitude is about 85 km: DUI at 6°, LONE at
	// 7°, FRA at 8°.
	assert.Equal(t, []string{"LONE", "FRA", "DUI"}, ids(Near(orb.Point{7.1, 40}, 100)), "nearest first")
	assert.Equal(t, []string{"CQ"}, ids(Near(orb.Point{106.1, 40}, 50)))
	// BRD is a border crossing: a truck from a nearby point does not start
	// there (it would cross the border with no border step).
	_, err = p.PointTerminals(Near(orb.Point{82.1, 40}, 50))
	assert.ErrorIs(t, err, ErrUnknownPlace)
	_, err = p.PointTerminals(At("CQ"))
	assert.ErrorIs(t, err, ErrQuery)

	q := baseQuery()
	q.Objectives = []cost.Objective{money, tm}
	q.From = Near(orb.Point{82.1, 40}, 50)
	_, err = p.Plan(t.Context(), q)
	assert.ErrorIs(t, err, ErrUnknownPlace, "the border terminal is not an origin for a point")

	// The first mile's charge is its own line of the step's breakdown.
	q.From = Near(orb.Point{106.1, 40}, 50)
	res, err := p.Plan(t.Context(), q)
	require.NoError(t, err)
	first := res.Itineraries[0].Steps[0]
	require.Len(t, first.Lines, 1)
	assert.Equal(t, first.Money, first.Lines[0].Quote)
	assert.Equal(t, cost.ItemFreight, first.Lines[0].Kind)
	assert.Contains(t, first.Lines[0].Name, "trucking at the default rate (estimate): 1 truck(s)")

	// Two points that reach a common terminal: it stays with the nearer
	// point. LONE is 51 km from the origin, 60 km from the destination, so
	// the destination is served by DUI alone; before, the query failed.
	q.From, q.To = Near(orb.Point{7.6, 40}, 100), Near(orb.Point{6.3, 40}, 100)
	res, err = p.Plan(t.Context(), q)
	require.NoError(t, err)
	require.NotEmpty(t, res.Itineraries)
	for _, it := range res.Itineraries {
		last := it.Steps[len(it.Steps)-1]
		require.Equal(t, LastMile, last.Kind)
		assert.Equal(t, "DUI", last.To.ID)
		assert.Equal(t, "FRA", it.Steps[0].To.ID, "LONE has no legs out")
	}
	// A named place keeps a terminal it shares with a point: FRA is within
	// 160 km of the destination point but is the origin.
	q.From, q.To = At("FRA"), Near(orb.Point{6.2, 40}, 160)
	res, err = p.Plan(t.Context(), q)
	require.NoError(t, err)
	require.NotEmpty(t, res.Itineraries)
	for _, it := range res.Itineraries {
		assert.NotEqual(t, "FRA", it.Steps[len(it.Steps)-1].To.ID)
	}
	// A point whose nearest terminal is the other end is the same place as
	// far as the network can tell: an error naming the field.
	q.From, q.To = At("CQ"), Near(orb.Point{106.1, 40}, 50)
	_, err = p.Plan(t.Context(), q)
	require.ErrorIs(t, err, ErrQuery)
	var qe *QueryError
	require.ErrorAs(t, err, &qe)
	assert.Equal(t, "To", qe.Field)
	assert.Contains(t, err.Error(), "share terminal CQ")
	q.From, q.To = At("CQ"), At("CQ")
	_, err = p.Plan(t.Context(), q)
	assert.ErrorIs(t, err, ErrQuery)
	assert.Contains(t, err.Error(), "share terminal CQ")

	// Avoided terminals are not trucked to.
	q.From, q.To = At("CQ"), Near(orb.Point{7, 40}, 100)
	q.Constraints.AvoidTerminals = []string{"DUI", "LONE"}
	res, err = p.Plan(t.Context(), q)
	require.NoError(t, err)
	for _, it := range res.Itineraries {
		assert.Equal(t, "FRA", it.Steps[len(it.Steps)-1].To.ID)
	}
	q.Constraints.AvoidTerminals = []string{"DUI", "LONE", "FRA"}
	_, err = p.Plan(t.Context(), q)
	assert.ErrorIs(t, err, ErrQuery)
	assert.Contains(t, err.Error(), "is avoided")
}
