package westchina

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina/internal/build"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func load(t *testing.T) *network.Network {
	t.Helper()
	n, err := Load()
	require.NoError(t, err)
	return n
}

func TestLoadBuilds(t *testing.T) {
	n := load(t)
	assert.Greater(t, n.NumTerminals(), 60)
	assert.Greater(t, n.NumLegs(), 200)
	assert.Same(t, Default(), Default(), "Default is built once and shared")
	assert.Equal(t, data, JSON())
}

// TestEveryRecordSourced fails on any terminal, leg or transfer rule that
// neither cites a source nor says how its figures were estimated.
func TestEveryRecordSourced(t *testing.T) {
	n := load(t)
	for tm := range n.Terminals() {
		assert.True(t, tm.Sourced(), "terminal %s has no source and no estimate label", tm.ID)
		for _, x := range tm.Transfers {
			assert.True(t, x.Sourced(), "terminal %s transfer %s→%s unsourced", tm.ID, x.From, x.To)
		}
	}
	for l := range n.Legs() {
		assert.True(t, l.Sourced(), "leg %s has no source and no estimate label", l.Name())
		if l.DistanceEstimated {
			assert.Contains(t, l.Estimate, "distance", "leg %s: an estimated distance must be labelled", l.Name())
		}
	}
	for _, x := range n.Transfers() {
		assert.True(t, x.Sourced(), "transfer %s→%s unsourced", x.From, x.To)
	}
}

func TestSourcesComplete(t *testing.T) {
	n := load(t)
	cited := map[string]bool{}
	cite := func(p network.Provenance) {
		for _, s := range p.Sources {
			cited[s] = true
		}
	}
	for tm := range n.Terminals() {
		cite(tm.Provenance)
	}
	for l := range n.Legs() {
		cite(l.Provenance)
	}
	for id := range cited {
		_, ok := n.Source(id)
		assert.True(t, ok, "cited source %s is not listed", id)
	}
	for _, s := range n.Sources() {
		assert.True(t, strings.HasPrefix(s.URL, "http://") || strings.HasPrefix(s.URL, "https://"), "source %s has no URL", s.ID)
		assert.NotEmpty(t, s.Date, "source %s has no date", s.ID)
		assert.NotEmpty(t, s.Title, "source %s has no title", s.ID)
		assert.True(t, cited[s.ID], "source %s is never cited", s.ID)
	}
}

func TestRoundTrip(t *testing.T) {
	n := load(t)
	var buf bytes.Buffer
	require.NoError(t, network.WriteJSON(&buf, n))
	assert.Equal(t, string(data), buf.String(), "the embedded file is in canonical form")
	m, err := network.ReadJSON(bytes.NewReader(buf.Bytes()), "rewritten")
	require.NoError(t, err)
	var again bytes.Buffer
	require.NoError(t, network.WriteJSON(&again, m))
	assert.Equal(t, buf.String(), again.String())
	require.Equal(t, n.NumLegs(), m.NumLegs())
	for i := range n.NumLegs() {
		assert.Equal(t, *n.LegAt(i), *m.LegAt(i))
	}
	for i := range n.NumTerminals() {
		assert.Equal(t, *n.TerminalAt(i), *m.TerminalAt(i))
	}
}

func TestTimeZones(t *testing.T) {
	n := load(t)
	for i := range n.NumTerminals() {
		tm := n.TerminalAt(i)
		assert.NotEmpty(t, tm.TimeZone, tm.ID)
		assert.NotNil(t, n.Location(i), tm.ID)
		// Kazakhstan moved to a single zone, UTC+5, on 1 March 2024; the
		// embedded tzdata must know it, or weekly departures in Almaty
		// time would be an hour off.
		if tm.Country == "KZ" {
			_, off := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC).In(n.Location(i)).Zone()
			assert.Equal(t, 5*3600, off, "%s in %s", tm.ID, tm.TimeZone)
		}
	}
	i, ok := n.TerminalIndex("KZDOS")
	require.True(t, ok)
	assert.Equal(t, "Asia/Almaty", n.TerminalAt(i).TimeZone)
}

// TestPlaces checks that every city a user may name resolves, and that a
// city name means all of its terminals.
func TestPlaces(t *testing.T) {
	n := load(t)
	ids := func(name string) []string {
		var out []string
		for _, i := range n.Place(name) {
			out = append(out, n.TerminalAt(int(i)).ID)
		}
		return out
	}
	for name, want := range map[string][]string{
		"Chongqing":        {"CNCQI", "CNCQI-GUOYUAN", "CNCKG"},
		"Chengdu":          {"CNCDU", "CNCTU", "CNCDU-TFU"},
		"CNCQI":            {"CNCQI", "CNCQI-GUOYUAN"},
		"cncqi-guoyuan":    {"CNCQI-GUOYUAN"},
		"Shanghai":         {"CNSGH-YANGSHAN", "CNPVG"},
		"CNSHA":            {"CNSGH-YANGSHAN"},
		"CNSGH":            {"CNSGH-YANGSHAN"},
		"Wuhan":            {"CNNHN"},
		"CNWUH":            {"CNNHN"},
		"Duisburg":         {"DEDUI"},
		"Lodz":             {"PLLOD"},
		"Łódź":             {"PLLOD"},
		"Singapore":        {"SGSIN"},
		"Hanoi":            {"VNYEV", "VNHAN"},
		"Kunming":          {"CNKNM"},
		"Bangkok":          {"THBKK"},
		"Rotterdam":        {"NLRTM"},
		"Vientiane":        {"LAVTE", "LATHG"},
		"Qinzhou":          {"CNQZH"},
		"Hamburg":          {"DEHAM"},
		"Warsaw":           {"PLWAW"},
		"Budapest":         {"HUBUD"},
		"Frankfurt":        {"DEFRA"},
		"Liège":            {"BELGG"},
		"Amsterdam":        {"NLAMS-AMS"},
		"Ho Chi Minh City": {"VNCLI", "VNCMT"},
		"Khorgos":          {"CNHRS", "KZHOR"},
		// Official codes name the airports, carriers write them for the
		// city: a code that is one terminal's ID and others' alias means
		// all of them (network.Network.Place).
		"CNCKG": {"CNCKG", "CNCQI", "CNCQI-GUOYUAN"},
	} {
		assert.ElementsMatch(t, want, ids(name), name)
	}
}

// TestCoordinates spot-checks terminals against the public-domain sources
// they cite, and makes sure no geocoder (ODbL) coordinate from the research
// notes slipped in.
func TestCoordinates(t *testing.T) {
	n := load(t)
	for _, c := range []struct {
		id       string
		lat, lon float64
		km       float64
		why      string
	}{
		{"CNCTU", 30.55654, 103.94542, 1, "OurAirports (the geocoded UN/LOCODE point was 176 km off)"},
		{"CNCKG", 29.72642, 106.65695, 1, "OurAirports"},
		{"CNCDU-TFU", 30.30226, 104.44944, 1, "OurAirports"},
		{"DEFRA", 50.03261, 8.54067, 1, "OurAirports"},
		{"CNCQI", 29.58333, 106.55, 1, "UN/LOCODE 2935N 10633E"},
		{"CNNHN", 30.58333, 114.28333, 1, "UN/LOCODE (the geocoded Wuhan port point was near Nantong)"},
		{"CNQZH", 21.73333, 108.58333, 1, "WPI 57820"},
		{"NLRTM", 51.9, 4.48333, 1, "WPI 31140"},
		{"KZDOS", 45.25, 82.48333, 1, "UN/LOCODE"},
		// Estimates, checked against independent cross-checks.
		{"CNSGH-YANGSHAN", 30.62541, 122.06907, 3, "Yangshan (searoute-py CNYAN cross-check; the geocoded CNYSA point is in Jiangxi)"},
		{"SGSIN", 1.264, 103.84, 5, "Keppel Harbour"},
		{"KZHOR", 44.22364, 80.38423, 8, "Khorgos Gateway (geocoded point, cross-check only)"},
	} {
		tm, ok := n.Terminal(c.id)
		require.True(t, ok, c.id)
		d := geo.Distance(tm.Location, orb.Point{c.lon, c.lat}) / 1000
		assert.LessOrEqual(t, d, c.km, "%s is %.1f km from %s", c.id, d, c.why)
	}
	// Geocoder coordinates flagged in nodes.csv must not be used verbatim.
	for id, p := range map[string]orb.Point{
		"KZHOR": {80.38423, 44.22364}, "KZAST": {71.46420, 51.02585}, "MNULN": {106.91795, 47.94093},
		"RUNKI": {106.10614, 50.39209}, "BYBQT": {23.68519, 52.09375}, "NLTLB": {5.06606, 51.58562},
		"CNMHN": {101.68772, 21.19079}, "CNYCG": {111.29621, 30.70045},
		"CNSGH-YANGSHAN": {122.06907, 30.62541}, "SGSIN": {103.83246, 1.23921}, "CNCQI-GUOYUAN": {106.53870, 29.52928},
	} {
		tm, ok := n.Terminal(id)
		require.True(t, ok, id)
		assert.NotEqual(t, p, tm.Location, "%s uses the geocoded/third-party coordinate", id)
		if !strings.Contains(tm.Estimate, "estimate") {
			assert.NotEmpty(t, tm.Sources, id)
		}
	}
}

// TestEmbeddedMatchesTables fails when westchina.json and the tables in
// internal/build drift apart: run go generate after editing the tables.
func TestEmbeddedMatchesTables(t *testing.T) {
	want, err := build.JSON()
	require.NoError(t, err)
	assert.Equal(t, string(want), string(data), "westchina.json is stale: run go generate ./network/westchina")
}
