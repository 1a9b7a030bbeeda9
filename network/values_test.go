package network

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want Amount
		err  bool
	}{
		{"9000", 9000 * Micro, false},
		{"2.655", 2_655_000, false},
		{"-1.5", -1_500_000, false},
		{"+7", 7 * Micro, false},
		{"0", 0, false},
		{"0.000001", 1, false},
		{".5", 500_000, false},
		{"5.", 5 * Micro, false},
		{"1.2500000000", 1_250_000, false}, // trailing zeros beyond six decimals are exact
		{"007", 7 * Micro, false},
		{"9223372036854.775807", math.MaxInt64, false},
		{"9223372036854.775808", 0, true},
		{"99999999999999999999", 0, true},
		{"0.0000001", 0, true},
		{"1.23456789", 0, true},
		{"1e3", 0, true},
		{"NaN", 0, true},
		{"Inf", 0, true},
		{"-Inf", 0, true},
		{"", 0, true},
		{"-", 0, true},
		{".", 0, true},
		{"1,5", 0, true},
		{" 1", 0, true},
		{"1.2.3", 0, true},
		{"0x10", 0, true},
		{"--1", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseAmount(tc.in)
			if tc.err {
				assert.ErrorIs(t, err, ErrInvalidValue)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestAmountString(t *testing.T) {
	tests := []struct {
		a    Amount
		want string
	}{
		{0, "0"}, {9000 * Micro, "9000"}, {2_655_000, "2.655"}, {-500_000, "-0.5"}, {1, "0.000001"},
		{math.MaxInt64, "9223372036854.775807"}, {math.MinInt64, "-9223372036854.775808"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.a.String())
			if tc.a != math.MinInt64 {
				back, err := ParseAmount(tc.a.String())
				require.NoError(t, err)
				assert.Equal(t, tc.a, back)
			}
		})
	}
	assert.InDelta(t, 2.655, Amount(2_655_000).MajorUnits(), 1e-12)
}

func TestFixed(t *testing.T) {
	for _, v := range []int64{0, 1, 5, 1250, 100_000, -7, -1250} {
		s := formatFixed(v, 2)
		back, err := parseFixed(s, 2)
		require.NoError(t, err, s)
		assert.Equal(t, v, back, s)
	}
	assert.Equal(t, "12.5", formatFixed(1250, 2))
	_, err := parseFixed("12.555", 2)
	assert.ErrorIs(t, err, ErrInvalidValue)
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
		err  bool
	}{
		{"16d", 16 * 24 * time.Hour, false},
		{"2d12h", 60 * time.Hour, false},
		{"26h", 26 * time.Hour, false},
		{"47m", 47 * time.Minute, false},
		{"1h30m", 90 * time.Minute, false},
		{" 3d ", 72 * time.Hour, false},
		{"0m", 0, false},
		{"0d", 0, false},
		{"400d", 400 * 24 * time.Hour, false},
		{"90s", 0, true},
		{"120s", 2 * time.Minute, false},
		{"401d", 0, true},
		{"399d25h", 0, true},
		{"-1d", 0, true},
		{"-5m", 0, true},
		{"1d-5h", 0, true},
		{"d", 0, true},
		{"1.5d", 0, true},
		{"5", 0, true},
		{"", 0, true},
		{"NaN", 0, true},
		{"Inf", 0, true},
		{"1d1d", 0, true},
		{"99999999999d", 0, true},
		{"2562047h", 0, true},
		{"9223372036854775807ns", 0, true},
		{"1w", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDuration(tc.in)
			if tc.err {
				assert.ErrorIs(t, err, ErrInvalidValue)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0m"}, {47 * time.Minute, "47m"}, {16 * 24 * time.Hour, "16d"}, {24*time.Hour + 2*time.Hour + 30*time.Minute, "1d2h30m"},
		{-time.Hour, "-1h"}, {90 * time.Second, "1m30s"}, {time.Hour, "1h"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, FormatDuration(tc.d))
			if tc.d >= 0 && tc.d%time.Minute == 0 {
				back, err := ParseDuration(FormatDuration(tc.d))
				require.NoError(t, err)
				assert.Equal(t, tc.d, back)
			}
		})
	}
}

func TestModes(t *testing.T) {
	for _, m := range Modes() {
		got, err := ParseMode(m.String())
		require.NoError(t, err)
		assert.Equal(t, m, got)
		text, err := m.MarshalText()
		require.NoError(t, err)
		var back Mode
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, m, back)
	}
	for in, want := range map[string]Mode{"Train": Rail, " truck ": Road, "OCEAN": Sea, "inland water": InlandWater, "barge": InlandWater, "air": Air} {
		got, err := ParseMode(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, bad := range []string{"", "ship", "rail road"} {
		_, err := ParseMode(bad)
		assert.ErrorIs(t, err, ErrUnknownMode, bad)
	}
	_, err := Mode(0).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownMode)
	var m Mode
	assert.ErrorIs(t, m.UnmarshalText([]byte("hover")), ErrUnknownMode)
	assert.Equal(t, "mode(9)", Mode(9).String())

	s, err := ParseModeSet("rail; road|sea,  air")
	require.NoError(t, err)
	assert.Equal(t, SetOf(Rail, Road, Sea, Air), s)
	assert.Equal(t, "rail,road,sea,air", s.String())
	assert.Equal(t, 4, s.Len())
	assert.False(t, s.Has(InlandWater))
	assert.False(t, s.Has(0))
	assert.Equal(t, s, s.With(0), "invalid modes are ignored")
	empty, err := ParseModeSet("")
	require.NoError(t, err)
	assert.Equal(t, ModeSet(0), empty)
	_, err = ParseModeSet("rail;jet")
	assert.ErrorIs(t, err, ErrUnknownMode)
}

func TestTerminalKinds(t *testing.T) {
	for k := RailTerminal; k <= Waypoint; k++ {
		got, err := ParseTerminalKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, got)
		text, err := k.MarshalText()
		require.NoError(t, err)
		var back TerminalKind
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, k, back)
	}
	_, err := TerminalKind(0).MarshalText()
	assert.ErrorIs(t, err, ErrInvalidValue)
	_, err = ParseTerminalKind("castle")
	assert.ErrorIs(t, err, ErrInvalidValue)
	got, err := ParseTerminalKind("Sea")
	require.NoError(t, err)
	assert.Equal(t, Seaport, got)
}

func TestCodes(t *testing.T) {
	for _, c := range []Currency{"CNY", "USD", "EUR", "KZT", "JPY", "KWD"} {
		assert.True(t, c.Valid(), c)
	}
	d, ok := Currency("JPY").MinorUnits()
	assert.True(t, ok)
	assert.Equal(t, 0, d)
	d, _ = Currency("KWD").MinorUnits()
	assert.Equal(t, 3, d)
	_, ok = Currency("RMB").MinorUnits()
	assert.False(t, ok)
	c, err := ParseCurrency(" cny ")
	require.NoError(t, err)
	assert.Equal(t, Currency("CNY"), c)
	_, err = ParseCurrency("XAU")
	assert.ErrorIs(t, err, ErrUnknownCurrency)

	assert.True(t, ValidCountry("KZ"))
	assert.False(t, ValidCountry("kz"))
	assert.False(t, ValidCountry("EU"))
	for code, ok := range map[string]bool{"CNCQI": true, "DEDUI": true, "KZDOS": true, "PLLOD": true, "CN2A9": true,
		"CNCQ1": false, "CN0QI": false, "XXCQI": false, "CNCQ": false, "CN CQI": false, "cncqi": false, "CNCQi": false} {
		err := CheckLOCODE(code)
		if ok {
			assert.NoError(t, err, code)
		} else {
			assert.ErrorIs(t, err, ErrInvalidLocode, code)
		}
	}

	spec, ok := ContainerType("40hc").Spec()
	assert.True(t, ok)
	assert.Equal(t, 200, spec.TEUx100)
	assert.Equal(t, ContainerType("45"), ContainerType("45HC").LengthClass())
	_, ok = ContainerType("40").Spec()
	assert.False(t, ok)
	types := ContainerTypes()
	types[0].Type = "changed"
	assert.Equal(t, ContainerType("20GP"), ContainerTypes()[0].Type, "ContainerTypes returns a copy")

	p := PriceTerms{Currency: "USD", PerContainer: []ContainerRate{{"40HC", 9000}, {"40", 8000}, {"20", 5000}}}
	for typ, want := range map[ContainerType]Amount{"40HC": 9000, "40GP": 8000, "20RF": 5000} {
		got, ok := p.ContainerPrice(typ)
		assert.True(t, ok, typ)
		assert.Equal(t, want, got, typ)
	}
	_, ok = p.ContainerPrice("45HC")
	assert.False(t, ok)
}
