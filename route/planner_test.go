package route

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/route/pareto"
)

func TestPlanBadQueries(t *testing.T) {
	p, err := NewPlanner(corridorNet(t))
	require.NoError(t, err)
	for _, tc := range []struct {
		name   string
		modify func(q *Query)
		is     error
		msg    string
	}{
		{"unknown origin", func(q *Query) { q.From = At("Atlantis") }, ErrUnknownPlace, `origin "Atlantis"`},
		{"unknown destination", func(q *Query) { q.To = At("") }, ErrQuery, "no destination"},
		{"unknown via", func(q *Query) { q.Constraints.Via = []string{"XX"} }, ErrUnknownPlace, `via "XX"`},
		{"unknown avoided terminal", func(q *Query) { q.Constraints.AvoidTerminals = []string{"nowhere"} }, ErrUnknownPlace, "avoided"},
		{"bad country", func(q *Query) { q.Constraints.AvoidCountries = []string{"Kazakhstan"} }, ErrQuery, "Kazakhstan"},
		{"one objective", func(q *Query) { q.Objectives = []cost.Objective{money} }, ErrQuery, "1 objectives"},
		{"five objectives", func(q *Query) {
			q.Objectives = []cost.Objective{money, tm, co2, transfers, cost.ObjectiveDistance}
		}, ErrQuery, "5 objectives"},
		{"constraint needs a fifth objective", func(q *Query) {
			q.Objectives = []cost.Objective{money, co2, transfers, cost.ObjectiveDistance}
			q.Constraints.MaxTransit = day
		}, ErrQuery, "drop a constraint"},
		{"money limit in another currency", func(q *Query) { q.Constraints.MaxMoney = cost.Money{Minor: 1, Currency: "EUR"} }, ErrQuery, "quote currency"},
		{"deliver-by without ready", func(q *Query) { q.DeliverBy = time.Now() }, ErrQuery, "ready time"},
		{"negative epsilon", func(q *Query) { q.Limits.Epsilon = -1 }, ErrQuery, "negative"},
		{"same origin and destination", func(q *Query) { q.To = At("CQ") }, ErrQuery, "share terminal CQ"},
		{"missing rate", func(q *Query) { q.Currency = "EUR" }, cost.ErrMissingRate, "USD"},
		{"no shipment", func(q *Query) { q.Shipment = cost.Shipment{} }, ErrQuery, "shipment"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := baseQuery()
			tc.modify(&q)
			res, err := p.Plan(t.Context(), q)
			require.Error(t, err)
			assert.Nil(t, res)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
}

func TestPlanLimits(t *testing.T) {
	p, err := NewPlanner(corridorNet(t))
	require.NoError(t, err)
	t.Run("label limit", func(t *testing.T) {
		q := baseQuery()
		q.Limits.MaxLabels = 3
		res, err := p.Plan(t.Context(), q)
		require.Error(t, err)
		assert.ErrorIs(t, err, ErrIncomplete)
		assert.ErrorIs(t, err, pareto.ErrLimit)
		require.NotNil(t, res)
		assert.False(t, res.Complete)
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		_, err := p.Plan(ctx, baseQuery())
		require.Error(t, err)
		assert.True(t, errors.Is(err, context.Canceled), err.Error())
	})
}

// TestPlanConcurrent runs many queries at once on one planner; with -race it
// shows the planner and the network are safe for concurrent readers.
func TestPlanConcurrent(t *testing.T) {
	p, err := NewPlanner(corridorNet(t))
	require.NoError(t, err)
	want, err := p.Plan(t.Context(), baseQuery())
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 32)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				q := baseQuery()
				if (g+i)%2 == 1 {
					q.Objectives = []cost.Objective{tm, co2}
				}
				res, err := p.Plan(context.Background(), q)
				if err != nil {
					errs <- err
					return
				}
				if (g+i)%2 == 0 && len(res.Itineraries) != len(want.Itineraries) {
					errs <- errors.New("different front under concurrency")
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestQueryErrorFields(t *testing.T) {
	p, err := NewPlanner(corridorNet(t))
	require.NoError(t, err)
	for _, tc := range []struct {
		field  string
		modify func(q *Query)
	}{
		{"From", func(q *Query) { q.From = At("nowhere") }},
		{"To", func(q *Query) { q.To = At("") }},
		{"Shipment", func(q *Query) { q.Shipment = cost.Shipment{} }},
		{"Currency", func(q *Query) { q.Currency = "XYZ" }},
		{"Objectives", func(q *Query) { q.Objectives = []cost.Objective{money} }},
		{"Constraints.Via[1]", func(q *Query) { q.Constraints.Via = []string{"SH", "nowhere"} }},
		{"Constraints.AvoidCountries[0]", func(q *Query) { q.Constraints.AvoidCountries = []string{"xx"} }},
	} {
		t.Run(tc.field, func(t *testing.T) {
			q := baseQuery()
			tc.modify(&q)
			_, err := p.Plan(t.Context(), q)
			var qe *QueryError
			require.ErrorAs(t, err, &qe)
			assert.Equal(t, tc.field, qe.Field)
			assert.True(t, errors.Is(err, ErrQuery) || errors.Is(err, ErrUnknownPlace), err.Error())
		})
	}
}
