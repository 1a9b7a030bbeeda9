// Package build turns the tables in this directory — sources, terminals,
// corridors — into the default Western China network. The gen command
// writes its output to westchina.json, and the westchina package's tests
// check that the committed file is exactly what Network builds, so that the
// tables and the file cannot drift apart.
package build

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/corridor-go/corridor/network"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// Name is the network's name.
const Name = "Western China multimodal corridors (corridor default network)"

type gen struct {
	b *network.Builder
	t map[string]tdef
}

// tableError reports a mistake in the tables (an unknown terminal, a bad
// weekday); the helpers panic with it and Network recovers it.
type tableError struct{ err error }

func fail(format string, args ...any) { panic(tableError{fmt.Errorf(format, args...)}) }

// Network builds the network from the tables.
func Network() (n *network.Network, err error) {
	defer func() {
		if r := recover(); r != nil {
			te, ok := r.(tableError)
			if !ok {
				panic(r)
			}
			n, err = nil, fmt.Errorf("westchina tables: %w", te.err)
		}
	}()
	g := &gen{b: network.NewBuilder(Name), t: map[string]tdef{}}
	for _, s := range sources {
		g.b.AddSource(s)
	}
	for _, x := range transfers() {
		g.b.AddTransfer(x)
	}
	for _, td := range terminals {
		g.t[td.id] = td
		g.b.AddTerminal(td.terminal())
	}
	g.cre()
	g.ilstc()
	g.laos()
	g.yangtze()
	g.europe()
	g.middle()
	g.deepSea()
	g.air()
	g.roads()
	return g.b.Build()
}

// JSON builds the network and returns it in the canonical JSON format.
func JSON() ([]byte, error) {
	n, err := Network()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := network.WriteJSON(&buf, n); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (td tdef) terminal() network.Terminal {
	kind, err := network.ParseTerminalKind(td.kind)
	if err != nil {
		fail("%w", err)
	}
	modes, err := network.ParseModeSet(td.modes)
	if err != nil {
		fail("%w", err)
	}
	var src []string
	if td.src != "" {
		src = append(src, td.src)
	}
	src = append(src, td.more...)
	est := td.est
	if td.src == "" && !strings.Contains(est, "estimate") {
		fail("%s: coordinate without a source must say it is an estimate", td.id)
	}
	return network.Terminal{ID: td.id, Name: td.name, Country: td.cc, Location: orb.Point{td.lon, td.lat}, Kind: kind,
		Modes: modes, TimeZone: td.tz, LOCODE: td.locode, Aliases: td.aliases, Border: td.border,
		Provenance: network.Provenance{Sources: src, Estimate: est}}
}

func (g *gen) point(id string) orb.Point {
	td, ok := g.t[id]
	if !ok {
		fail("unknown terminal %s", id)
	}
	return orb.Point{td.lon, td.lat}
}

func (g *gen) gcKm(a, b string) float64 { return geo.Distance(g.point(a), g.point(b)) / 1000 }

func (g *gen) estimateKm(m network.Mode, a, b string) float64 {
	return network.EstimateDistanceKm(m, g.point(a), g.point(b))
}

func transfers() []network.Transfer {
	const est = "handling time and terminal handling charge are planning values (estimates): container THC 50–150 USD, air handling 150 USD/t; no published tariff retrieved; " + box45Note
	box := func(from, to network.Mode, hours int, p20, p40 float64) network.Transfer {
		return network.Transfer{From: from, To: to, Time: h(hours), Charge: perBox("USD", p20, p40), Provenance: network.Provenance{Estimate: est}}
	}
	air := func(from, to network.Mode, hours int, perTonne float64) network.Transfer {
		return network.Transfer{From: from, To: to, Time: h(hours),
			Charge:     network.PriceTerms{Currency: "USD", PerTonne: usd(perTonne)},
			Provenance: network.Provenance{Estimate: est}}
	}
	var xs []network.Transfer
	pair := func(a, b network.Mode, hours int, p20, p40 float64) {
		xs = append(xs, box(a, b, hours, p20, p40), box(b, a, hours, p20, p40))
	}
	pair(road, rail, 8, 50, 75)
	pair(rail, sea, 12, 90, 135)
	pair(road, sea, 12, 100, 150)
	pair(barge, sea, 48, 80, 120) // includes waiting for the mother vessel at Shanghai (S22 sums to 23 d)
	pair(road, barge, 12, 60, 90)
	pair(rail, barge, 12, 60, 90)
	xs = append(xs, air(road, flight, 12, 150), air(flight, road, 12, 150))
	return xs
}

// chainKm sums great-circle km along a chain of terminals.
func (g *gen) chainKm(ids ...string) float64 {
	s := 0.0
	for i := 1; i < len(ids); i++ {
		s += g.gcKm(ids[i-1], ids[i])
	}
	return s
}

// cre adds the China Railway Express network: a shared trunk of through
// block-train legs, scheduled only where trains are formed.
func (g *gen) cre() {
	// Circuity chosen so that the modelled Yuxinou chain sums to the
	// official 11,179 km (S5).
	yuxinou := []string{"CNCQI", "CNXIA", "CNLAZ", "CNULZ", "CNAKL", "KZDOS", "KZAST", "KZPPK", "RUMOW", "BYMSQ", "BYBQT", "PLMAA", "DEDUI"}
	k := 11179 / g.chainKm(yuxinou...)
	distNote := fmt.Sprintf("rail km = great-circle × %.3f, the circuity that makes the modelled Chongqing–Duisburg chain sum to the official 11,179 km (S5)", k)
	priceNote := fmt.Sprintf("price = km × %.4f USD per FEU-km (midpoint of 5,250–6,100 USD/FEU China→Eastern Europe in 2025, S10 [low authority], over Chengdu–Łódź 9,826 km, S1), 20' at 60 %% (estimate); border fees included", creUSDPerFEUKm)
	type region int
	const (
		cn region = iota
		b1520
		eu
		cross
	)
	origin := func() *network.Schedule { return cut(daily("10:00"), day) }
	euOrigin := func() *network.Schedule { return cut(weekly("mon 12:00", "wed 12:00", "fri 12:00"), day) }
	trunk := func(from, to string, r region, sched *network.Schedule, backSched *network.Schedule, src ...string) {
		km := g.gcKm(from, to) * k
		var speed, co2 float64
		var speedNote, l0src string
		switch r {
		case cn:
			speed, co2, speedNote = cnRailKmPerDay, co2RailCN, "duration = km / 1,000 km/day (China, estimate)"
		case b1520:
			l0src = "E5"
			speed, co2, speedNote = b1520KmPerDay, co2Rail1520, "duration = km / 1,000 km/day (1520 mm network, estimate)"
		case eu:
			l0src = "E5"
			speed, co2, speedNote = euRailKmPerDay, co2RailEU, "duration = km / 600 km/day (EU, estimate)"
		case cross:
			speed, co2, speedNote = 0, co2Rail1520, "2 h transfer run across the border (estimate)"
		}
		dur := days(km / speed)
		if r == cross {
			dur = h(2)
		}
		l := ldef{from: from, to: to, mode: rail, service: "China Railway Express block train", operator: "China Railway Express",
			corridors: []string{"CRE"}, km: km, dur: dur, price: creRate(km), co2: co2, sched: sched,
			src: append([]string{"S5", "S1", "S10"}, src...), est: []string{distNote, speedNote, priceNote, co2Note}}
		if l0src != "" {
			l.src = append(l.src, l0src)
		}
		if sched != nil {
			l.src = append(l.src, "S2", "S3", "S8", "S9", "S11", "S12")
			l.est = append(l.est, "context: 9,000 USD/FEU on Yuxinou in 2012 (S8), 6,000–8,600 USD/FEU China→EU in Dec 2020 (S11 [low authority]), rail at a fifth of the air cost (S3), China→Poland 13–15 d and →Germany 18–21 d in 2024 (S9), 430,000 TEU in 2023 (S12)")
			l.est = append(l.est, "departures: trains are formed here; >5,000 trains a year from Chengdu and Chongqing (S13) ≈ daily per route, cut-off 1 d (estimate)")
		} else {
			l.est = append(l.est, "no schedule: the block train runs through from its origin")
		}
		bk := back{sched: backSched, note: "eastbound rates are often lower than westbound; same rate kept (estimate)"}
		if backSched != nil {
			bk.note += "; eastbound trains formed here 3 times a week (estimate; S2 reports 2 a week each way in 2016)"
		}
		g.both(l, bk)
	}
	// China
	trunk("CNCQI", "CNXIA", cn, origin(), nil, "S6", "S13")
	trunk("CNCDU", "CNLAZ", cn, origin(), nil, "S13")
	trunk("CNCDU", "CNXIA", cn, cut(daily("16:00"), day), nil, "S13")
	trunk("CNXIA", "CNLAZ", cn, nil, nil)
	trunk("CNLAZ", "CNULZ", cn, nil, nil)
	trunk("CNULZ", "CNAKL", cn, nil, nil)
	trunk("CNULZ", "CNHRS", cn, nil, nil)
	trunk("CNXIA", "CNERC", cn, nil, nil)
	trunk("CNXIA", "CNMLX", cn, nil, nil, "S15")
	// Border runs
	trunk("CNAKL", "KZDOS", cross, nil, nil, "S45")
	trunk("CNHRS", "KZHOR", cross, nil, nil, "S14")
	trunk("CNERC", "MNZUU", cross, nil, nil)
	trunk("CNMLX", "RUZBK", cross, nil, nil, "S15")
	trunk("BYBQT", "PLMAA", cross, nil, nil, "S16b")
	// 1520 mm network
	trunk("KZDOS", "KZAST", b1520, nil, nil)
	trunk("KZHOR", "KZALA", b1520, nil, nil)
	trunk("KZALA", "KZAST", b1520, nil, nil)
	trunk("KZAST", "KZPPK", b1520, nil, nil)
	trunk("KZPPK", "RUMOW", b1520, nil, nil)
	trunk("MNZUU", "MNULN", b1520, nil, nil)
	trunk("MNULN", "RUNKI", b1520, nil, nil)
	trunk("RUNKI", "RUOVB", b1520, nil, nil)
	trunk("RUZBK", "RUOVB", b1520, nil, nil)
	trunk("RUOVB", "RUYEK", b1520, nil, nil)
	trunk("RUYEK", "RUMOW", b1520, nil, nil)
	trunk("RUMOW", "BYMSQ", b1520, nil, nil)
	trunk("BYMSQ", "BYBQT", b1520, nil, nil)
	// EU
	trunk("PLMAA", "PLLOD", eu, nil, euOrigin(), "S4")
	trunk("PLMAA", "PLWAW", eu, nil, euOrigin())
	trunk("PLMAA", "DEDUI", eu, nil, euOrigin())
	trunk("PLMAA", "DEHAM", eu, nil, euOrigin(), "S4")
	trunk("PLMAA", "HUBUD", eu, nil, euOrigin())
	trunk("PLMAA", "NLTLB", eu, nil, euOrigin())
}
