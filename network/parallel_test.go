package network

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withLegParts runs f with Build splitting legs into parts parts.
func withLegParts(t *testing.T, parts int, f func()) {
	t.Helper()
	old := legParts
	legParts = func(int) int { return parts }
	defer func() { legParts = old }()
	f()
}

// Build checks large networks in parallel parts. Whatever the split, it
// reports the same problems in the same order and builds the same network.
func TestBuildParallelMatchesSequential(t *testing.T) {
	b := generateBuilder(40_000)
	b.AddSource(Source{ID: "S2", Title: "second"})
	// Problems spread over the legs, several at part boundaries, and
	// duplicate IDs within a part and across parts.
	broken := []int{0, 1, 9_999, 10_000, 13_333, 13_334, 19_999, 20_000, 26_666, 29_999, 30_000, 39_999}
	for k, i := range broken {
		l := &b.legs[i]
		switch k % 4 {
		case 0:
			l.ID = b.legs[(i+20_001)%len(b.legs)].ID // a duplicate, earlier or later
		case 1:
			l.From = "NOWHERE"
			l.Sources = []string{"S9"}
		case 2:
			l.To = l.From
			l.ID = b.legs[max(i-1, 0)].ID
		case 3:
			l.Duration = 0
			l.Sources = []string{"S2", "S8"}
		}
	}
	build := func(parts int) ([]string, *Network) {
		var (
			n   *Network
			err error
		)
		withLegParts(t, parts, func() { n, err = b.Build() })
		var msgs []string
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			var re *RecordError
			require.True(t, errors.As(e, &re))
			msgs = append(msgs, e.Error())
		}
		return msgs, n
	}
	want, _ := build(1)
	require.GreaterOrEqual(t, len(want), len(broken), "every broken leg is reported")
	// Leg 9,999 has its neighbour's ID and is a self-loop: the duplicate
	// comes first, as the checks run.
	var l9999 []string
	for _, m := range want {
		if strings.Contains(m, `"L0009998"`) {
			l9999 = append(l9999, m)
		}
	}
	require.Len(t, l9999, 2, "%q", want)
	assert.ErrorContains(t, errors.New(l9999[0]), ErrDuplicateID.Error())
	assert.ErrorContains(t, errors.New(l9999[1]), ErrSelfLoop.Error())
	for _, parts := range []int{2, 3, 4, 8} {
		got, n := build(parts)
		assert.Nil(t, n)
		assert.Equal(t, want, got, "%d parts", parts)
	}

	// Without problems the parallel build equals the sequential one.
	ok := generateBuilder(40_000)
	var seq, par *Network
	withLegParts(t, 1, func() {
		var err error
		seq, err = ok.Build()
		require.NoError(t, err)
	})
	withLegParts(t, 3, func() {
		var err error
		par, err = ok.Build()
		require.NoError(t, err)
	})
	require.Equal(t, seq.NumLegs(), par.NumLegs())
	for i := range seq.NumLegs() {
		if !assert.Equal(t, seq.LegAt(i), par.LegAt(i), "leg %d", i) {
			break
		}
	}
	assert.Equal(t, seq.Compact(), par.Compact())
	assert.Equal(t, fmt.Sprint(seq.Currencies()), fmt.Sprint(par.Currencies()))
}
