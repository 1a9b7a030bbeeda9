package route

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
)

func TestPick(t *testing.T) {
	p, err := NewPlanner(corridorNet(t))
	require.NoError(t, err)
	q := baseQuery()
	q.Objectives = []cost.Objective{money, tm, co2}
	res, err := p.Plan(t.Context(), q)
	require.NoError(t, err)
	legs := func(it *Itinerary) string { return it.Legs()[0].Leg.ID }
	// From the worked example: sea is cheapest, air fastest, rail greenest.
	assert.Equal(t, "barge", legs(res.Cheapest()))
	assert.Equal(t, "air", legs(res.Fastest()))
	assert.Contains(t, legs(res.Greenest()), "rail-1")
	assert.Equal(t, "air", legs(res.Weighted(Weights{Time: 1})))
	assert.Equal(t, "barge", legs(res.Weighted(Weights{Money: 1})))
	// Money and time weighed equally: rail is (7,100−3,450)/(30,700−3,450)
	// = 0.13 of the way from the best to the worst money and
	// (23,040−2,040)/(61,920−2,040) = 0.35 of the way in time (0.49); sea
	// scores 0 + 1 and air 1 + 0: rail wins.
	assert.Contains(t, legs(res.Weighted(Weights{Money: 1, Time: 1})), "rail-1")
	assert.Equal(t, res.Weighted(Weights{Money: 2, Time: 2}), res.Weighted(Weights{Money: 1, Time: 1}), "only ratios count")
	assert.Same(t, &res.Itineraries[0], res.Weighted(Weights{}), "no weights: the first")
	assert.Same(t, &res.Itineraries[0], res.Weighted(Weights{Money: math.NaN(), Time: -1}))

	var empty Result
	assert.Nil(t, empty.Cheapest())
	assert.Nil(t, empty.Fastest())
	assert.Nil(t, empty.Greenest())
	assert.Nil(t, empty.Weighted(Weights{Money: 1}))
}
