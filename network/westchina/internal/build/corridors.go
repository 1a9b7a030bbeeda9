package build

import (
	"fmt"
	"math"
	"time"

	"github.com/corridor-go/corridor/network"
)

const day = 24 * time.Hour

// cnRail is a Chinese domestic container train priced per container-km.
func (g *gen) cnRail(from, to, service string, corridors []string, dur time.Duration, km float64, sched, backSched *network.Schedule, src []string, est ...string) {
	g.railLeg(ldef{from: from, to: to, service: service, operator: "China Railway", corridors: corridors,
		km: km, dur: dur, co2: co2RailCN, sched: sched, src: src, est: est},
		railTariff{"CNY", cnRailCNYPerKm, 0, "price = 4 CNY per FEU-km, 20' at 65 % (estimate from an assumed 5,000 CNY/FEU Chongqing–Qinzhou; no per-box tariff published, fares cut 20 % in 2017, S17, S21)"},
		backSched)
}

// foreignRail is a rail leg outside China priced in USD per container-km.
func (g *gen) foreignRail(from, to, service, operator string, corridors []string, dur time.Duration, km, usdPerKm, co2 float64, sched, backSched *network.Schedule, src []string, est ...string) {
	g.railLeg(ldef{from: from, to: to, service: service, operator: operator, corridors: corridors,
		km: km, dur: dur, co2: co2, sched: sched, src: src, est: est},
		railTariff{"USD", usdPerKm, 100, "price per FEU-km, 20' at 65 % (estimate; no tariff published)"},
		backSched)
}

// railTariff prices a rail leg per FEU-km, at least floor per FEU, the 20'
// box at 65 %; note is the estimate note that says so.
type railTariff struct {
	currency     string
	perKm, floor float64
	note         string
}

// railLeg adds a rail leg and its return priced by t. l gives everything
// but the mode and price; a zero l.km is estimated for the price (and
// noted) but left zero on the leg.
func (g *gen) railLeg(l ldef, t railTariff, backSched *network.Schedule) {
	d := l.km
	if d == 0 {
		d = g.estimateKm(rail, l.from, l.to)
		l.est = append(l.est, distEst)
	}
	p40 := math.Max(t.floor, math.Round(d*t.perKm/10)*10)
	l.mode = rail
	l.price = perBox(t.currency, math.Round(p40*0.65/10)*10, p40)
	l.est = append(l.est, t.note, co2Note)
	g.both(l, back{sched: backSched})
}

// ilstc adds the New International Land-Sea Trade Corridor: rail to the
// Beibu Gulf, feeder sailings to South-East Asia, rail and road to Vietnam.
func (g *gen) ilstc() {
	c := []string{"ILSTC"}
	railDur := func(from, to string) time.Duration { return days(g.estimateKm(rail, from, to) / ilstcKmPerDay) }
	speed := "duration = estimated km / 627 km/day, the speed of Chongqing–Qinzhou in 2 d (S17)"
	g.cnRail("CNCQI", "CNQZH", "ILSTC rail–sea train", c, 2*day, 0, cut(daily("09:00", "21:00"), 12*time.Hour), cut(daily("09:00", "21:00"), 12*time.Hour),
		[]string{"S17", "S18", "S19", "S20", "S21"}, "2 d (S17); over 1 M TEU a year on the corridor by 2025 (S20); 8,820 trips in 2022 ≈ 24 trains a day on all ILSTC routes (S18), so two departures a day from Chongqing (estimate), cut-off 12 h")
	g.cnRail("CNCDU", "CNQZH", "ILSTC rail–sea train", c, railDur("CNCDU", "CNQZH"), 0, cut(daily("10:00"), 12*time.Hour), cut(daily("10:00"), 12*time.Hour),
		[]string{"S17", "S18"}, speed, "daily departures (estimate), cut-off 12 h")
	g.cnRail("CNCQI", "CNNIN", "ILSTC China–Vietnam cross-border train", []string{"ILSTC", "CN-VIETNAM"}, railDur("CNCQI", "CNNIN"), 0,
		cut(weekly("tue 09:00", "fri 09:00"), day), cut(weekly("wed 09:00", "sat 09:00"), day), []string{"S17", "S28"}, speed, "twice a week (estimate)")
	g.cnRail("CNNIN", "CNPIN", "Nanning–Yen Vien block train", []string{"CN-VIETNAM"}, 5*time.Hour, 0,
		cut(daily("08:00"), 6*time.Hour), nil, []string{"S28"}, "5 h of the 14 h 30 min Nanning→Yen Vien of S28 (estimate split); daily (estimate)")
	g.foreignRail("CNPIN", "VNYEV", "Nanning–Yen Vien block train", "China Railway / Vietnam Railways", []string{"CN-VIETNAM"}, 5*time.Hour+30*time.Minute, 0, 1.0, co2RailMetre,
		nil, cut(daily("08:00"), 6*time.Hour), []string{"S28"}, "5 h 30 min, so that Nanning→Yen Vien sums to 14 h 30 min with 4 h at Pingxiang (S28); standard gauge runs through on the mixed-gauge line")
	// Kunming–Hekou–Lao Cai: break of gauge at Hekou North.
	g.cnRail("CNKNM", "CNHKM", "Kunming–Hekou freight train", []string{"CN-VIETNAM"}, 12*time.Hour, 0,
		cut(daily("08:00"), 12*time.Hour), nil, []string{"S46"}, "12 h (estimate), daily (estimate)")
	g.foreignRail("CNHKM", "VNLCA", "Hekou–Lao Cai metre-gauge transfer run", "Vietnam Railways", []string{"CN-VIETNAM"}, time.Hour, 0, 1.0, co2RailMetre,
		nil, nil, []string{"S46"}, "1 h across the border bridge (estimate)")
	g.foreignRail("VNLCA", "VNYEV", "Lao Cai–Hanoi metre-gauge freight", "Vietnam Railways", []string{"CN-VIETNAM"}, 12*time.Hour, 0, 1.0, co2RailMetre,
		cut(daily("07:00"), 6*time.Hour), cut(daily("07:00"), 6*time.Hour), nil, "12 h (estimate), daily (estimate)")
	g.foreignRail("VNLCA", "VNHPH", "Lao Cai–Hai Phong metre-gauge freight", "Vietnam Railways", []string{"CN-VIETNAM"}, 16*time.Hour, 0, 1.0, co2RailMetre,
		cut(daily("07:00"), 6*time.Hour), cut(daily("07:00"), 6*time.Hour), nil, "16 h (estimate), daily (estimate)")
	// Feeder rail to Kunming.
	g.cnRail("CNCQI", "CNKNM", "Chongqing–Kunming container train", []string{"CN-LAOS"}, railDur("CNCQI", "CNKNM"), 0,
		cut(daily("12:00"), 12*time.Hour), cut(daily("12:00"), 12*time.Hour), []string{"S17"}, speed, "daily (estimate)")
	g.cnRail("CNCDU", "CNKNM", "Chengdu–Kunming container train", []string{"CN-LAOS"}, railDur("CNCDU", "CNKNM"), 0,
		cut(daily("12:00"), 12*time.Hour), cut(daily("12:00"), 12*time.Hour), []string{"S17"}, speed, "daily (estimate)")

	// Sea from Qinzhou. Distances from sea_distances.csv (N4).
	feeder := func(from, to string, km float64, sched, backSched *network.Schedule, src ...string) {
		l := ldef{from: from, to: to, mode: sea, service: "ILSTC sea feeder", operator: "Beibu Gulf container lines",
			corridors: []string{"ILSTC"}, km: km, dur: days(km/seaKmPerDay + 1), price: feederRate(km),
			co2: co2Feeder, sched: sched, src: append([]string{"N4"}, src...),
			est: []string{sailNote + " plus 1 d in port", feederNote, co2Note}}
		g.both(l, back{sched: backSched})
	}
	three := func() *network.Schedule { return cut(weekly("tue 18:00", "thu 18:00", "sat 18:00"), 12*time.Hour) }
	two := func() *network.Schedule { return cut(weekly("mon 18:00", "thu 18:00"), 12*time.Hour) }
	one := func() *network.Schedule { return cut(weekly("wed 18:00"), 12*time.Hour) }
	feeder("CNQZH", "SGSIN", 2513, three(), three(), "S17")
	feeder("CNQZH", "MYPKG", 3028, two(), two(), "S23")
	feeder("CNQZH", "IDJKT", 3180, one(), one())
	feeder("CNQZH", "THLCH", 2509, two(), two())
	feeder("CNQZH", "VNCMT", 1536, two(), two())
	feeder("CNQZH", "VNCLI", 1558, one(), one())
	feeder("CNQZH", "VNHPH", 586, two(), two())
	feeder("CNSGH-YANGSHAN", "SGSIN", 4016, three(), three(), "S22")
}

// laos adds the China–Laos railway and its Thai metre-gauge continuation.
func (g *gen) laos() {
	c := []string{"CN-LAOS"}
	twice := func() *network.Schedule { return cut(daily("10:00", "22:00"), 6*time.Hour) }
	lmx := "Lancang–Mekong Express: Kunming→Vientiane in 26 h (S25), 1,035 km of which 422 km in Laos (S24); 2 pairs of cross-border trains a day at opening (S27)"
	g.cnRail("CNKNM", "CNMHN", "Lancang–Mekong Express (China–Laos Railway)", c, 10*time.Hour, 608, twice(), nil,
		[]string{"S24", "S25", "S27"}, lmx, "608 km = 1,035 − 422 − 5 km Mohan–Boten; 10 h so that the whole run sums to 26 h with 3 h dwell at each border (estimate split)")
	g.foreignRail("CNMHN", "LABTN", "Lancang–Mekong Express (China–Laos Railway)", "Laos–China Railway Company", c, 15*time.Minute, 5, 1.2, co2RailCN,
		nil, nil, []string{"S24", "S25"}, lmx, "5 km through the border (estimate)")
	g.foreignRail("LABTN", "LAVTE", "Lancang–Mekong Express (China–Laos Railway)", "Laos–China Railway Company", c, 9*time.Hour+45*time.Minute, 422, 1.2, co2RailCN,
		nil, twice(), []string{"S24", "S25", "S27"}, lmx, "9 h 45 min (estimate split of the 26 h); 1.2 USD per FEU-km (estimate, rail reported 30–40 % cheaper than road, S27 [low authority])")
	g.foreignRail("LAVTE", "LATHG", "Vientiane South–Thanaleng shuttle", "Laos–China Railway Company", c, 2*time.Hour, 0, 1.2, co2RailCN,
		nil, nil, []string{"S26"}, "2 h (estimate, so that Kunming→Bangkok sums to the 55 h of S26)")
	g.foreignRail("LATHG", "THNOK", "Thanaleng–Nong Khai metre-gauge shuttle", "State Railway of Thailand", c, time.Hour, 0, 1.0, co2RailMetre,
		nil, nil, []string{"S26"}, "1 h across the Friendship Bridge (estimate)")
	g.foreignRail("THNOK", "THBKK", "Nong Khai–Bangkok metre-gauge freight", "State Railway of Thailand", c, 10*time.Hour, 0, 1.0, co2RailMetre,
		cut(daily("08:00"), 6*time.Hour), cut(daily("08:00"), 6*time.Hour), []string{"S26"}, "10 h, so that Kunming→Bangkok sums to the 55 h of S26 (estimate split); daily (estimate)")
}

// yangtze adds the Chongqing–Shanghai barge line and the Rhine link.
func (g *gen) yangtze() {
	c := []string{"YANGTZE"}
	// Through rate Chongqing–Shanghai 3,500 CNY/FEU, 2,300 CNY/TEU over
	// about 2,400 river km (estimates), split per km.
	const fePerKm, teuPerKm = 3500.0 / 2400, 2300.0 / 2400
	up := back{durScale: 1.4, note: "upstream duration × 1.4 against the current (estimate)"}
	seg := func(from, to string, dur time.Duration, sched, backSched *network.Schedule, src []string, est ...string) {
		km := g.estimateKm(barge, from, to)
		l := ldef{from: from, to: to, mode: barge, service: "Chongqing–Shanghai Direct Express barge line", operator: "Yangtze container lines",
			corridors: c, dur: dur, price: perBox("CNY", math.Round(km*teuPerKm/10)*10, math.Round(km*fePerKm/10)*10), co2: co2Barge, sched: sched,
			src: append([]string{"S31", "S22"}, src...),
			est: append(est, distEst+" (1.6 for inland water; Chongqing–Shanghai ≈ 2,400 river km, unverified)",
				"price = 3,500 CNY/FEU, 2,300 CNY/TEU Chongqing–Shanghai split per km (estimate; no published rate retrieved)", co2Note)}
		b := up
		b.sched = backSched
		g.both(l, b)
	}
	twice := func() *network.Schedule { return cut(daily("08:00", "20:00"), 12*time.Hour) }
	total := "downstream durations sum to about 10.5 d, chosen so that Chongqing→Singapore via Shanghai sums to about 23 d (S22; the river–sea route to Duisburg takes nearly two months, S7)"
	seg("CNCQI-GUOYUAN", "CN-THREE-GORGES", 4*day+4*time.Hour, twice(), nil, []string{"S32", "S7"}, total,
		"about 1.7 d sailing plus 2.5 d queue at the Three Gorges locks, which have run at capacity since 2011 (S32; queue is an estimate)",
		"530 voyages in H1 2024 ≈ 3 a day (S31): two departures a day modelled")
	seg("CN-THREE-GORGES", "CNYCG", 6*time.Hour, nil, nil, nil, total, "6 h (estimate)")
	seg("CNYCG", "CNNHN", 2*day, nil, nil, nil, total, "2 d (estimate)")
	seg("CNNHN", "CNNJI", 2*day+12*time.Hour, nil, nil, nil, total, "2.5 d (estimate)")
	seg("CNNJI", "CNSGH-YANGSHAN", day+12*time.Hour, nil, twice(), nil, total, "1.5 d by river–sea vessel (estimate)")
	seg("CNNJI", "CNTAC", day, nil, twice(), nil, total, "1 d (estimate)")
	// Rhine: Rotterdam–Duisburg.
	l := ldef{from: "NLRTM", to: "DEDUI", mode: barge, service: "Rhine container barge", operator: "Rhine barge operators", corridors: []string{"RHINE"},
		dur: day + 12*time.Hour, price: perBox("EUR", 250, 350), sched: cut(daily("06:00"), 12*time.Hour),
		est: []string{distEst, "1.5 d upstream, 1 d downstream, 250/350 EUR per TEU/FEU, daily (all estimates)"}}
	g.both(l, back{sched: cut(daily("06:00"), 12*time.Hour), durScale: 2.0 / 3, note: "downstream"})
	lr := ldef{from: "NLRTM", to: "DEDUI", mode: rail, service: "Rotterdam–Duisburg shuttle train", operator: "European rail operators", corridors: []string{"RHINE"},
		dur: 18 * time.Hour, price: perBox("EUR", 350, 500), co2: co2RailEU, sched: cut(daily("20:00"), 8*time.Hour),
		est: []string{distEst, "18 h, 350/500 EUR per TEU/FEU, daily (all estimates)", co2Note}}
	g.both(lr, back{sched: cut(daily("20:00"), 8*time.Hour)})
	lp := ldef{from: "GRPIR", to: "HUBUD", mode: rail, service: "China–Europe Land–Sea Express train", operator: "European rail operators", corridors: []string{"LAND-SEA-EXPRESS"},
		dur: 3 * day, price: perBox("EUR", 1000, 1500), co2: co2RailEU, sched: cut(weekly("mon 10:00", "thu 10:00"), day),
		est: []string{distEst, "3 d, 1,000/1,500 EUR per TEU/FEU, twice a week (all estimates)", co2Note}}
	g.both(lp, back{sched: cut(weekly("tue 10:00", "fri 10:00"), day)})
}

// europe adds a few European intermodal rail links between the CRE
// terminals. The CRE legs west of Małaszewicze form a star, as the block
// trains run, so without these a box for Łódź that reaches Duisburg, or one
// from Piraeus for Hamburg, would ride east to Małaszewicze and back. The
// links are priced at the CRE's per-km rate (S10, S1), so that a direct
// link and the detour through Małaszewicze compare on the same basis;
// European domestic intermodal rates are probably higher. Every figure is
// an estimate: the distance is left to the library and the duration is km
// / 600 km/day, as on the CRE's EU legs.
func (g *gen) europe() {
	link := func(from, to, service string) {
		km := g.estimateKm(rail, from, to)
		l := ldef{from: from, to: to, mode: rail, service: service, operator: "European rail operators", corridors: []string{"EU-RAIL"},
			dur: days(km / euRailKmPerDay), price: creRate(km), co2: co2RailEU,
			sched: cut(weekly("mon 18:00", "wed 18:00", "fri 18:00"), 12*time.Hour), src: []string{"S10", "S1"},
			est: []string{distEst, "duration = km / 600 km/day (EU, estimate)",
				fmt.Sprintf("price = km × %.4f USD per FEU-km, the CRE rate (S10 over S1's 9,826 km), 20' at 60 %%; European domestic rates are probably higher (estimate)", creUSDPerFEUKm),
				"three departures a week each way, cut-off 12 h (estimate)", co2Note}}
		g.both(l, back{sched: cut(weekly("tue 18:00", "thu 18:00", "sat 18:00"), 12*time.Hour)})
	}
	link("DEDUI", "PLLOD", "Duisburg–Łódź intermodal train")
	link("DEHAM", "HUBUD", "Hamburg–Budapest intermodal train")
	link("DEDUI", "HUBUD", "Duisburg–Budapest intermodal train")
	link("DEHAM", "PLLOD", "Hamburg–Łódź intermodal train")
	link("HUBUD", "PLLOD", "Budapest–Łódź intermodal train")
}

// middle adds the Middle Corridor (Trans-Caspian International Transport
// Route) from the CRE at Altynkol: Kazakh rail to Aktau, the Caspian to
// Alat (Baku), Azerbaijani and Georgian rail to Poti, the Black Sea to
// Constanța and rail to Budapest, where the European links go on. Through
// trains from China (a daily Xi'an–Baku block train since July 2024, M3)
// leave Almaty without a schedule of their own; the sea legs and the
// Poti train have one. Durations are chosen so that the sums match the
// Kazakh ministry's 2024 figures from Altynkol: 9 d to Baku, 12 d to Poti,
// 20–22 d to Constanța (M1). Prices: rail at the CRE per-km rate (S10, S1),
// the Caspian and Black Sea at the ILSTC feeder formula; the World Bank
// put the whole route at about the price of the route via Russia (M5).
// The Baku–Tbilisi–Kars branch to Turkey is not modelled.
func (g *gen) middle() {
	c := []string{"MIDDLE"}
	// rail adds a rail leg and its return; km 0 leaves the distance to
	// the library, and the same estimate prices and times the leg.
	rail := func(from, to, service string, km float64, eu bool, sched, backSched *network.Schedule, src []string, est ...string) {
		d := km
		if d == 0 {
			d = g.estimateKm(network.Rail, from, to)
		}
		speed, co2, speedNote := b1520KmPerDay, float64(co2Rail1520), "duration = km / 1,000 km/day (1520 mm network, estimate)"
		if eu {
			speed, co2, speedNote = euRailKmPerDay, co2RailEU, "duration = km / 600 km/day (EU, estimate)"
		}
		l := ldef{from: from, to: to, mode: network.Rail, service: service, operator: "Middle Corridor rail operators", corridors: c,
			km: km, dur: days(d / speed), price: creRate(d), co2: co2,
			sched: sched, src: append([]string{"S10", "S1"}, src...),
			est: append([]string{speedNote,
				fmt.Sprintf("price = km × %.4f USD per FEU-km, the CRE rate (S10 over S1's 9,826 km), 20' at 60 %% (estimate)", creUSDPerFEUKm), co2Note}, est...)}
		g.both(l, back{sched: backSched})
	}
	ship := func(from, to, service string, km float64, dur time.Duration, sched *network.Schedule, src []string, est ...string) {
		l := ldef{from: from, to: to, mode: sea, service: service, operator: "Caspian and Black Sea container lines", corridors: c,
			km: km, dur: dur, price: feederRate(km), co2: co2Feeder, sched: sched, src: src,
			est: append([]string{feederNote, co2Note}, est...)}
		g.both(l, back{sched: sched})
	}
	// Khorgos–Aktau is 3,200 km in Kazakhstan (M4) less the modelled
	// Altynkol–Almaty leg.
	kzKm := 3200 - g.estimateKm(network.Rail, "KZHOR", "KZALA")
	rail("KZALA", "KZAAU", "Trans-Caspian block train (Kazakhstan)", math.Round(kzKm), false, nil, nil, []string{"M4", "M3", "M5", "M9"},
		"km = 3,200 km in Kazakhstan from Khorgos (M4) less the modelled Altynkol–Almaty leg", "no schedule: through trains from China (M3)",
		"context: 2,500–3,250 USD/FEU China→Europe on the whole route, about the price via Russia, and 18–23 d (World Bank via EY, M5); three times as long as via Russia, about as long as by sea (M9)")
	twice := func() *network.Schedule { return cut(weekly("mon 20:00", "thu 20:00"), 12*time.Hour) }
	ship("KZAAU", "AZALA", "Trans-Caspian container feeder Aktau–Alat", 450, 36*time.Hour, twice(), []string{"M1", "M6", "M10"},
		"450 km across the Caspian (M4 gives 420, other sources 500–508; estimate)",
		"36 h: 20–22 h sailing (M6) plus half a day of loading and port formalities (estimate); the crossing is the corridor's bottleneck (M10)",
		"two sailings a week, cut-off 12 h (estimate), so that Altynkol→Baku sums to about 9 d (M1)")
	rail("AZALA", "GEPTI", "Baku–Poti container block train", 0, false, cut(weekly("tue 10:00", "sat 10:00"), 12*time.Hour), cut(weekly("tue 10:00", "sat 10:00"), 12*time.Hour), []string{"M7", "M4", "M1"},
		"distance left to the library (great-circle × network.Circuity); M4 gives 430 km in Azerbaijan and 220 km in Georgia on the route to Turkey",
		"Tuesdays and Saturdays, within 34 h (M7, 2014); the modelled 1,000 km/day is faster, and the wait for the train makes up the 3 d Baku→Poti of M1")
	weekly1 := func() *network.Schedule { return cut(weekly("fri 18:00"), day) }
	ship("GEPTI", "RO-CONSTANTA", "Black Sea container feeder Poti–Constanța", 1150, 5*day, weekly1(), []string{"M8", "M1"},
		"1,150 km across the Black Sea (estimate; no published distance retrieved)",
		"5 d one way as planned for the Batumi–Constanța feeder (M8); weekly, cut-off 1 d (estimate), so that Altynkol→Constanța sums to about 20–22 d (M1)")
	rail("RO-CONSTANTA", "HUBUD", "Constanța–Budapest intermodal train", 0, true, cut(weekly("mon 18:00", "wed 18:00", "fri 18:00"), 12*time.Hour),
		cut(weekly("tue 18:00", "thu 18:00", "sat 18:00"), 12*time.Hour), nil,
		distEst, "three departures a week each way, cut-off 12 h (estimate)")
}
