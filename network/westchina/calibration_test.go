package westchina

import (
	"strings"
	"testing"
	"time"

	"github.com/corridor-go/corridor/network"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A route written as "CNCQI rail CNXIA rail CNLAZ …": terminal IDs
// alternating with mode words.
type route string

// handSum is what a forwarder would add up by hand along a route: leg
// durations, border dwell at every crossing reached, handling at every
// change of mode, and — for the scheduled figure — the cut-off plus the
// average wait (half the mean gap between weekly departures) of every
// scheduled leg.
type handSum struct {
	moving   time.Duration // legs + dwell + handling, schedules aside
	waiting  time.Duration // cut-offs + average waits
	usdPerFE float64       // price of one 40' with 10 t of cargo, USD
}

func (h handSum) days() float64          { return h.moving.Hours() / 24 }
func (h handSum) scheduledDays() float64 { return (h.moving + h.waiting).Hours() / 24 }

// usdPer converts a currency to USD for price ordering only (rough 2025
// rates; the cost package does real conversion).
var usdPer = map[network.Currency]float64{"USD": 1, "CNY": 1 / 7.2, "EUR": 1.08}

func price(t *testing.T, p network.PriceTerms) float64 {
	t.Helper()
	rate, ok := usdPer[p.Currency]
	require.True(t, ok, "currency %s", p.Currency)
	v := 0.0
	if a, ok := p.ContainerPrice("40HC"); ok {
		v += a.MajorUnits()
	}
	v += p.PerKg.MajorUnits()*10000 + p.PerTonne.MajorUnits()*10 + p.Fixed.MajorUnits()
	v = max(v, p.Minimum.MajorUnits())
	return v * rate
}

func sumRoute(t *testing.T, n *network.Network, r route) handSum {
	t.Helper()
	f := strings.Fields(string(r))
	require.True(t, len(f) >= 3 && len(f)%2 == 1, "route %q", r)
	var s handSum
	var prev network.Mode
	for i := 1; i < len(f); i += 2 {
		from, to := f[i-1], f[i+1]
		mode, err := network.ParseMode(f[i])
		require.NoError(t, err)
		var leg *network.Leg
		for l := range n.LegsFrom(from) {
			if l.To == to && l.Mode == mode {
				leg = l
				break
			}
		}
		require.NotNil(t, leg, "no %s leg %s→%s", mode, from, to)
		if prev != 0 && prev != mode {
			fi, _ := n.TerminalIndex(from)
			x, ok := n.TransferAt(fi, prev, mode)
			if ok {
				s.moving += x.Time
				s.usdPerFE += price(t, x.Charge)
			}
		}
		s.moving += leg.Duration
		s.usdPerFE += price(t, leg.Price)
		if sc := leg.Schedule; sc != nil && len(sc.Weekly) > 0 {
			s.waiting += sc.Cutoff + 7*24*time.Hour/time.Duration(len(sc.Weekly))/2
		}
		if tm, _ := n.Terminal(to); tm.Border != nil {
			s.moving += tm.Border.Dwell
		}
		prev = mode
	}
	return s
}

const (
	yuxinou    route = "CNCQI rail CNXIA rail CNLAZ rail CNULZ rail CNAKL rail KZDOS rail KZAST rail KZPPK rail RUMOW rail BYMSQ rail BYBQT rail PLMAA rail DEDUI"
	viaKhorgos route = "CNCQI rail CNXIA rail CNLAZ rail CNULZ rail CNHRS rail KZHOR rail KZALA rail KZAST rail KZPPK rail RUMOW rail BYMSQ rail BYBQT rail PLMAA rail DEDUI"
	viaErenhot route = "CNCQI rail CNXIA rail CNERC rail MNZUU rail MNULN rail RUNKI rail RUOVB rail RUYEK rail RUMOW rail BYMSQ rail BYBQT rail PLMAA rail DEDUI"
	viaMzl     route = "CNCQI rail CNXIA rail CNMLX rail RUZBK rail RUOVB rail RUYEK rail RUMOW rail BYMSQ rail BYBQT rail PLMAA rail DEDUI"
	chengduLod route = "CNCDU rail CNLAZ rail CNULZ rail CNAKL rail KZDOS rail KZAST rail KZPPK rail RUMOW rail BYMSQ rail BYBQT rail PLMAA rail PLLOD"
	ilstcSin   route = "CNCQI rail CNQZH sea SGSIN"
	yangtzeSin route = "CNCQI-GUOYUAN inland_water CN-THREE-GORGES inland_water CNYCG inland_water CNNHN inland_water CNNJI inland_water CNSGH-YANGSHAN sea SGSIN"
	kmgVte     route = "CNKNM rail CNMHN rail LABTN rail LAVTE"
	kmgBkk     route = "CNKNM rail CNMHN rail LABTN rail LAVTE rail LATHG rail THNOK rail THBKK"
	nnYenVien  route = "CNNIN rail CNPIN rail VNYEV"
	shaRtmSuez route = "CNSGH-YANGSHAN sea EGSUZ sea EGPSD sea NLRTM"
	shaRtmCape route = "CNSGH-YANGSHAN sea ZA-CAPE sea NLRTM"
	seaDui     route = "CNCQI road CNCQI-GUOYUAN inland_water CN-THREE-GORGES inland_water CNYCG inland_water CNNHN inland_water CNNJI inland_water CNSGH-YANGSHAN sea EGSUZ sea EGPSD sea NLRTM inland_water DEDUI"
	airDui     route = "CNCQI road CNCKG air BELGG road DEDUI"
	airHubDui  route = "CNCDU road CNCTU air CNPVG air NLAMS-AMS road DEDUI"
)

// TestCalibration sums named routes by hand and checks them against the
// published end-to-end figures.
func TestCalibration(t *testing.T) {
	n := load(t)
	for _, c := range []struct {
		name     string
		r        route
		min, max float64 // days, schedules included
		src      string
	}{
		{"Chongqing→Duisburg via Alashankou", yuxinou, 13, 18, "S5: about 16 d"},
		{"Chongqing→Duisburg via Khorgos", viaKhorgos, 13, 18, "S5"},
		{"Chongqing→Duisburg via Erenhot", viaErenhot, 13, 19, "S5, S9"},
		{"Chongqing→Duisburg via Manzhouli", viaMzl, 13, 20, "S5, S9"},
		{"Chengdu→Łódź", chengduLod, 12, 15, "S1, S4: 12–15 d"},
		{"Chongqing→Singapore rail+sea", ilstcSin, 7, 10, "S17: 7–8 d"},
		{"Chongqing→Singapore by Yangtze+sea", yangtzeSin, 20, 26, "S22: about 23 d"},
		{"Shanghai→Rotterdam via Suez", shaRtmSuez, 24, 35, "S33–S35: 24–31 d sailing"},
		{"Shanghai→Rotterdam via the Cape", shaRtmCape, 34, 45, "S16: Cape adds about 10 d"},
		{"Chongqing→Duisburg by river and sea", seaDui, 40, 60, "S7: nearly two months"},
		{"Chongqing→Duisburg by air (direct)", airDui, 1, 4, "1–4 d door to door"},
		{"Chengdu→Duisburg by air via Pudong", airHubDui, 1, 4, "1–4 d door to door"},
	} {
		s := sumRoute(t, n, c.r)
		assert.True(t, s.scheduledDays() >= c.min && s.scheduledDays() <= c.max,
			"%s: %.1f d moving + %.1f d waiting = %.1f d, want %v–%v d (%s)",
			c.name, s.days(), s.waiting.Hours()/24, s.scheduledDays(), c.min, c.max, c.src)
	}
	// Hour-exact runs, schedules aside.
	for _, c := range []struct {
		name string
		r    route
		want time.Duration
		src  string
	}{
		{"Kunming→Vientiane", kmgVte, 26 * time.Hour, "S25"},
		{"Kunming→Bangkok", kmgBkk, 55 * time.Hour, "S26"},
		{"Nanning→Yen Vien", nnYenVien, 14*time.Hour + 30*time.Minute, "S28"},
	} {
		assert.Equal(t, c.want, sumRoute(t, n, c.r).moving, "%s (%s)", c.name, c.src)
	}
	// The Cape adds about ten days to Suez (S16).
	suez, cape := sumRoute(t, n, shaRtmSuez), sumRoute(t, n, shaRtmCape)
	assert.InDelta(t, 10, cape.days()-suez.days(), 2)
	// Rail+sea saves about 16 days against the Yangtze (S22).
	assert.InDelta(t, 16, sumRoute(t, n, yangtzeSin).scheduledDays()-sumRoute(t, n, ilstcSin).scheduledDays(), 4)
}

// TestPriceOrder checks that, per 40' container of 10 t from Chongqing to
// Duisburg, air ≫ rail > sea, and that the faster mode is never also the
// cheaper one, so each mode can sit on the Pareto front.
func TestPriceOrder(t *testing.T) {
	n := load(t)
	rail, sea, air := sumRoute(t, n, yuxinou), sumRoute(t, n, seaDui), sumRoute(t, n, airDui)
	assert.Greater(t, air.usdPerFE, 3*rail.usdPerFE, "air ≫ rail")
	assert.Greater(t, rail.usdPerFE, sea.usdPerFE, "rail > sea")
	assert.Less(t, air.scheduledDays(), rail.scheduledDays())
	assert.Less(t, rail.scheduledDays(), sea.scheduledDays())
	// Chengdu–Łódź lands inside the 2025 China→Eastern Europe range (S10).
	cd := sumRoute(t, n, chengduLod)
	assert.InDelta(t, 5675, cd.usdPerFE, 425+300)
}

// TestCalibrationTable prints the hand-summed table with -v.
func TestCalibrationTable(t *testing.T) {
	n := load(t)
	for _, r := range []struct {
		name string
		r    route
	}{
		{"CQ→Duisburg via Alashankou", yuxinou}, {"CQ→Duisburg via Khorgos", viaKhorgos}, {"CQ→Duisburg via Erenhot", viaErenhot},
		{"CQ→Duisburg via Manzhouli", viaMzl}, {"Chengdu→Łódź", chengduLod}, {"CQ→Singapore rail+sea", ilstcSin},
		{"CQ→Singapore Yangtze+sea", yangtzeSin}, {"Shanghai→Rotterdam Suez", shaRtmSuez}, {"Shanghai→Rotterdam Cape", shaRtmCape},
		{"CQ→Duisburg river+sea", seaDui}, {"CQ→Duisburg air direct", airDui}, {"Chengdu→Duisburg air via PVG", airHubDui},
		{"Kunming→Vientiane", kmgVte}, {"Kunming→Bangkok", kmgBkk}, {"Nanning→Yen Vien", nnYenVien},
	} {
		s := sumRoute(t, n, r.r)
		t.Logf("%-32s %6.2f d moving %6.2f d with schedules %9.0f USD/FEU", r.name, s.days(), s.scheduledDays(), s.usdPerFE)
	}
}
