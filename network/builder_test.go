package network

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func validTerminal(id string) Terminal {
	return Terminal{ID: id, Name: "T " + id, Country: "CN", Kind: RailTerminal, Modes: SetOf(Rail, Road),
		Location: orb.Point{104, 30}, TimeZone: "Asia/Shanghai"}
}

func validLeg() Leg {
	return Leg{ID: "L1", From: "CNCTU", To: "CNCQI", Mode: Rail, DistanceKm: 300, Duration: 8 * time.Hour,
		Price: PriceTerms{Currency: "CNY", PerContainer: []ContainerRate{{"40", 3000 * Micro}}}}
}

// buildWith builds a network of two terminals (CNCTU, CNCQI) and one leg
// after letting edit change the records.
func buildWith(edit func(ts []Terminal, l *Leg) ([]Terminal, []Leg)) (*Network, error) {
	ts := []Terminal{validTerminal("CNCTU"), validTerminal("CNCQI")}
	ts[1].Location = orb.Point{106.5, 29.5}
	l := validLeg()
	terms, legs := edit(ts, &l)
	b := NewBuilder("test")
	b.AddSource(Source{ID: "S1"})
	for _, t := range terms {
		b.AddTerminal(t)
	}
	for _, l := range legs {
		b.AddLeg(l)
	}
	return b.Build()
}

func TestBuildErrors(t *testing.T) {
	leg := func(f func(l *Leg)) func([]Terminal, *Leg) ([]Terminal, []Leg) {
		return func(ts []Terminal, l *Leg) ([]Terminal, []Leg) { f(l); return ts, []Leg{*l} }
	}
	term := func(f func(t *Terminal)) func([]Terminal, *Leg) ([]Terminal, []Leg) {
		return func(ts []Terminal, l *Leg) ([]Terminal, []Leg) { f(&ts[1]); return ts, []Leg{*l} }
	}
	tests := []struct {
		name  string
		edit  func([]Terminal, *Leg) ([]Terminal, []Leg)
		want  error
		where string // substring naming the record and field
	}{
		{"duplicate terminal", func(ts []Terminal, l *Leg) ([]Terminal, []Leg) { return append(ts, ts[0]), []Leg{*l} }, ErrDuplicateID, `terminal "CNCTU" id`},
		{"unknown terminal", leg(func(l *Leg) { l.To = "CNXXX" }), ErrUnknownTerminal, `leg "L1" to`},
		{"no origin", leg(func(l *Leg) { l.From = "" }), ErrMissingValue, `leg "L1" from`},
		{"self-loop", leg(func(l *Leg) { l.To = l.From }), ErrSelfLoop, `leg "L1" to`},
		{"negative distance", leg(func(l *Leg) { l.DistanceKm = -1 }), ErrInvalidValue, `leg "L1" distance`},
		{"NaN distance", leg(func(l *Leg) { l.DistanceKm = math.NaN() }), ErrInvalidValue, `leg "L1" distance`},
		{"infinite distance", leg(func(l *Leg) { l.DistanceKm = math.Inf(1) }), ErrInvalidValue, `leg "L1" distance`},
		{"absurd distance", leg(func(l *Leg) { l.DistanceKm = 70000 }), ErrInvalidValue, `leg "L1" distance`},
		{"missing distance at one point", func(ts []Terminal, l *Leg) ([]Terminal, []Leg) {
			ts[1].Location = ts[0].Location
			l.DistanceKm = 0
			return ts, []Leg{*l}
		}, ErrMissingValue, `leg "L1" distance`},
		{"missing duration", leg(func(l *Leg) { l.Duration = 0 }), ErrMissingValue, `leg "L1" duration`},
		{"negative duration", leg(func(l *Leg) { l.Duration = -time.Hour }), ErrInvalidValue, `leg "L1" duration`},
		{"duration over 400 days", leg(func(l *Leg) { l.Duration = 401 * 24 * time.Hour }), ErrInvalidValue, `leg "L1" duration`},
		{"duration in seconds", leg(func(l *Leg) { l.Duration = time.Hour + time.Second }), ErrInvalidValue, `leg "L1" duration`},
		{"missing price", leg(func(l *Leg) { l.Price = PriceTerms{} }), ErrMissingValue, `leg "L1" price`},
		{"missing currency", leg(func(l *Leg) { l.Price.Currency = "" }), ErrMissingValue, `leg "L1" price.currency`},
		{"unknown currency", leg(func(l *Leg) { l.Price.Currency = "RMB" }), ErrUnknownCurrency, `leg "L1" price.currency`},
		{"lower-case currency", leg(func(l *Leg) { l.Price.Currency = "cny" }), ErrUnknownCurrency, `leg "L1" price.currency`},
		{"negative price", leg(func(l *Leg) { l.Price.Fixed = -1 }), ErrInvalidValue, `leg "L1" price.fixed`},
		{"negative container price", leg(func(l *Leg) { l.Price.PerContainer[0].Price = -1 }), ErrInvalidValue, `leg "L1" price.per_container.40`},
		{"two prices for a type", leg(func(l *Leg) { l.Price.PerContainer = append(l.Price.PerContainer, l.Price.PerContainer[0]) }), ErrDuplicateID, `leg "L1" price.per_container`},
		{"lower-case container type", leg(func(l *Leg) { l.Price.PerContainer[0].Type = "40hc" }), ErrInvalidValue, `leg "L1" price.per_container`},
		{"unnamed surcharge", leg(func(l *Leg) { l.Price.Surcharges = []Surcharge{{" ", 100}} }), ErrMissingValue, `leg "L1" price.surcharges`},
		{"surcharge over 1000%", leg(func(l *Leg) { l.Price.Surcharges = []Surcharge{{"war", 100_001}} }), ErrInvalidValue, `leg "L1" price.surcharges.war`},
		{"NaN emissions", leg(func(l *Leg) { l.CO2ePerTonneKm = math.NaN() }), ErrInvalidValue, `leg "L1" co2e_g_per_tkm`},
		{"negative emissions", leg(func(l *Leg) { l.CO2ePerTonneKm = -1 }), ErrInvalidValue, `leg "L1" co2e_g_per_tkm`},
		{"infinite weight limit", leg(func(l *Leg) { l.MaxTonnes = math.Inf(1) }), ErrInvalidValue, `leg "L1" max_tonnes`},
		{"negative TEU limit", leg(func(l *Leg) { l.MaxTEU = -1 }), ErrInvalidValue, `leg "L1" max_teu`},
		{"no mode", leg(func(l *Leg) { l.Mode = 0 }), ErrMissingValue, `leg "L1" mode`},
		{"unknown mode", leg(func(l *Leg) { l.Mode = 9 }), ErrUnknownMode, `leg "L1" mode`},
		{"mode not handled", leg(func(l *Leg) { l.Mode = Air }), ErrModeNotHandled, `leg "L1" mode`},
		{"invalid leg ID", leg(func(l *Leg) { l.ID = "L 1" }), ErrInvalidValue, `leg "L 1" id`},
		{"unnamed leg", leg(func(l *Leg) { l.ID = ""; l.Duration = 0 }), ErrMissingValue, `leg "CNCTU→CNCQI (rail)" duration`},
		{"unknown source", leg(func(l *Leg) { l.Sources = []string{"S2"} }), ErrUnknownSource, `leg "L1" sources`},
		{"empty schedule", leg(func(l *Leg) { l.Schedule = &Schedule{} }), ErrInvalidSchedule, `leg "L1" schedule`},
		{"weekday out of range", leg(func(l *Leg) { l.Schedule = &Schedule{Weekly: []WeeklyDeparture{{7, 0}}} }), ErrInvalidSchedule, `leg "L1" schedule.weekly`},
		{"minute out of range", leg(func(l *Leg) { l.Schedule = &Schedule{Weekly: []WeeklyDeparture{{1, 1440}}} }), ErrInvalidSchedule, `leg "L1" schedule.weekly`},
		{"zero dated departure", leg(func(l *Leg) { l.Schedule = &Schedule{Dated: []time.Time{{}}} }), ErrInvalidSchedule, `leg "L1" schedule.dated`},
		{"negative cutoff", leg(func(l *Leg) {
			l.Schedule = &Schedule{Weekly: []WeeklyDeparture{{1, 0}}, Cutoff: -time.Hour}
		}), ErrInvalidValue, `leg "L1" schedule.cutoff`},
		{"impossible validity date", leg(func(l *Leg) {
			l.Schedule = &Schedule{Weekly: []WeeklyDeparture{{1, 0}}, ValidFrom: Date{2026, 2, 29}}
		}), ErrInvalidSchedule, `leg "L1" schedule.valid`},
		{"weekly without zone", func(ts []Terminal, l *Leg) ([]Terminal, []Leg) {
			ts[0].TimeZone = ""
			l.Schedule = &Schedule{Weekly: []WeeklyDeparture{{1, 0}}}
			return ts, []Leg{*l}
		}, ErrInvalidSchedule, `leg "L1" schedule`},
		{"invalid zone", term(func(t *Terminal) { t.TimeZone = "Asia/Chongqing " }), ErrInvalidTimeZone, `terminal "CNCQI" time_zone`},
		{"latitude out of range", term(func(t *Terminal) { t.Location[1] = -90.5 }), ErrInvalidLocation, `terminal "CNCQI" location`},
		{"longitude out of range", term(func(t *Terminal) { t.Location[0] = 180.01 }), ErrInvalidLocation, `terminal "CNCQI" location`},
		{"NaN latitude", term(func(t *Terminal) { t.Location[1] = math.NaN() }), ErrInvalidLocation, `terminal "CNCQI" location`},
		{"infinite longitude", term(func(t *Terminal) { t.Location[0] = math.Inf(-1) }), ErrInvalidLocation, `terminal "CNCQI" location`},
		{"malformed LOCODE ID", term(func(t *Terminal) { t.ID = "CNCQ1" }), ErrInvalidLocode, `terminal "CNCQ1" id`},
		{"LOCODE ID of unknown country", term(func(t *Terminal) { t.ID = "QQCQI" }), ErrInvalidLocode, `terminal "QQCQI" id`},
		{"malformed locode field", term(func(t *Terminal) { t.LOCODE = "cncqi" }), ErrInvalidLocode, `terminal "CNCQI" locode`},
		{"empty ID", term(func(t *Terminal) { t.ID = "" }), ErrMissingValue, `terminal id`},
		{"long ID", term(func(t *Terminal) { t.ID = strings.Repeat("x", 65) }), ErrInvalidValue, `id`},
		{"empty name", term(func(t *Terminal) { t.Name = " " }), ErrMissingValue, `terminal "CNCQI" name`},
		{"lower-case country", term(func(t *Terminal) { t.Country = "cn" }), ErrInvalidValue, `terminal "CNCQI" country`},
		{"no kind", term(func(t *Terminal) { t.Kind = 0 }), ErrMissingValue, `terminal "CNCQI" kind`},
		{"no modes", term(func(t *Terminal) { t.Modes = 0 }), ErrMissingValue, `terminal "CNCQI" modes`},
		{"unknown mode bits", term(func(t *Terminal) { t.Modes = 1 }), ErrUnknownMode, `terminal "CNCQI" modes`},
		{"empty alias", term(func(t *Terminal) { t.Aliases = []string{""} }), ErrInvalidValue, `terminal "CNCQI" aliases`},
		{"negative dwell", term(func(t *Terminal) { t.CustomsDwell = -time.Minute }), ErrInvalidValue, `terminal "CNCQI" customs_dwell`},
		{"border on rail terminal", term(func(t *Terminal) { t.Border = &Border{} }), ErrInvalidValue, `terminal "CNCQI" border`},
		{"border across itself", term(func(t *Terminal) { t.Kind = BorderCrossing; t.Border = &Border{Across: "CNCQI"} }), ErrInvalidValue, `terminal "CNCQI" border.across`},
		{"border fee currency", term(func(t *Terminal) {
			t.Kind = BorderCrossing
			t.Border = &Border{Fee: PriceTerms{Currency: "XXX", Fixed: 1}}
		}), ErrUnknownCurrency, `terminal "CNCQI" border.fee.currency`},
		{"transfer same mode", term(func(t *Terminal) { t.Transfers = []Transfer{{From: Rail, To: Rail}} }), ErrInvalidValue, `terminal "CNCQI" transfers rail→rail to`},
		{"transfer twice", term(func(t *Terminal) { t.Transfers = []Transfer{{From: Rail, To: Road}, {From: Rail, To: Road}} }), ErrDuplicateID, `terminal "CNCQI" transfers`},
		{"transfer unknown source", term(func(t *Terminal) {
			t.Transfers = []Transfer{{From: Rail, To: Road, Provenance: Provenance{Sources: []string{"S9"}}}}
		}), ErrUnknownSource, `terminal "CNCQI" sources`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := buildWith(tc.edit)
			require.Error(t, err)
			assert.Nil(t, n)
			assert.ErrorIs(t, err, tc.want)
			var re *RecordError
			require.ErrorAs(t, err, &re)
			assert.Contains(t, err.Error(), tc.where)
		})
	}
}

func TestBuildReportsAll(t *testing.T) {
	b := NewBuilder("two problems")
	b.AddTerminal(validTerminal("CNCTU"))
	b.AddTerminalAt(Loc{File: "t.csv", Line: 3}, validTerminal("CNCTU"))
	l := validLeg()
	l.To = "CNXXX"
	b.AddLegAt(Loc{File: "l.csv", Line: 7}, l)
	_, err := b.Build()
	require.Error(t, err)
	errs := unjoin(err)
	require.Len(t, errs, 2)
	assert.ErrorIs(t, errs[0], ErrDuplicateID)
	assert.Equal(t, `t.csv:3: terminal "CNCTU" id: network: duplicate ID`, errs[0].Error())
	assert.ErrorIs(t, errs[1], ErrUnknownTerminal)
	assert.Equal(t, `l.csv:7: leg "L1" to: network: unknown terminal "CNXXX"`, errs[1].Error())

	var re *RecordError
	require.True(t, errors.As(errs[1], &re))
	assert.Equal(t, RecordError{Loc: Loc{File: "l.csv", Line: 7}, Record: "leg", ID: "L1", Field: "to", Err: re.Err}, *re)
}

func TestBuildSourcesAndTransfers(t *testing.T) {
	b := NewBuilder("")
	b.AddSource(Source{ID: "S1"})
	b.AddSource(Source{ID: "S1"})
	b.AddSource(Source{ID: " "})
	b.AddTransfer(Transfer{From: Road, To: Rail})
	b.AddTransfer(Transfer{From: Road, To: Rail})
	b.AddTransfer(Transfer{From: 0, To: Rail, Time: -time.Hour})
	_, err := b.Build()
	require.Error(t, err)
	msg := err.Error()
	assert.ErrorIs(t, err, ErrDuplicateID)
	assert.ErrorIs(t, err, ErrMissingValue)
	assert.ErrorIs(t, err, ErrUnknownMode)
	assert.Contains(t, msg, `source "S1" id: network: duplicate ID`)
	assert.Contains(t, msg, `transfer "road→rail": network: duplicate ID`)
	assert.Contains(t, msg, `transfer "mode(0)→rail" time`)
	assert.Len(t, unjoin(err), 5)
}

// TestBuildCopies checks that a built network does not share slices with
// the records given to the Builder, and that the Builder can be reused.
func TestBuildCopies(t *testing.T) {
	b := NewBuilder("copies")
	term := validTerminal("CNCTU")
	term.Aliases = []string{"Chengdu"}
	b.AddTerminal(term)
	b.AddTerminal(validTerminal("CNCQI"))
	l := validLeg()
	l.Corridor = []string{"ILSTC"}
	b.AddLeg(l)
	n, err := b.Build()
	require.NoError(t, err)
	term.Aliases[0] = "changed"
	l.Corridor[0] = "changed"
	l.Price.PerContainer[0].Price = 1
	got, _ := n.Terminal("CNCTU")
	assert.Equal(t, []string{"Chengdu"}, got.Aliases)
	assert.Equal(t, []string{"ILSTC"}, n.LegAt(0).Corridor)
	assert.Equal(t, Amount(3000*Micro), n.LegAt(0).Price.PerContainer[0].Price)

	b.SetName("again")
	n2, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, "again", n2.Name())
	assert.Equal(t, "copies", n.Name())
}

func TestZeroBuilder(t *testing.T) {
	var b Builder
	n, err := b.Build()
	require.NoError(t, err)
	assert.Equal(t, 0, n.NumTerminals())
	assert.Empty(t, n.Place("x"))
	assert.Empty(t, n.Nearest(nil, orb.Point{0, 0}, 3, 0))
	assert.Equal(t, 0, n.Compact().NumTerminals())
}

func TestEstimateDistance(t *testing.T) {
	a, b := orb.Point{104.07, 30.67}, orb.Point{106.55, 29.56} // Chengdu, Chongqing: ≈ 268 km great-circle
	rail := EstimateDistanceKm(Rail, a, b)
	assert.InDelta(t, 268*1.4, rail, 5)
	assert.InDelta(t, rail/1.4+AirDistanceUpliftKm, EstimateDistanceKm(Air, a, b), 1e-9)
	assert.InDelta(t, rail/1.4, EstimateDistanceKm(0, a, b), 1e-9, "an invalid mode gets the great-circle distance")
}

func TestRecordErrorString(t *testing.T) {
	tests := []struct {
		err  RecordError
		want string
	}{
		{RecordError{Record: "leg", ID: "L1", Field: "duration", Err: ErrMissingValue}, `leg "L1" duration: network: missing value`},
		{RecordError{Loc: Loc{File: "legs.csv", Line: 4}, Record: "leg", Err: ErrMissingValue}, `legs.csv:4: leg: network: missing value`},
		{RecordError{Loc: Loc{File: "net.geojson", Index: 3}, Record: "terminal", ID: "A", Err: ErrInvalidLocation}, `net.geojson: record 3: terminal "A": network: invalid location`},
		{RecordError{Loc: Loc{Index: 3}, Record: "terminal", Err: ErrInvalidLocation}, `record 3: terminal: network: invalid location`},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.err.Error())
			assert.ErrorIs(t, &tc.err, tc.err.Err)
		})
	}
}

func TestBuilderTerminalTransferAndBorder(t *testing.T) {
	b := &Builder{} // the zero Builder
	loc := Loc{File: "x.csv", Line: 4}
	x := Transfer{From: Road, To: Rail, Time: 6 * time.Hour}

	err := b.AddTerminalTransferAt(loc, "KZDOS", x)
	var re *RecordError
	require.ErrorAs(t, err, &re)
	assert.ErrorIs(t, err, ErrUnknownTerminal)
	assert.Equal(t, "terminal", re.Field)
	assert.Equal(t, `x.csv:4: border "KZDOS" terminal: network: unknown terminal "KZDOS"`, AtRecord(err, loc, "border", "KZDOS").Error())
	assert.ErrorIs(t, b.SetBorderAt(loc, "KZDOS", Border{}), ErrUnknownTerminal, "looked up when called, not at Build")

	dos := validTerminal("KZDOS")
	dos.Kind, dos.Country, dos.TimeZone = BorderCrossing, "KZ", "Asia/Almaty"
	caller := make([]Transfer, 1, 4) // spare capacity AddTerminalTransferAt must not write into
	caller[0] = Transfer{From: Rail, To: Road, Time: time.Hour}
	dos.Transfers = caller
	b.AddTerminalAt(loc, dos)
	second := dos
	second.Name = "second"
	b.AddTerminalAt(loc, second) // a duplicate: the first one added gets the rules

	require.NoError(t, b.AddTerminalTransferAt(loc, "KZDOS", x))
	assert.Equal(t, Transfer{}, caller[:2][1], "the caller's spare capacity is untouched")
	require.NoError(t, b.SetBorderAt(loc, "KZDOS", Border{Dwell: 48 * time.Hour}))
	err = b.SetBorderAt(loc, "KZDOS", Border{Dwell: time.Hour})
	assert.ErrorIs(t, err, ErrDuplicateID)
	assert.Equal(t, `x.csv:4: border "KZDOS" terminal: network: duplicate ID: second border row for "KZDOS"`, AtRecord(err, loc, "border", "KZDOS").Error())

	assert.Equal(t, []Transfer{caller[0], x}, b.terminals[0].Transfers)
	assert.Equal(t, &Border{Dwell: 48 * time.Hour}, b.terminals[0].Border)
	assert.Len(t, b.terminals[1].Transfers, 1)
	assert.Nil(t, b.terminals[1].Border)
}

func TestBuilderTerminalRulesBuild(t *testing.T) {
	b := NewBuilder("test")
	dos := validTerminal("KZDOS")
	dos.Kind, dos.Country, dos.TimeZone = BorderCrossing, "KZ", "Asia/Almaty"
	b.AddTerminal(dos)
	x := Transfer{From: Road, To: Rail, Time: 6 * time.Hour}
	require.NoError(t, b.AddTerminalTransferAt(Loc{}, "KZDOS", x))
	require.NoError(t, b.SetBorderAt(Loc{}, "KZDOS", Border{Dwell: 48 * time.Hour, GaugeFrom: 1520, GaugeTo: 1435}))
	n, err := b.Build()
	require.NoError(t, err)
	got, ok := n.Terminal("KZDOS")
	require.True(t, ok)
	assert.Equal(t, []Transfer{x}, got.Transfers)
	require.NotNil(t, got.Border)
	assert.Equal(t, 48*time.Hour, got.Border.Dwell)
}
