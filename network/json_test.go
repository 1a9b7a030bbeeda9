package network

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSONRoundTrip(t *testing.T) {
	for _, file := range []string{"testdata/small.json", "testdata/full.json"} {
		t.Run(file, func(t *testing.T) {
			n := readJSONFile(t, file)
			first := canonical(t, n)
			again, err := ReadJSON(bytes.NewReader(first), "again.json")
			require.NoError(t, err)
			assertSameNetwork(t, n, again)
			assert.Equal(t, string(first), string(canonical(t, again)), "write → read → write is byte-identical")
		})
	}
}

// TestJSONValues checks that ReadJSON reads every field of full.json into
// the right place.
func TestJSONValues(t *testing.T) {
	n := readJSONFile(t, "testdata/full.json")
	assert.Equal(t, "every field", n.Name())
	require.Len(t, n.Sources(), 2)
	assert.Equal(t, Source{ID: "S1", Title: `Rail freight figures, "quoted", with commas`, URL: "https://example.org/s1", Date: "2024-03"}, n.Sources()[0])

	require.Len(t, n.Transfers(), 3)
	assert.Equal(t, Transfer{From: Road, To: Rail, Time: 6 * time.Hour,
		Charge:     PriceTerms{Currency: "CNY", PerContainer: []ContainerRate{{"20", 300 * Micro}, {"40", 450 * Micro}}},
		Provenance: Provenance{Estimate: "planning value"}}, n.Transfers()[0])
	assert.Equal(t, PriceTerms{Currency: "USD", Fixed: Micro / 2, Minimum: 10 * Micro, PerTonne: 1_250_000,
		Surcharges: []Surcharge{{"THC", 500}}}, n.Transfers()[2].Charge)

	cq, ok := n.Terminal("CNCQI")
	require.True(t, ok)
	assert.Equal(t, []string{"Chongqing", "CNCKG", "重庆"}, cq.Aliases)
	assert.Equal(t, SetOf(Rail, Road), cq.Modes)
	assert.Equal(t, [2]float64{106.55, 29.58333}, [2]float64(cq.Location))
	require.Len(t, cq.Transfers, 1)
	assert.Equal(t, 3*time.Hour, cq.Transfers[0].Time)
	x, ok := n.TransferAt(0, Road, Rail)
	require.True(t, ok)
	assert.Equal(t, 3*time.Hour, x.Time, "the terminal's own rule wins")

	dos, _ := n.Terminal("KZDOS")
	require.NotNil(t, dos.Border)
	assert.Equal(t, Border{Dwell: 48 * time.Hour, Fee: PriceTerms{Currency: "USD", Fixed: 150 * Micro},
		GaugeFrom: 1435, GaugeTo: 1520, Across: "CNAKS"}, *dos.Border)
	aks, _ := n.Terminal("CNAKS")
	assert.Equal(t, &Border{}, aks.Border)

	l := n.LegAt(2)
	assert.Equal(t, "yxo-2", l.ID)
	assert.Equal(t, 6000.5, l.DistanceKm)
	assert.Equal(t, 10*24*time.Hour+12*time.Hour, l.Duration)
	assert.Equal(t, Amount(1_200_250_000), l.Price.PerTEU)
	assert.Equal(t, 22.123456789, l.CO2ePerTonneKm)
	assert.Equal(t, 1500.5, l.MaxTonnes)
	assert.Equal(t, 100, l.MaxTEU)
	assert.True(t, l.NoDangerousGoods)
	assert.True(t, l.Reefer)
	require.Len(t, l.Schedule.Dated, 2)
	assert.True(t, l.Schedule.Dated[0].Equal(time.Date(2026, 3, 2, 3, 0, 0, 0, time.UTC)))

	air := n.LegAt(4)
	assert.Equal(t, Amount(2_655_000), air.Price.PerKg)
	assert.Equal(t, Amount(1), air.Price.Fixed)
	assert.True(t, air.DistanceEstimated)
	barge := n.LegAt(3)
	assert.Equal(t, Schedule{Weekly: []WeeklyDeparture{{time.Sunday, 0}}, Dated: barge.Schedule.Dated,
		Cutoff: 12 * time.Hour, ValidUntil: Date{2027, 6, 30}}, *barge.Schedule)
}

func TestReadJSONErrors(t *testing.T) {
	full, err := os.ReadFile("testdata/full.json")
	require.NoError(t, err)
	tests := []struct {
		name     string
		old, new string // replace old by new in full.json
		want     error
		where    []string // substrings of the message: file:line, record
	}{
		{"not UTF-8", `"Rotterdam"`, "\"Rott\xffrdam\"", ErrSyntax, []string{"f.json:24", "UTF-8"}},
		{"syntax error", `"id": "barge",`, `"id": "barge",,`, ErrSyntax, []string{"f.json:38"}},
		{"truncated", "", "", ErrSyntax, []string{"truncated"}},
		{"trailing data", "", "", ErrSyntax, []string{"after the top-level object"}},
		{"no version", `"version": 1,`, ``, ErrMissingValue, []string{"f.json", "version"}},
		{"newer version", `"version": 1,`, `"version": 2,`, ErrUnsupportedFormat, []string{"f.json", "version 2"}},
		{"duplicate key", `"name": "every field",`, `"name": "every field", "name": "x",`, ErrSyntax, []string{"f.json:3", `duplicate key "name"`}},
		{"unknown top-level field", `"name": "every field",`, `"colour": "red",`, ErrSyntax, []string{"f.json:3", `"colour"`}},
		{"unknown record field", `"id": "barge",`, `"id": "barge", "colour": 1,`, ErrSyntax, []string{"f.json:38", "colour"}},
		{"number as text", `"max_teu": 100`, `"max_teu": "100"`, ErrSyntax, []string{"f.json:35"}},
		{"duplicate container key", `{"45HC": 310.5}`, `{"45HC": 310.5, "45HC": 1}`, ErrSyntax, []string{"f.json:38", "45HC"}},
		{"too many decimals", `"per_teu": 1200.25`, `"per_teu": 1200.1234567`, ErrInvalidValue, []string{"f.json:34", `leg "yxo-2"`, "per_teu"}},
		{"exponent price", `"per_teu": 1200.25`, `"per_teu": 1.2e3`, ErrInvalidValue, []string{"f.json:34", "per_teu"}},
		{"negative price", `"per_teu": 1200.25`, `"per_teu": -1200.25`, ErrInvalidValue, []string{"f.json:34", "per_teu"}},
		{"missing price", `"price": {"currency": "CNY"}`, `"colour": null`, ErrSyntax, []string{"f.json:33"}},
		{"no price", `, "price": {"currency": "CNY"}`, ``, ErrMissingValue, []string{"f.json:33", "price"}},
		{"duplicate key in a record", `"per_teu": 1200.25`, `"per_teu": 1200.25, "currency": "EUR"`, ErrSyntax, []string{"f.json:35", `duplicate key "currency"`}},
		{"duplicate escaped key", `"per_teu": 1200.25`, `"per_teu": 1200.25, "curr\u0065ncy": "EUR"`, ErrSyntax, []string{"f.json:35", `duplicate key "currency"`}},
		{"currency code", `{"currency": "EUR", "per_teu"`, `{"currency": "EURO", "per_teu"`, ErrUnknownCurrency, []string{"f.json:34", "EURO"}},
		{"missing duration", `"duration": "47m", `, ``, ErrMissingValue, []string{"f.json:33", "duration"}},
		{"negative duration", `"duration": "47m"`, `"duration": "-47m"`, ErrInvalidValue, []string{"f.json:33", "duration"}},
		{"fractional minute duration", `"duration": "47m"`, `"duration": "47m30s"`, ErrInvalidValue, []string{"f.json:33", "duration"}},
		{"negative distance", `"distance_km": 12.25`, `"distance_km": -12.25`, ErrInvalidValue, []string{"f.json:33", "distance"}},
		{"zero distance", `"distance_km": 12.25`, `"distance_km": 0`, ErrInvalidValue, []string{"f.json:33", "explicit zero"}},
		{"unknown mode", `"mode": "inland_water"`, `"mode": "canal"`, ErrUnknownMode, []string{"f.json:38", `leg "barge"`, "canal"}},
		{"missing mode", `"mode": "inland_water", `, ``, ErrMissingValue, []string{"f.json:38", "mode"}},
		{"mode not handled", `"to": "NLRTM", "mode": "inland_water"`, `"to": "NLRTM", "mode": "rail"`, ErrModeNotHandled, []string{"f.json:38", "NLRTM does not handle rail"}},
		{"unknown terminal", `"to": "NLRTM"`, `"to": "NLXXX"`, ErrUnknownTerminal, []string{"f.json:38", "NLXXX"}},
		{"self-loop", `"to": "NLRTM"`, `"to": "DEDUI"`, ErrSelfLoop, []string{"f.json:38", `leg "barge"`}},
		{"duplicate leg ID", `"id": "air-1"`, `"id": "barge"`, ErrDuplicateID, []string{"f.json:40", `leg "barge"`}},
		{"duplicate terminal", `"id": "NLRTM"`, `"id": "DEDUI"`, ErrDuplicateID, []string{"f.json:24", `terminal "DEDUI"`}},
		{"latitude out of range", `[4.4, 51.9]`, `[4.4, 91.9]`, ErrInvalidLocation, []string{"f.json:24", `terminal "NLRTM"`, "latitude"}},
		{"longitude out of range", `[4.4, 51.9]`, `[184.4, 51.9]`, ErrInvalidLocation, []string{"f.json:24", "longitude"}},
		{"missing location", `, "location": [4.4, 51.9]`, ``, ErrMissingValue, []string{"f.json:24", "location"}},
		{"short location", `[4.4, 51.9]`, `[4.4]`, ErrInvalidLocation, []string{"f.json:24", "location"}},
		{"location with altitude", `[4.4, 51.9]`, `[4.4, 51.9, 3]`, ErrInvalidLocation, []string{"f.json:24", "location"}},
		{"missing kind", `"kind": "seaport", `, ``, ErrMissingValue, []string{"f.json:24", "kind"}},
		{"unknown kind", `"kind": "seaport"`, `"kind": "spaceport"`, ErrInvalidValue, []string{"f.json:24", "spaceport"}},
		{"unknown terminal mode", `"modes": ["sea", "road", "inland_water"]`, `"modes": ["sea", "warp"]`, ErrUnknownMode, []string{"f.json:24", "warp"}},
		{"no modes", `"modes": ["sea", "road", "inland_water"]`, `"modes": []`, ErrMissingValue, []string{"f.json:24", "modes"}},
		{"invalid time zone", `"Europe/Berlin"`, `"Europe/Bonn"`, ErrInvalidTimeZone, []string{"f.json:22", "Europe/Bonn"}},
		{"Local time zone", `"Europe/Berlin"`, `"Local"`, ErrInvalidTimeZone, []string{"f.json:22", "Local"}},
		{"malformed LOCODE ID", `"id": "NLRTM"`, `"id": "NLRT0"`, ErrInvalidLocode, []string{"f.json:24", "NLRT0"}},
		{"LOCODE of another country", `"locode": "CNSHA"`, `"locode": "JPSHA"`, ErrInvalidLocode, []string{"f.json:25", "JPSHA"}},
		{"malformed locode", `"locode": "CNSHA"`, `"locode": "CN-SHA"`, ErrInvalidLocode, []string{"f.json:25", "CN-SHA"}},
		{"no departures", `"schedule": {"dated": ["2026-03-02T09:00:00+06:00", "2026-03-09T09:00:00Z"]}`, `"schedule": {"cutoff": "1d"}`, ErrInvalidSchedule, []string{"f.json:34", "no departures"}},
		{"invalid weekly time", `"sun 00:00"`, `"sun 24:00"`, ErrInvalidSchedule, []string{"f.json:38", "24:00"}},
		{"invalid weekly form", `"sun 00:00"`, `"sunday"`, ErrInvalidSchedule, []string{"f.json:38", "sunday"}},
		{"dated not RFC 3339", `"2026-12-24T18:30:00+01:00"`, `"24.12.2026 18:30"`, ErrInvalidSchedule, []string{"f.json:38", "RFC 3339"}},
		{"dated out of order", `"2026-03-09T09:00:00Z"`, `"2026-03-01T09:00:00Z"`, ErrInvalidSchedule, []string{"f.json:34", "increasing"}},
		{"dated off the minute", `"2026-03-09T09:00:00Z"`, `"2026-03-09T09:00:30Z"`, ErrInvalidSchedule, []string{"f.json:34", "whole minute"}},
		{"invalid validity date", `"valid_until": "2027-06-30"`, `"valid_until": "2027-02-30"`, ErrInvalidValue, []string{"f.json:38", "2027-02-30"}},
		{"validity date with space", `"valid_until": "2027-06-30"`, `"valid_until": " 2027-06-30"`, ErrInvalidValue, []string{"f.json:38", `schedule.valid_until: network: invalid value: date " 2027-06-30"`}},
		{"zero distance text", `"distance_km": 12.25`, `"distance_km": 0.0`, ErrInvalidValue, []string{"f.json:33", "distance_km: network: invalid value: explicit zero (leave the field out instead)"}},
		{"validity reversed", `"valid_until": "2026-12-31"`, `"valid_until": "2025-12-31"`, ErrInvalidSchedule, []string{"f.json:30", "before it starts"}},
		{"unknown source", `"sources": ["S1", "S2"]}`, `"sources": ["S1", "S3"]}`, ErrUnknownSource, []string{"f.json:10", "S3"}},
		{"bad surcharge", `{"name": "BAF", "percent": 0.25}`, `{"name": "BAF", "percent": 0.255}`, ErrInvalidValue, []string{"f.json:30", "BAF"}},
		{"negative surcharge", `{"name": "BAF", "percent": 0.25}`, `{"name": "BAF", "percent": -1}`, ErrInvalidValue, []string{"f.json:30", "BAF"}},
		{"unknown container type", `{"45HC": 310.5}`, `{"53HC": 310.5}`, ErrInvalidValue, []string{"f.json:38", "53HC"}},
		{"border on a seaport", `"location": [4.4, 51.9]}`, `"location": [4.4, 51.9], "border": {"dwell": "1d"}}`, ErrInvalidValue, []string{"f.json:24", "border"}},
		{"bad border dwell", `"dwell": "2d"`, `"dwell": "2 days"`, ErrInvalidValue, []string{"f.json:17", "border.dwell"}},
		{"one gauge", `"gauge_to_mm": 1520, `, ``, ErrInvalidValue, []string{"f.json:17", "gauge"}},
		{"transfer same mode", `{"from": "rail", "to": "road", "time": "4h30m"`, `{"from": "rail", "to": "rail", "time": "4h30m"`, ErrInvalidValue, []string{"f.json:10", "transfer"}},
		{"duplicate transfer", `{"from": "rail", "to": "road", "time": "4h30m"`, `{"from": "road", "to": "rail", "time": "4h30m"`, ErrDuplicateID, []string{"f.json:10", "road→rail"}},
		{"terminal transfer mode", `"transfers": [{"from": "road", "to": "rail", "time": "3h"`, `"transfers": [{"from": "road", "to": "sled", "time": "3h"`, ErrUnknownMode, []string{"f.json:14", "sled"}},
		{"empty source ID", `{"id": "S2"}`, `{"id": ""}`, ErrMissingValue, []string{"f.json:6", "source"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := strings.Replace(string(full), tc.old, tc.new, 1)
			switch tc.name {
			case "trailing data":
				doc += "{}"
			case "truncated":
				doc = doc[:len(doc)/2]
			default:
				require.NotEqual(t, string(full), doc, "the case edits the document")
			}
			n, err := ReadJSON(strings.NewReader(doc), "f.json")
			require.Error(t, err)
			assert.Nil(t, n)
			assert.ErrorIs(t, err, tc.want)
			var re *RecordError
			assert.ErrorAs(t, err, &re)
			for _, s := range tc.where {
				assert.Contains(t, err.Error(), s)
			}
		})
	}
	t.Run("read error", func(t *testing.T) {
		boom := errors.New("boom")
		_, err := ReadJSON(failingReader{boom}, "f.json")
		assert.ErrorIs(t, err, boom)
	})
}

type failingReader struct{ err error }

func (r failingReader) Read([]byte) (int, error) { return 0, r.err }

// TestReadJSONReportsAll checks that two bad records give two errors, each
// naming its own line.
func TestReadJSONReportsAll(t *testing.T) {
	full, err := os.ReadFile("testdata/full.json")
	require.NoError(t, err)
	doc := strings.Replace(string(full), `"to": "NLRTM"`, `"to": "NLXXX"`, 1)
	doc = strings.Replace(doc, `[4.4, 51.9]`, `[4.4, 91.9]`, 1)
	_, err = ReadJSON(strings.NewReader(doc), "f.json")
	require.Error(t, err)
	errs := unjoin(err)
	require.Len(t, errs, 2)
	assert.ErrorIs(t, errs[0], ErrInvalidLocation)
	assert.Contains(t, errs[0].Error(), "f.json:24")
	assert.ErrorIs(t, errs[1], ErrUnknownTerminal)
	assert.Contains(t, errs[1].Error(), "f.json:38")
}
