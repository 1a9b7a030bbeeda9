package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
	"github.com/corridor-go/corridor/route"
)

// today fixes the reference date so that ready times, and so the tables,
// are the same on every run: Saturday 2026-11-21, so cargo is ready on
// Monday 2026-11-23 at 09:00 in Shanghai.
const today = "2026-11-21"

// runArgs runs the program and returns its exit code, stdout and stderr.
func runArgs(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(t.Context(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestDefaultComparisonTable(t *testing.T) {
	t.Parallel()
	code, out, errOut := runArgs(t, "-today", today)
	require.Equal(t, exitOK, code, errOut)
	assert.Empty(t, errOut)

	sections := tableSections(out)
	for _, p := range flagship {
		title := pairTitle(p)
		require.Contains(t, sections, title, "no table for %s", title)
		rows := sections[title]
		require.GreaterOrEqual(t, len(rows), 2, "%s: a header and at least one option", title)
		assert.Equal(t, []string{"#", "route", "ready", "delivered", "days", "USD", "CO2e", "t", "transfers"},
			strings.Fields(rows[0]), "%s: header", title)
		assertAligned(t, title, rows)
		for _, row := range rows[1:] {
			assert.Contains(t, row, "2026-11-23 09:00 CST", "%s: ready next Monday 09:00 Shanghai time", title)
		}
	}

	var rail bool
	for _, row := range sections["Chongqing → Duisburg"][1:] {
		f := strings.Fields(row)
		rail = rail || (f[1] == "rail" && strings.HasSuffix(f[2], "→Duisburg"))
	}
	assert.True(t, rail, "Chongqing → Duisburg has an all-rail option:\n%s", out)
	assert.Contains(t, out, "rail CNCQI→Alashankou→Dostyk→Brest→Małaszewicze→Duisburg")
}

// tableSections splits the table output into its sections by their title
// ("Chongqing → Duisburg"), each the header and rows of its table.
func tableSections(out string) map[string][]string {
	sections := map[string][]string{}
	var title string
	for _, line := range strings.Split(out, "\n") {
		switch {
		case line == "":
			title = ""
		case title == "" && strings.Contains(line, " — ready "):
			title, _, _ = strings.Cut(line, " — ")
		case title != "":
			sections[title] = append(sections[title], line)
		}
	}
	return sections
}

// assertAligned checks that every row's cells start at the rune columns of
// the header's labels (the table is left-aligned, cells are never empty).
func assertAligned(t *testing.T, title string, rows []string) {
	t.Helper()
	header := rows[0]
	var starts []int
	for _, label := range []string{"route", "ready", "delivered", "days", "USD", "CO2e t", "transfers"} {
		i := strings.Index(header, label)
		require.GreaterOrEqual(t, i, 0, label)
		starts = append(starts, utf8.RuneCountInString(header[:i]))
	}
	for _, row := range rows[1:] {
		r := []rune(row)
		for _, s := range starts {
			if assert.Greater(t, len(r), s, "%s: row too short: %q", title, row) {
				assert.Equal(t, ' ', r[s-1], "%s: column at %d in %q", title, s, row)
				assert.NotEqual(t, ' ', r[s], "%s: column at %d in %q", title, s, row)
			}
		}
	}
}

func TestJSONOutput(t *testing.T) {
	t.Parallel()
	code, out, errOut := runArgs(t, "-today", today, "-format", "json")
	require.Equal(t, exitOK, code, errOut)

	var rep struct {
		Currency   string   `json:"currency"`
		RatesAsOf  string   `json:"rates_as_of"`
		Objectives []string `json:"objectives"`
		Pairs      []struct {
			From, To    string
			Ready       time.Time
			Complete    bool
			Itineraries []struct {
				Number           int
				Summary          string
				Modes            []string
				Ready, Delivered time.Time
				Totals           struct {
					Money struct {
						Amount   json.Number
						Currency string
					}
					TransitHours float64 `json:"transit_hours"`
					CO2eKg       float64 `json:"co2e_kg"`
					Transfers    *int
				}
				Legs []struct {
					Mode, Service, From, To string
					Departure, Arrival      time.Time
					Money                   struct {
						Amount   json.Number
						Currency string
					}
					CO2eKg float64 `json:"co2e_kg"`
				}
			}
		}
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.UseNumber()
	require.NoError(t, dec.Decode(&rep))
	assert.Equal(t, "USD", rep.Currency)
	assert.Equal(t, "2024-06-28", rep.RatesAsOf)
	assert.Equal(t, []string{"money", "time", "co2e"}, rep.Objectives)
	require.Len(t, rep.Pairs, len(flagship))
	for i, p := range rep.Pairs {
		assert.Equal(t, flagship[i].From, p.From)
		assert.Equal(t, flagship[i].To, p.To)
		assert.True(t, p.Complete)
		assert.Equal(t, "2026-11-23T01:00:00Z", p.Ready.Format(time.RFC3339), "ready in UTC")
		require.NotEmpty(t, p.Itineraries, "%s → %s", p.From, p.To)
		for j, it := range p.Itineraries {
			name := fmt.Sprintf("%s → %s #%d", p.From, p.To, it.Number)
			assert.Equal(t, j+1, it.Number)
			assert.NotEmpty(t, it.Summary, name)
			assert.NotEmpty(t, it.Modes, name)
			assert.Equal(t, time.UTC, it.Delivered.Location(), name)
			assert.InDelta(t, it.Delivered.Sub(it.Ready).Hours(), it.Totals.TransitHours, 0.01, name)
			money, err := it.Totals.Money.Amount.Float64()
			require.NoError(t, err, name)
			assert.Positive(t, money, name)
			assert.Equal(t, "USD", it.Totals.Money.Currency, name)
			assert.Positive(t, it.Totals.CO2eKg, name)
			require.NotNil(t, it.Totals.Transfers, name)
			require.NotEmpty(t, it.Legs, name)
			var legMoney, legCO2e float64
			for k, l := range it.Legs {
				assert.NotEmpty(t, l.Mode, name)
				assert.NotEmpty(t, l.Service, name)
				assert.NotEmpty(t, l.From, name)
				assert.NotEmpty(t, l.To, name)
				assert.False(t, l.Arrival.Before(l.Departure), "%s leg %d", name, k)
				assert.False(t, l.Departure.Before(it.Ready), "%s leg %d", name, k)
				assert.False(t, l.Arrival.After(it.Delivered), "%s leg %d", name, k)
				if k > 0 {
					assert.Equal(t, it.Legs[k-1].To, l.From, "%s: legs join", name)
				}
				m, err := l.Money.Amount.Float64()
				require.NoError(t, err)
				legMoney += m
				legCO2e += l.CO2eKg
			}
			// Handling and border fees are not legs: legs add up to at most
			// the total.
			assert.LessOrEqual(t, legMoney, money+0.01, name)
			assert.LessOrEqual(t, legCO2e, it.Totals.CO2eKg+0.01, name)
		}
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"unknown flag", []string{"-colour", "red"}, exitUsage, "flag provided but not defined: -colour"},
		{"stray argument", []string{"Chongqing"}, exitUsage, `unexpected argument "Chongqing"`},
		{"bad format", []string{"-format", "xml"}, exitUsage, `-format "xml"`},
		{"unknown origin", []string{"-from", "Atlantis", "-to", "Duisburg"}, exitUsage, `-from "Atlantis": unknown terminal`},
		{"unknown destination", []string{"-from", "CNCQI", "-to", "XXYYZ"}, exitUsage, `-to "XXYYZ": unknown terminal`},
		{"origin alone", []string{"-from", "Chongqing"}, exitUsage, "-from and -to go together"},
		{"bad containers", []string{"-containers", "2x99ZZ"}, exitUsage, "-containers"},
		{"negative tonnes", []string{"-tonnes", "-3"}, exitUsage, "-tonnes"},
		{"overweight", []string{"-containers", "1x20GP", "-tonnes", "90"}, exitUsage, "shipment"},
		{"bad value", []string{"-value", "lots"}, exitUsage, "-value"},
		{"one objective", []string{"-objectives", "money"}, exitUsage, "choose 2 to 4 objectives"},
		{"unknown objective", []string{"-objectives", "money,luck"}, exitUsage, `unknown objective "luck"`},
		{"bad mode", []string{"-modes", "rail,teleport"}, exitUsage, "-modes"},
		{"bad country", []string{"-avoid", "QQ"}, exitUsage, `"QQ" is not an ISO 3166-1 country code`},
		{"unknown avoided terminal", []string{"-avoid", "Gotham"}, exitUsage, `unknown terminal "Gotham"`},
		{"bad ready", []string{"-ready", "next week"}, exitUsage, "-ready"},
		{"bad today", []string{"-today", "2026-02-30"}, exitUsage, "-today"},
		{"bad currency", []string{"-currency", "XYZ1"}, exitUsage, "-currency"},
		{"rate missing", []string{"-currency", "VND"}, exitUsage, "cannot convert to VND"},
		{"rates file missing", []string{"-rates", "/nonexistent/rates.txt"}, exitUsage, "-rates"},
		{"same place twice", []string{"-today", today, "-from", "Chongqing", "-to", "CNCKG"}, exitUsage, "share terminal"},
		{"rates without CNY", []string{"-rates", writeTemp(t, "as_of 2024-06-28\nbase USD\nEUR 1.0705\n")}, exitUsage, "the network prices in CNY"},
		{"bad rates file", []string{"-rates", writeTemp(t, "EUR 1.07\n")}, exitUsage, "-rates"},
		{"no air to Bangkok", []string{"-today", today, "-from", "Kunming", "-to", "Bangkok", "-modes", "air"}, exitFail, "no route from Kunming to Bangkok"},
		{"overland avoiding Laos", []string{"-today", today, "-from", "Kunming", "-to", "Bangkok", "-modes", "rail,road", "-avoid", "LA"}, exitFail, "none satisfies the query's constraints"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assertOneLineError(t, tc.code, tc.msg, tc.args...)
		})
	}
}

func TestNoRouteDoesNotStopTheOthers(t *testing.T) {
	// Overland and avoiding Laos, Singapore and Bangkok are out of reach;
	// the other pairs still get their tables.
	code, out, errOut := runArgs(t, "-today", today, "-modes", "rail,road", "-avoid", "LA")
	assert.Equal(t, exitFail, code)
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	require.Len(t, lines, 2, errOut)
	assert.True(t, strings.HasPrefix(lines[0], "corridors: Chongqing → Singapore: route: no route"), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "corridors: Kunming → Bangkok: route: no route"), lines[1])
	assert.Contains(t, out, "Kunming → Bangkok — ready 2026-11-23 09:00 CST\n  no options: route: no route")
	sections := tableSections(out)
	for _, p := range flagship {
		if p.To != "Singapore" && p.To != "Bangkok" {
			assert.GreaterOrEqual(t, len(sections[pairTitle(p)]), 2, pairTitle(p))
		}
	}
}

func TestHelp(t *testing.T) {
	code, out, errOut := runArgs(t, "-h")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "-containers")
}

func TestNextMonday(t *testing.T) {
	sh, err := time.LoadLocation(shanghai)
	require.NoError(t, err)
	for _, tc := range []struct{ today, want string }{
		{"2026-11-21", "2026-11-23"}, // Saturday
		{"2026-11-22", "2026-11-23"}, // Sunday
		{"2026-11-23", "2026-11-30"}, // a Monday: the next one
		{"2026-12-30", "2027-01-04"}, // over the new year
	} {
		d, err := time.ParseInLocation(time.DateOnly, tc.today, sh)
		require.NoError(t, err)
		got := nextMonday(d, sh)
		assert.Equal(t, tc.want+" 09:00 CST", got.Format("2006-01-02 15:04 MST"), tc.today)
	}
}

func TestEmbeddedRates(t *testing.T) {
	r, err := loadRates("")
	require.NoError(t, err)
	assert.Equal(t, network.Currency("USD"), r.Base())
	// Every currency the network prices in converts into every currency of
	// the table, so -currency may name any of them.
	for _, to := range r.Currencies() {
		require.NoError(t, checkRates(westchina.Default(), r, to), to)
	}
	// 1 EUR = 1.0705 USD = 7.7748 CNY on the ECB's 2024-06-28 fixing.
	m, err := r.Convert(cost.Money{Minor: 100_00, Currency: "EUR"}, "CNY")
	require.NoError(t, err)
	assert.InDelta(t, 777.48, m.Major(), 0.01)
}

// term returns the default network's terminal id.
func term(t *testing.T, id string) *network.Terminal {
	t.Helper()
	tt, ok := westchina.Default().Terminal(id)
	require.True(t, ok, id)
	return tt
}

// viaSuez is Chongqing → Rotterdam by rail to Qinzhou, then sea through
// Singapore and the Suez Canal.
func viaSuez(t *testing.T) []legView {
	return []legView{
		{Mode: network.Rail, From: term(t, "CNCQI"), To: term(t, "CNQZH")},
		{Mode: network.Sea, From: term(t, "CNQZH"), To: term(t, "SGSIN")},
		{Mode: network.Sea, From: term(t, "SGSIN"), To: term(t, "EGSUZ")},
		{Mode: network.Sea, From: term(t, "EGSUZ"), To: term(t, "EGPSD")},
		{Mode: network.Sea, From: term(t, "EGPSD"), To: term(t, "NLRTM")},
	}
}

func TestSummary(t *testing.T) {
	legs := append(viaSuez(t), legView{Mode: network.InlandWater, From: term(t, "NLRTM"), To: term(t, "DEDUI")})
	assert.Equal(t, "rail CNCQI→Qinzhou, sea→Singapore→Suez→Rotterdam, barge→Duisburg", summary(legs))
	assert.Equal(t, "Łódź", shortName(term(t, "PLLOD")))
	assert.Equal(t, "Małaszewicze", shortName(term(t, "PLMAA")))
}

func TestSummaryStops(t *testing.T) {
	// The map's main places are the summary's: Suez, not Port Said.
	legs := viaSuez(t)
	var ids []string
	for _, st := range summaryStops(legs) {
		ids = append(ids, st.ID)
	}
	assert.Equal(t, []string{"CNCQI", "CNQZH", "SGSIN", "EGSUZ", "NLRTM"}, ids)
}

func TestModesLabel(t *testing.T) {
	// The modes of an itinerary's legs, repeats removed, as chart labels
	// and JSON name them.
	var it route.Itinerary
	for _, m := range []network.Mode{network.Rail, network.Sea, network.Sea, network.Sea, network.Sea, network.InlandWater} {
		it.Steps = append(it.Steps, route.Step{Kind: route.LegStep, Leg: &network.Leg{Mode: m}})
	}
	assert.Equal(t, "rail+sea+barge", modesLabel(it.Modes()))
}

func TestFormatMoney(t *testing.T) {
	for _, tc := range []struct {
		m    cost.Money
		want string
	}{
		{cost.Money{Minor: 1292000, Currency: "USD"}, "12,920.00"},
		{cost.Money{Minor: 10295205, Currency: "USD"}, "102,952.05"},
		{cost.Money{Minor: 5, Currency: "USD"}, "0.05"},
		{cost.Money{Minor: -123456789, Currency: "JPY"}, "-123,456,789"},
	} {
		assert.Equal(t, tc.want, formatMoney(tc.m))
	}
}

func TestOutFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	code, out, errOut := runArgs(t, "-today", today, "-from", "Chengdu", "-to", "Hanoi", "-format", "json", "-out", dir)
	require.Equal(t, exitOK, code, errOut)
	var rep struct {
		Pairs []struct {
			Itineraries []struct {
				Number int
				Legs   []struct{ Mode, From, To string }
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Pairs, 1)
	legs := 0
	for _, it := range rep.Pairs[0].Itineraries {
		legs += len(it.Legs)
	}

	b, err := os.ReadFile(filepath.Join(dir, "chengdu-hanoi.geojson"))
	require.NoError(t, err)
	fc, err := geojson.UnmarshalFeatureCollection(b)
	require.NoError(t, err)
	assert.Len(t, fc.Features, legs, "one feature per leg")
	n := westchina.Default()
	for i, f := range fc.Features {
		ls, ok := f.Geometry.(orb.LineString)
		require.True(t, ok, "feature %d is a %T", i, f.Geometry)
		require.Len(t, ls, 2)
		for _, key := range []string{"from", "to"} {
			term, ok := n.Terminal(f.Properties.MustString(key))
			require.True(t, ok, f.Properties.MustString(key))
			end := ls[0]
			if key == "to" {
				end = ls[1]
			}
			assert.Equal(t, term.Location, end, "RFC 7946 order: longitude, latitude")
		}
		for _, key := range []string{"itinerary", "mode", "service", "operator", "from_name", "to_name", "departure", "arrival", "money", "currency", "co2e_kg"} {
			assert.Contains(t, f.Properties, key, "feature %d", i)
		}
		_, err := time.Parse(time.RFC3339, f.Properties.MustString("departure"))
		assert.NoError(t, err)
	}

	svg, err := os.Open(filepath.Join(dir, "chengdu-hanoi-map.svg"))
	require.NoError(t, err)
	defer svg.Close()
	dec := xml.NewDecoder(svg)
	var root string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "the SVG parses as XML")
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	assert.Equal(t, "svg", root)

	for _, tc := range []struct {
		file          string
		w, minH, maxH int
	}{
		{"chengdu-hanoi-map.png", 1200, 400, 1400},
		{"chengdu-hanoi-front.png", 1200, 800, 800},
	} {
		f, err := os.Open(filepath.Join(dir, tc.file))
		require.NoError(t, err)
		img, err := png.Decode(f)
		f.Close()
		require.NoError(t, err, tc.file)
		b := img.Bounds()
		assert.Equal(t, tc.w, b.Dx(), tc.file)
		assert.GreaterOrEqual(t, b.Dy(), tc.minH, tc.file)
		assert.LessOrEqual(t, b.Dy(), tc.maxH, tc.file)
	}
}

func TestOutDirectoryNotWritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	code, _, errOut := runArgs(t, "-today", today, "-from", "Kunming", "-to", "Bangkok", "-out", filepath.Join(file, "sub"))
	assert.Equal(t, exitFail, code)
	assert.Equal(t, 1, strings.Count(errOut, "\n"), errOut)
	assert.Contains(t, errOut, "-out")
}

func TestSeaPath(t *testing.T) {
	n := westchina.Default()
	at := func(id string) orb.Point {
		term, ok := n.Terminal(id)
		require.True(t, ok, id)
		return term.Location
	}
	// Shanghai to Suez goes round by Singapore and Aden, not over Tibet.
	path := seaPath(at("CNSGH-YANGSHAN"), at("EGSUZ"))
	require.Greater(t, len(path), 5)
	assert.Equal(t, at("CNSGH-YANGSHAN"), path[0])
	assert.Equal(t, at("EGSUZ"), path[len(path)-1])
	for _, p := range path {
		assert.Less(t, p.Lat(), 32.0, "no point north of Suez: %v", p)
	}
	assert.True(t, slices.ContainsFunc(path, func(p orb.Point) bool { return p.Lon() > 100 && p.Lon() < 106 && p.Lat() < 3 }), "via Singapore")
	// A short hop stays straight.
	assert.Len(t, seaPath(at("EGSUZ"), at("EGPSD")), 2)
}

func TestSlug(t *testing.T) {
	assert.Equal(t, "chengdu-lodz", slug(pair{"Chengdu", "Łódź"}))
	assert.Equal(t, "chongqing-duisburg", slug(pair{"Chongqing", "Duisburg"}))
	assert.Equal(t, "cncqi-guoyuan-ho-chi-minh-city", slug(pair{"CNCQI-GUOYUAN", "Ho Chi Minh City"}))
	assert.Equal(t, "xi-an-liege", slug(pair{"Xi'an", "Liège"}))
}

// writeTemp writes text to a new file and returns its path.
func writeTemp(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rates.txt")
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	return path
}

func TestCurrencyAndValueOfTime(t *testing.T) {
	money := func(args ...string) float64 {
		t.Helper()
		code, out, errOut := runArgs(t, append([]string{"-today", today, "-from", "Chongqing", "-to", "Duisburg", "-modes", "rail", "-format", "json"}, args...)...)
		require.Equal(t, exitOK, code, errOut)
		var rep struct {
			Currency string
			Pairs    []struct {
				Itineraries []struct {
					Totals struct {
						Money struct {
							Amount   float64
							Currency string
						}
					}
				}
			}
		}
		require.NoError(t, json.Unmarshal([]byte(out), &rep))
		require.NotEmpty(t, rep.Pairs[0].Itineraries)
		m := rep.Pairs[0].Itineraries[0].Totals.Money
		require.Equal(t, rep.Currency, m.Currency)
		return m.Amount
	}
	usd := money()
	eur := money("-currency", "EUR")
	// 1 EUR = 1.0705 USD on the embedded table's date.
	assert.InDelta(t, usd/1.0705, eur, 1)
	// Two weeks of a 250,000 USD cargo at 10 % a year is worth about 1,000 USD.
	withValue := money("-value", "250000 USD")
	assert.Greater(t, withValue, usd+500)
	assert.Less(t, withValue, usd+2500)

	code, out, _ := runArgs(t, "-today", today, "-from", "Kunming", "-to", "Bangkok", "-currency", "CNY")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "money in CNY")
	assert.Contains(t, strings.Split(out, "\n")[3], "CNY")
}

// assertOneLineError runs the program with args and checks that it exits
// with code and prints one line to stderr, "corridors: …" holding msg, and
// no stack trace. It returns that line.
func assertOneLineError(t *testing.T, code int, msg string, args ...string) string {
	t.Helper()
	got, _, errOut := runArgs(t, args...)
	assert.Equal(t, code, got)
	assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
	assert.True(t, strings.HasPrefix(errOut, "corridors: "), errOut)
	assert.Contains(t, errOut, msg)
	assert.NotContains(t, errOut, "goroutine")
	return errOut
}
