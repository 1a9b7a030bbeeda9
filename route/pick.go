package route

import (
	"math"
	"time"
)

// Picking one option from a front. Each helper returns nil for an empty
// result; ties go to the earlier itinerary in the result's order.

// Cheapest returns the itinerary with the least money (ties: the faster).
func (r *Result) Cheapest() *Itinerary {
	return r.best(func(a, b *Itinerary) bool {
		return a.Total.Money.Minor < b.Total.Money.Minor ||
			a.Total.Money.Minor == b.Total.Money.Minor && a.Total.Transit < b.Total.Transit
	})
}

// Fastest returns the itinerary with the least door-to-door time (ties: the
// cheaper).
func (r *Result) Fastest() *Itinerary {
	return r.best(func(a, b *Itinerary) bool {
		return a.Total.Transit < b.Total.Transit ||
			a.Total.Transit == b.Total.Transit && a.Total.Money.Minor < b.Total.Money.Minor
	})
}

// Greenest returns the itinerary with the least CO2e (ties: the cheaper).
func (r *Result) Greenest() *Itinerary {
	return r.best(func(a, b *Itinerary) bool {
		return a.Total.CO2eGrams < b.Total.CO2eGrams ||
			a.Total.CO2eGrams == b.Total.CO2eGrams && a.Total.Money.Minor < b.Total.Money.Minor
	})
}

func (r *Result) best(less func(a, b *Itinerary) bool) *Itinerary {
	var best *Itinerary
	for i := range r.Itineraries {
		if it := &r.Itineraries[i]; best == nil || less(it, best) {
			best = it
		}
	}
	return best
}

// Weights say how much each quantity matters to a weighted choice. Only
// their ratios count; zero weights ignore a quantity.
type Weights struct {
	Money, Time, CO2e, Distance, Transfers float64
}

// Weighted returns the itinerary with the least weighted sum of its totals,
// each first scaled to [0, 1] across the front (0 for the front's best
// value, 1 for its worst), so that money in cents and time in minutes weigh
// what the weights say and not what their units make them. Negative or NaN
// weights count as zero. With all weights zero it returns the first
// itinerary.
func (r *Result) Weighted(w Weights) *Itinerary {
	if len(r.Itineraries) == 0 {
		return nil
	}
	get := []func(it *Itinerary) float64{
		func(it *Itinerary) float64 { return float64(it.Total.Money.Minor) },
		func(it *Itinerary) float64 { return float64(it.Total.Transit / time.Minute) },
		func(it *Itinerary) float64 { return float64(it.Total.CO2eGrams) },
		func(it *Itinerary) float64 { return float64(it.Total.DistanceM) },
		func(it *Itinerary) float64 { return float64(it.Total.Transfers) },
	}
	ws := []float64{w.Money, w.Time, w.CO2e, w.Distance, w.Transfers}
	lo, hi := make([]float64, len(get)), make([]float64, len(get))
	for q := range get {
		lo[q], hi[q] = math.Inf(1), math.Inf(-1)
		for i := range r.Itineraries {
			v := get[q](&r.Itineraries[i])
			lo[q], hi[q] = math.Min(lo[q], v), math.Max(hi[q], v)
		}
	}
	var best *Itinerary
	bestScore := math.Inf(1)
	for i := range r.Itineraries {
		it := &r.Itineraries[i]
		score := 0.0
		for q := range get {
			if !(ws[q] > 0) || hi[q] == lo[q] {
				continue
			}
			score += ws[q] * (get[q](it) - lo[q]) / (hi[q] - lo[q])
		}
		if score < bestScore {
			best, bestScore = it, score
		}
	}
	return best
}
