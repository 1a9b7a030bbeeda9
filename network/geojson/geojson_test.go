package geojson

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/corridor-go/corridor/network"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readJSON(t testing.TB, path string) *network.Network {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	n, err := network.ReadJSON(f, path)
	require.NoError(t, err)
	return n
}

func canonical(t testing.TB, n *network.Network) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, network.WriteJSON(&buf, n))
	return buf.String()
}

// assertSameNetwork checks that two networks hold the same records: the same
// canonical JSON and the same distances, estimated or not.
func assertSameNetwork(t testing.TB, want, got *network.Network) {
	t.Helper()
	assert.Equal(t, canonical(t, want), canonical(t, got))
	require.Equal(t, want.NumLegs(), got.NumLegs())
	for i := range want.NumLegs() {
		assert.Equal(t, want.LegAt(i).DistanceKm, got.LegAt(i).DistanceKm)
		assert.Equal(t, want.LegAt(i).DistanceEstimated, got.LegAt(i).DistanceEstimated)
	}
}

func write(t testing.TB, n *network.Network) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, n))
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	for _, file := range []string{"../testdata/small.json", "../testdata/full.json"} {
		t.Run(file, func(t *testing.T) {
			want := readJSON(t, file)
			data := write(t, want)
			got, err := Read(bytes.NewReader(data), "net.geojson")
			require.NoError(t, err)
			assertSameNetwork(t, want, got)
			assert.Equal(t, string(data), string(write(t, got)), "write → read → write is byte-identical")
		})
	}
}

// TestRFC7946 checks the output against the parts of RFC 7946 viewers rely
// on: type members, [lon, lat] order, flat properties.
func TestRFC7946(t *testing.T) {
	n := readJSON(t, "../testdata/full.json")
	var doc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			ID       any    `json:"id"`
			Geometry struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
		Name      string           `json:"name"`
		Sources   []map[string]any `json:"sources"`
		Transfers []map[string]any `json:"transfers"`
	}
	require.NoError(t, json.Unmarshal(write(t, n), &doc))
	assert.Equal(t, "FeatureCollection", doc.Type)
	assert.Equal(t, "every field", doc.Name)
	require.Len(t, doc.Features, n.NumTerminals()+n.NumLegs())
	assert.Len(t, doc.Sources, 2)
	assert.Len(t, doc.Transfers, 4, "3 defaults + 1 override at CNCQI")

	for i, f := range doc.Features {
		assert.Equal(t, "Feature", f.Type)
		for k, v := range f.Properties {
			switch v.(type) {
			case string, float64, bool:
			default:
				t.Errorf("feature %d property %s is %T, not a flat value", i, k, v)
			}
		}
		if i < n.NumTerminals() {
			term := n.TerminalAt(i)
			assert.Equal(t, "Point", f.Geometry.Type)
			assert.Equal(t, term.ID, f.ID)
			var c []float64
			require.NoError(t, json.Unmarshal(f.Geometry.Coordinates, &c))
			assert.Equal(t, []float64{term.Location[0], term.Location[1]}, c, "longitude first")
			assert.Equal(t, term.Name, f.Properties["name"])
			continue
		}
		leg := n.LegAt(i - n.NumTerminals())
		assert.Equal(t, "LineString", f.Geometry.Type)
		var c [][]float64
		require.NoError(t, json.Unmarshal(f.Geometry.Coordinates, &c))
		from, _ := n.Terminal(leg.From)
		to, _ := n.Terminal(leg.To)
		assert.Equal(t, [][]float64{from.Location[:], to.Location[:]}, c)
		assert.Equal(t, leg.From, f.Properties["from"])
	}
	yxo2 := doc.Features[n.NumTerminals()+2].Properties
	assert.Equal(t, 6000.5, yxo2["distance_km"])
	assert.Equal(t, true, yxo2["reefer"])
	assert.Equal(t, "1200.25", yxo2["per_teu"])
	dostyk := doc.Features[1].Properties
	assert.Equal(t, true, dostyk["border"])
	assert.Equal(t, 1435.0, dostyk["border_gauge_from_mm"])
	assert.Equal(t, "2d", dostyk["border_dwell"])
}

// A small valid document; the error cases edit it.
const base = `{"type": "FeatureCollection", "name": "t",
 "sources": [{"id": "S1", "title": "x"}],
 "transfers": [{"from": "road", "to": "rail", "time": "6h"}],
 "features": [
  {"type": "Feature", "id": "CNCQI", "geometry": {"type": "Point", "coordinates": [106.55, 29.58]},
   "properties": {"id": "CNCQI", "name": "Chongqing", "country": "CN", "kind": "rail_terminal", "modes": "rail;road", "time_zone": "Asia/Shanghai"}},
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [6.75, 51.47]},
   "properties": {"id": "DEDUI", "name": "Duisburg", "country": "DE", "kind": "rail_terminal", "modes": "rail", "time_zone": "Europe/Berlin"}},
  {"type": "Feature", "id": "L1", "geometry": {"type": "LineString", "coordinates": [[106.55, 29.58], [6.75, 51.47]]},
   "properties": {"id": "L1", "from": "CNCQI", "to": "DEDUI", "mode": "rail", "duration": "16d", "currency": "USD", "per_container": "40=9000", "sources": "S1"}}
 ]}`

func TestReadBase(t *testing.T) {
	n, err := Read(strings.NewReader(base), "base.geojson")
	require.NoError(t, err)
	assert.Equal(t, "t", n.Name())
	assert.Equal(t, 2, n.NumTerminals())
	assert.Len(t, n.Transfers(), 1)
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // replace old by new in base
		want     error
		where    []string
	}{
		{"latitude out of range", "[6.75, 51.47]}", "[6.75, 91]}", network.ErrInvalidLocation, []string{"f.geojson: record 2", `terminal "DEDUI"`}},
		{"latitude and longitude swapped", "[106.55, 29.58]}", "[29.58, 106.55]}", network.ErrInvalidLocation, []string{"record 1", `terminal "CNCQI"`, "latitude"}},
		{"one coordinate", "[6.75, 51.47]}", "[6.75]}", network.ErrInvalidLocation, []string{"record 2", "coordinates"}},
		{"duplicate terminal", `"id": "DEDUI"`, `"id": "CNCQI"`, network.ErrDuplicateID, []string{"record 2", `terminal "CNCQI"`}},
		{"feature id differs", `"id": "CNCQI", "geometry"`, `"id": "CNXXX", "geometry"`, ErrInvalidFeature, []string{"record 1", "CNXXX"}},
		{"unknown terminal", `"to": "DEDUI"`, `"to": "DEXXX"`, network.ErrUnknownTerminal, []string{"record 3", `leg "L1"`}},
		{"self-loop", `"to": "DEDUI"`, `"to": "CNCQI"`, network.ErrSelfLoop, []string{"record 3", `leg "L1"`}},
		{"negative distance", `"mode": "rail",`, `"mode": "rail", "distance_km": -4,`, network.ErrInvalidValue, []string{"record 3", "distance"}},
		{"distance as text", `"mode": "rail",`, `"mode": "rail", "distance_km": "NaN",`, network.ErrInvalidValue, []string{"record 3", "distance"}},
		{"negative duration", `"16d"`, `"-16d"`, network.ErrInvalidValue, []string{"record 3", "duration"}},
		{"missing duration", `"duration": "16d",`, ``, network.ErrMissingValue, []string{"record 3", "duration"}},
		{"negative price", `"40=9000"`, `"40=-1"`, network.ErrInvalidValue, []string{"record 3", "per_container"}},
		{"missing price", `"currency": "USD", "per_container": "40=9000",`, ``, network.ErrMissingValue, []string{"record 3", "currency"}},
		{"unknown currency", `"USD"`, `"XXY"`, network.ErrUnknownCurrency, []string{"record 3", "XXY"}},
		{"unknown mode", `"mode": "rail"`, `"mode": "zeppelin"`, network.ErrUnknownMode, []string{"record 3", "zeppelin"}},
		{"mode not handled", `"mode": "rail"`, `"mode": "road"`, network.ErrModeNotHandled, []string{"record 3", "DEDUI"}},
		{"schedule without departures", `"mode": "rail",`, `"mode": "rail", "cutoff": "1d",`, network.ErrInvalidSchedule, []string{"record 3", "no departures"}},
		{"bad departure", `"mode": "rail",`, `"mode": "rail", "weekly": "mon 9am",`, network.ErrInvalidSchedule, []string{"record 3", "weekly"}},
		{"invalid zone", `"Europe/Berlin"`, `"Europe/Atlantis"`, network.ErrInvalidTimeZone, []string{"record 2", "Europe/Atlantis"}},
		{"malformed LOCODE", `"id": "DEDUI"`, `"id": "DED0I"`, network.ErrInvalidLocode, []string{"record 2", "DED0I"}},
		{"unknown source", `"sources": "S1"`, `"sources": "S2"`, network.ErrUnknownSource, []string{"record 3", "S2"}},
		{"nested property", `"modes": "rail",`, `"modes": ["rail"],`, ErrInvalidFeature, []string{"record 2", "modes"}},
		{"unknown property", `"modes": "rail",`, `"modes": "rail", "colour": "red",`, ErrInvalidFeature, []string{"record 2", "colour"}},
		{"polygon", `{"type": "Point", "coordinates": [6.75, 51.47]}`, `{"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}`, ErrInvalidFeature, []string{"record 2", "Polygon"}},
		{"null geometry", `{"type": "Point", "coordinates": [6.75, 51.47]}`, `null`, ErrInvalidFeature, []string{"record 2", "no geometry"}},
		{"bad geometry", `{"type": "Point", "coordinates": [6.75, 51.47]}`, `{"type": "Blob"}`, ErrInvalidFeature, []string{"record 2"}},
		{"not a feature", `{"type": "Feature", "geometry": {"type": "Point"`, `{"type": "Thing", "geometry": {"type": "Point"`, ErrInvalidFeature, []string{"record 2"}},
		{"transfer unknown mode", `"to": "rail", "time"`, `"to": "rocket", "time"`, network.ErrUnknownMode, []string{"f.geojson: record 1", "transfer", "rocket"}},
		{"transfer at unknown terminal", `"from": "road", "to": "rail"`, `"terminal": "CNXXX", "from": "road", "to": "rail"`, network.ErrUnknownTerminal, []string{"record 1", "CNXXX"}},
		{"border props without flag", `"modes": "rail",`, `"modes": "rail", "border_dwell": "2d",`, network.ErrInvalidValue, []string{"record 2", "border"}},
		{"border on rail terminal", `"modes": "rail",`, `"modes": "rail", "border": true,`, network.ErrInvalidValue, []string{"record 2", "border"}},
		{"unknown property with number", `"modes": "rail",`, `"kind2": 1, "modes": "rail",`, ErrInvalidFeature, []string{"record 2", "kind2"}},
		{"wrong type", `"type": "FeatureCollection"`, `"type": "Feature"`, network.ErrSyntax, []string{"f.geojson", "FeatureCollection"}},
		{"unknown member", `"name": "t",`, `"name": "t", "colour": 1,`, network.ErrSyntax, []string{"f.geojson", "colour"}},
		{"truncated", base, base[:len(base)/2], network.ErrSyntax, []string{"f.geojson"}},
		{"not UTF-8", `"Duisburg"`, "\"Duisb\xffrg\"", network.ErrSyntax, []string{"f.geojson", "UTF-8"}},
		{"null properties", `"properties": {"id": "DEDUI", "name": "Duisburg", "country": "DE", "kind": "rail_terminal", "modes": "rail", "time_zone": "Europe/Berlin"}`, `"properties": null`, network.ErrMissingValue, []string{"record 2"}},
		{"duplicate property", `"modes": "rail",`, `"modes": "rail", "modes": "road",`, network.ErrSyntax, []string{"f.geojson:8", `duplicate key "modes"`}},
		{"duplicate member", `"name": "t",`, `"name": "t", "name": "u",`, network.ErrSyntax, []string{"f.geojson:1", `duplicate key "name"`}},
		{"duplicate escaped key", `"modes": "rail",`, `"modes": "rail", "mod\u0065s": "road",`, network.ErrSyntax, []string{"f.geojson:8", `duplicate key "modes"`}},
		{"features not array", `"features": [`, `"features": {"a": [`, network.ErrSyntax, []string{"f.geojson"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := strings.Replace(base, tc.old, tc.new, 1)
			require.NotEqual(t, base, doc, "the case edits the document")
			n, err := Read(strings.NewReader(doc), "f.geojson")
			require.Error(t, err)
			assert.Nil(t, n)
			assert.ErrorIs(t, err, tc.want)
			var re *network.RecordError
			assert.ErrorAs(t, err, &re)
			for _, s := range tc.where {
				assert.Contains(t, err.Error(), s)
			}
		})
	}
}

func TestReadReportsAll(t *testing.T) {
	doc := strings.Replace(base, `"mode": "rail"`, `"mode": "zeppelin"`, 1)
	doc = strings.Replace(doc, `[6.75, 51.47]}`, `[6.75, 91]}`, 1)
	_, err := Read(strings.NewReader(doc), "f.geojson")
	require.Error(t, err)
	j, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok)
	assert.Len(t, j.Unwrap(), 1, "decode errors stop before Build")
	assert.ErrorIs(t, err, network.ErrUnknownMode)

	doc = strings.Replace(base, `"to": "DEDUI"`, `"to": "DEXXX"`, 1)
	doc = strings.Replace(doc, `[6.75, 51.47]}`, `[6.75, 91]}`, 1)
	_, err = Read(strings.NewReader(doc), "f.geojson")
	require.Error(t, err)
	j, ok = err.(interface{ Unwrap() []error })
	require.True(t, ok)
	assert.Len(t, j.Unwrap(), 2)
	assert.ErrorIs(t, err, network.ErrUnknownTerminal)
	assert.ErrorIs(t, err, network.ErrInvalidLocation)
}

// TestReadPointCoordinates pins how many coordinates Read counts in a
// Point: those of the member encoding/json (and so orb) decodes, whatever
// else the geometry holds.
func TestReadPointCoordinates(t *testing.T) {
	for _, tc := range []struct {
		name, geometry string
		want           string // "": accepted
	}{
		{"altitude", `{"type": "Point", "coordinates": [6.75, 51.47, 30]}`, ""},
		{"bbox", `{"type": "Point", "bbox": [6.75, 51.47, 6.75, 51.47], "coordinates": [6.75, 51.47]}`, ""},
		{"four", `{"type": "Point", "coordinates": [6.75, 51.47, 30, 1]}`, "4"},
		{"null", `{"type": "Point", "coordinates": null}`, "0"},
		{"other member", `{"type": "Point", "coordinates": [6.75], "crs": null}`, "1"},
		{"other spelling, last wins", `{"type": "Point", "coordinates": [6.75, 51.47], "Coordinates": [6.75]}`, "1"},
		{"other spelling only", `{"type": "Point", "COORDINATES": [6.75, 51.47, 1, 2, 3]}`, "5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := strings.Replace(base, `{"type": "Point", "coordinates": [6.75, 51.47]}`, tc.geometry, 1)
			_, err := Read(strings.NewReader(doc), "f.geojson")
			if tc.want == "" {
				assert.NoError(t, err)
				return
			}
			assert.EqualError(t, err, `f.geojson: record 2: terminal location: network: invalid location: a Point has `+tc.want+` coordinates, want longitude and latitude`)
		})
	}
}
