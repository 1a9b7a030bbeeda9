package network

import (
	"bytes"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadSmall reads testdata/small.json: three terminals (Chongqing, the
// Dostyk border crossing, Duisburg) and two rail legs.
func loadSmall(t testing.TB) *Network {
	t.Helper()
	f, err := os.Open("testdata/small.json")
	require.NoError(t, err)
	defer f.Close()
	n, err := ReadJSON(f, "small.json")
	require.NoError(t, err)
	return n
}

// canonical returns n in the canonical JSON format, which holds every field
// of every record except estimated distances.
func canonical(t testing.TB, n *Network) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, n))
	return buf.Bytes()
}

// assertSameNetwork checks that two networks hold the same records: the
// same canonical JSON, and the same distances (estimated or not).
func assertSameNetwork(t testing.TB, want, got *Network) bool {
	t.Helper()
	ok := assert.Equal(t, string(canonical(t, want)), string(canonical(t, got)))
	if !assert.Equal(t, want.NumLegs(), got.NumLegs()) {
		return false
	}
	for i := range want.legs {
		ok = assert.Equal(t, want.legs[i].DistanceKm, got.legs[i].DistanceKm, "leg %d distance", i) && ok
		ok = assert.Equal(t, want.legs[i].DistanceEstimated, got.legs[i].DistanceEstimated, "leg %d estimated", i) && ok
	}
	return ok
}

func TestNetworkAccessors(t *testing.T) {
	n := loadSmall(t)
	assert.Equal(t, "small test network", n.Name())
	assert.Equal(t, 3, n.NumTerminals())
	assert.Equal(t, 2, n.NumLegs())

	term, ok := n.Terminal("KZDOS")
	require.True(t, ok)
	assert.Equal(t, "Dostyk", term.Name)
	assert.True(t, term.Border.GaugeChange())
	_, ok = n.Terminal("nope")
	assert.False(t, ok)

	i, ok := n.TerminalIndex("DEDUI")
	require.True(t, ok)
	assert.Equal(t, 2, i)
	assert.Same(t, n.TerminalAt(2), n.TerminalAt(i))
	assert.Nil(t, n.TerminalAt(-1))
	assert.Nil(t, n.TerminalAt(3))
	assert.Nil(t, n.LegAt(2))
	assert.Equal(t, "yxo-2", n.LegAt(1).ID)
	assert.Equal(t, "Europe/Berlin", n.Location(2).String())
	assert.Nil(t, n.Location(3))

	src, ok := n.Source("S5")
	require.True(t, ok)
	assert.Contains(t, src.Title, "Rhine")
	_, ok = n.Source("S6")
	assert.False(t, ok)

	// Road→rail at Chongqing falls back to the network default; no rule
	// exists for sea→air.
	x, ok := n.TransferAt(0, Road, Rail)
	require.True(t, ok)
	assert.Equal(t, 6*time.Hour, x.Time)
	_, ok = n.TransferAt(0, Sea, Air)
	assert.False(t, ok)

	// The first leg has no distance: Build estimates it.
	l := n.LegAt(0)
	assert.True(t, l.DistanceEstimated)
	assert.InDelta(t, EstimateDistanceKm(Rail, n.TerminalAt(0).Location, n.TerminalAt(1).Location), l.DistanceKm, 1e-9)
	assert.False(t, n.LegAt(1).DistanceEstimated)
}

func TestLegsFromTo(t *testing.T) {
	b := NewBuilder("star")
	for _, id := range []string{"A", "B", "C"} {
		b.AddTerminal(Terminal{ID: id, Name: id, Country: "CN", Kind: RoadHub, Modes: SetOf(Road), Location: orb.Point{100, 30}})
	}
	leg := func(id, from, to string) Leg {
		return Leg{ID: id, From: from, To: to, Mode: Road, DistanceKm: 10, Duration: time.Hour, Price: PriceTerms{Currency: "CNY", Fixed: 100 * Micro}}
	}
	b.AddLeg(leg("ab", "A", "B"))
	b.AddLeg(leg("ac", "A", "C"))
	b.AddLeg(leg("ba", "B", "A"))
	b.AddLeg(leg("ab2", "A", "B"))
	n, err := b.Build()
	require.NoError(t, err)

	ids := func(seq func(func(*Leg) bool)) []string {
		var out []string
		for l := range seq {
			out = append(out, l.ID)
		}
		return out
	}
	tests := []struct {
		name     string
		from, to []string
		id       string
	}{
		{"A", []string{"ab", "ac", "ab2"}, []string{"ba"}, "A"},
		{"B", []string{"ba"}, []string{"ab", "ab2"}, "B"},
		{"C", nil, []string{"ac"}, "C"},
		{"unknown", nil, nil, "Z"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.from, ids(n.LegsFrom(tc.id)))
			assert.Equal(t, tc.to, ids(n.LegsTo(tc.id)))
		})
	}
	// Stopping early must not panic or keep yielding.
	for range n.LegsFrom("A") {
		break
	}
	assert.Equal(t, []string{"ab", "ac", "ba", "ab2"}, ids(n.Legs()))
	var terms []string
	for tm := range n.Terminals() {
		terms = append(terms, tm.ID)
		break
	}
	assert.Equal(t, []string{"A"}, terms)
}

func TestCompact(t *testing.T) {
	n := loadSmall(t)
	c := n.Compact()
	require.Equal(t, n.NumTerminals(), c.NumTerminals())
	assert.Len(t, c.From, n.NumLegs())
	for i := range n.NumLegs() {
		l := n.LegAt(i)
		assert.Equal(t, l.From, n.TerminalAt(int(c.From[i])).ID)
		assert.Equal(t, l.To, n.TerminalAt(int(c.To[i])).ID)
		assert.Equal(t, l.Mode, c.Mode[i])
		assert.Contains(t, c.Out(c.From[i]), int32(i))
		assert.Contains(t, c.In(c.To[i]), int32(i))
	}
	total := 0
	for i := range int32(c.NumTerminals()) {
		total += len(c.Out(i))
		assert.True(t, slices.IsSorted(c.Out(i)), "out legs in index order")
		assert.True(t, slices.IsSorted(c.In(i)), "in legs in index order")
	}
	assert.Equal(t, n.NumLegs(), total)
	assert.Nil(t, c.Out(-1))
	assert.Nil(t, c.Out(int32(c.NumTerminals())))
	assert.Nil(t, c.In(-1))
	assert.Nil(t, c.In(int32(c.NumTerminals())))
}

func TestPlace(t *testing.T) {
	b := NewBuilder("places")
	add := func(id, locode string, aliases ...string) {
		b.AddTerminal(Terminal{ID: id, Name: id, Country: "CN", Kind: RailTerminal, Modes: SetOf(Rail),
			Location: orb.Point{106.5, 29.5}, LOCODE: locode, Aliases: aliases})
	}
	add("CNCQI", "CNCQI", "Chongqing", "CNCKG")
	add("CNCQI-GUOYUAN", "CNCQI", "Chongqing", "Guoyuan")
	add("CNCTU", "", "Chengdu")
	n, err := b.Build()
	require.NoError(t, err)

	tests := []struct {
		name string
		want []int32
	}{
		{"CNCQI", []int32{0, 1}}, // the ID and the LOCODE it shares: every terminal they name
		{"cncqi", []int32{0, 1}},
		{"  Chongqing ", []int32{0, 1}},
		{"CHONGQING", []int32{0, 1}},
		{"guoyuan", []int32{1}},
		{"CNCQI-GUOYUAN", []int32{1}},
		{"cnckg", []int32{0}},
		{"Chengdu", []int32{2}},
		{"cnctu", []int32{2}},
		{"Lanzhou", nil},
		{"", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, n.Place(tc.name))
		})
	}
}

func TestNearest(t *testing.T) {
	n := loadSmall(t)
	chongqing := orb.Point{106.5, 29.5}
	tests := []struct {
		name  string
		p     orb.Point
		k     int
		maxKm float64
		want  []string
	}{
		{"all in order", chongqing, 5, 0, []string{"CNCQI", "KZDOS", "DEDUI"}},
		{"k limits", chongqing, 2, 0, []string{"CNCQI", "KZDOS"}},
		{"k=1 from Europe", orb.Point{7, 51}, 1, 0, []string{"DEDUI"}},
		{"radius", chongqing, 5, 100, []string{"CNCQI"}},
		{"radius excludes all", orb.Point{0, 0}, 5, 100, nil},
		{"k=0", chongqing, 0, 0, nil},
		{"invalid point", orb.Point{200, 0}, 3, 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := n.Nearest(nil, tc.p, tc.k, tc.maxKm)
			var ids []string
			for i, nb := range got {
				ids = append(ids, nb.Terminal.ID)
				assert.Same(t, n.TerminalAt(nb.Index), nb.Terminal)
				if i > 0 {
					assert.LessOrEqual(t, got[i-1].Km, nb.Km)
				}
				if tc.maxKm > 0 {
					assert.LessOrEqual(t, nb.Km, tc.maxKm)
				}
			}
			assert.Equal(t, tc.want, ids)
		})
	}
	t.Run("reuses buffer", func(t *testing.T) {
		buf := make([]Neighbour, 0, 4)
		got := n.Nearest(buf, chongqing, 3, 0)
		require.Len(t, got, 3)
		assert.Same(t, &buf[:1][0], &got[0])
	})
}

// TestConcurrentReaders exercises every read method from many goroutines;
// run with -race.
func TestConcurrentReaders(t *testing.T) {
	n := loadSmall(t)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for range 50 {
				for l := range n.LegsFrom("CNCQI") {
					_ = l.Name()
				}
				for range n.LegsTo("DEDUI") {
				}
				_ = n.Place("chongqing")
				_ = n.Nearest(nil, orb.Point{float64(g), 45}, 2, 0)
				_, _ = n.TransferAt(1, Rail, Road)
				c := n.Compact()
				_ = c.Out(0)
				l := n.LegAt(0)
				ready := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
				_, _ = l.Schedule.NextDeparture(ready, ready.AddDate(0, 0, 30), n.Location(0))
				var buf bytes.Buffer
				_ = WriteJSON(&buf, n)
			}
		})
	}
	wg.Wait()
}

func TestCurrencies(t *testing.T) {
	n := loadSmall(t)
	// small.json prices legs in USD and EUR, a transfer in CNY and the
	// Dostyk border fee in USD.
	assert.Equal(t, []Currency{"CNY", "EUR", "USD"}, n.Currencies())
	var b Builder
	empty, err := b.Build()
	require.NoError(t, err)
	assert.Empty(t, empty.Currencies())
}
