package build

import (
	"math"
	"time"

	"github.com/corridor-go/corridor/network"
)

// deepSea adds Asia–Europe mainline sailings from Shanghai Yangshan (and
// Singapore) through the Suez Canal or round the Cape of Good Hope, split at
// waypoints so that a query can avoid Suez.
func (g *gen) deepSea() {
	const (
		transshipUSDPerFEU = 150
		suezRate           = 4375.0 / 19520 // USD per FEU-km: Drewry WCI Shanghai→Rotterdam 9 Jan 2025 (S35) over 19,520 km (N4)
		capeRate           = 4375.0 / 25669 // same rate over the Cape distance (N4)
	)
	derived := "sea km derived by difference from sea_distances.csv (N4): Yangshan→Rotterdam 19,520 km via Suez = Yangshan→Suez + 193 km canal (N5) + Port Said→Rotterdam, with Port Said→Piraeus ≈ 1,110 km (estimate) against Yangshan→Piraeus 14,499 km (N4)"
	capeDerived := "sea km split at the Cape: Yangshan→Rotterdam 25,669 km via the Cape (N4) with Cape→Rotterdam ≈ 11,149 km (estimate: great-circle × 1.15 round West Africa); other Cape legs by difference (N4)"
	priceNote := "price = Drewry WCI Shanghai→Rotterdam 4,375 USD/FEU of 9 Jan 2025 (S35; 3,577 on 4 Jan 2024, S33; 4,157 on 26 Sep 2024, S34) split per km; 20' at 55 % (estimate). In January 2025 most carriers sailed via the Cape; the same market rate is used for both routings, so the Cape only wins when Suez is avoided"
	backNote := back{priceScale: 0.25, note: "eastbound backhaul at 25 % of the westbound rate (estimate; no eastbound index figure retrieved)"}
	main := func(from, to string, km, kmPerDay, rate float64, extra time.Duration, sched, backSched *network.Schedule, src []string, est ...string) {
		p40 := math.Round(km * rate)
		if from == "SGSIN" {
			// The network has no rule for a change of vessel (sea→sea),
			// so the transshipment charge rides on the onward leg.
			p40 += transshipUSDPerFEU
			est = append(est, "includes 150 USD/FEU transshipment handling at Singapore (estimate; a sea→sea transfer rule cannot be expressed)")
		}
		l := ldef{from: from, to: to, mode: sea, service: "Asia–North Europe mainline service", operator: "ocean carriers",
			corridors: []string{"YANGTZE", "ASIA-EUROPE-SEA"}, km: km, dur: days(km/kmPerDay) + extra,
			price: perBox("USD", math.Round(p40*teuShareSea), p40), sched: sched, src: append([]string{"N4", "S35", "S33", "S34"}, src...),
			est: append(est, priceNote)}
		b := backNote
		b.sched = backSched
		g.both(l, b)
	}
	three := func(clock string) *network.Schedule {
		return cut(weekly("mon "+clock, "wed "+clock, "sat "+clock), day)
	}
	sail := sailNote + "; mainline loops leave Shanghai several times a week, 3 departures modelled (estimate)"
	// Via Suez.
	main("CNSGH-YANGSHAN", "EGSUZ", 13196, seaKmPerDay, suezRate, 0, three("20:00"), nil, nil, derived, sail)
	main("SGSIN", "EGSUZ", 9207, seaKmPerDay, suezRate, 0, cut(weekly("sun 20:00"), day), nil, []string{"S22"}, derived+"; Singapore→Suez = Singapore→Rotterdam 15,531 km (N4) − 193 − Port Said→Rotterdam", sailNote+"; weekly (estimate)")
	main("EGSUZ", "EGPSD", 193, seaKmPerDay, suezRate, day-6*time.Hour, nil, nil, []string{"N5"}, "193 km canal (N5); 1 d transit including the convoy wait (estimate)")
	main("EGPSD", "NLRTM", 6131, seaKmPerDay, suezRate, 0, nil, three("16:00"), []string{"S16"}, derived, sailNote)
	main("EGPSD", "DEHAM", 6599, seaKmPerDay, suezRate, 0, nil, three("16:00"), nil, derived+"; Port Said→Hamburg = 19,988 km (N4) − Yangshan→Suez − 193", sailNote)
	main("EGPSD", "BEANR", 6111, seaKmPerDay, suezRate, 0, nil, three("16:00"), nil, derived+"; Port Said→Antwerp = 19,500 km (N4) − Yangshan→Suez − 193", sailNote)
	main("EGPSD", "GRPIR", 1110, seaKmPerDay, suezRate, 0, nil, three("16:00"), nil, "Port Said→Piraeus ≈ 1,110 km (estimate)", sailNote)
	// Via the Cape.
	capeSail := "sailing time = km / 660 km/day, calibrated so that the Cape routing adds about 10 d to Suez (S16)"
	main("CNSGH-YANGSHAN", "ZA-CAPE", 14520, capeKmPerDay, capeRate, 0, three("22:00"), nil, []string{"S16"}, capeDerived, capeSail)
	main("ZA-CAPE", "NLRTM", 11149, capeKmPerDay, capeRate, 0, nil, three("18:00"), []string{"S16"}, capeDerived, capeSail)
	main("ZA-CAPE", "DEHAM", 11617, capeKmPerDay, capeRate, 0, nil, three("18:00"), []string{"S16"}, capeDerived+"; Cape→Hamburg = 26,137 km (N4) − 14,520", capeSail)
	main("ZA-CAPE", "BEANR", 11129, capeKmPerDay, capeRate, 0, nil, three("18:00"), []string{"S16"}, capeDerived+"; Cape→Antwerp ≈ Cape→Rotterdam − 20 km (estimate)", capeSail)
}

// air adds freighter and belly services from Chengdu and Chongqing to
// Frankfurt, Liège and Amsterdam, direct and via Shanghai Pudong.
func (g *gen) air() {
	c := []string{"AIR"}
	fly := func(from, to, service string, price network.PriceTerms, cutoff time.Duration, sched, backSched *network.Schedule, src []string, est ...string) {
		km := g.estimateKm(flight, from, to)
		hours := math.Round((km/800+1)*2) / 2
		l := ldef{from: from, to: to, mode: flight, service: service, operator: "air cargo carriers", corridors: c,
			dur: time.Duration(hours * float64(time.Hour)), price: price, sched: cut(sched, cutoff), src: src,
			est: append(est, "distance = great-circle + 95 km (left to the library)", "block time = km / 800 km/h + 1 h (estimate)")}
		// Rates out of Europe to China are lower than into Europe;
		// domestic feeders cost the same both ways.
		b := back{sched: cut(backSched, cutoff)}
		if to != "CNPVG" {
			b.priceScale, b.note = 0.4, "Europe→China at 40 % of the China→Europe rate (estimate)"
		}
		g.both(l, b)
	}
	direct := perKg("USD", 4.00, 150)
	directNote := "4.00 USD/kg, the top of the 2.65–4 USD/kg China→Europe range (S37) for a direct freighter from western China (estimate); minimum 150 USD (estimate)"
	fly("CNCKG", "BELGG", "Chongqing–Liège scheduled freighter", direct, 6*time.Hour,
		weekly("tue 02:00", "thu 02:00", "sat 02:00"), weekly("mon 14:00", "wed 14:00", "fri 14:00"), []string{"S39", "S37"}, directNote, "3 a week (estimate)")
	fly("CNCKG", "DEFRA", "Chongqing–Frankfurt freighter", direct, 6*time.Hour,
		weekly("mon 03:00", "fri 03:00"), weekly("sun 14:00", "thu 14:00"), []string{"S40", "S37"}, directNote, "2 a week (estimate)")
	fly("CNCDU-TFU", "DEFRA", "Chengdu Tianfu–Frankfurt freighter", direct, 6*time.Hour,
		weekly("tue 01:00", "thu 01:00", "sun 01:00"), weekly("mon 15:00", "wed 15:00", "sat 15:00"), []string{"S37", "S41"}, directNote, "3 a week (estimate; S41 reports 3 a week Chengdu–Europe in 2011)")
	dom := perKg("CNY", 2.50, 100)
	domNote := "domestic feeder to the Pudong hub, 2.50 CNY/kg, minimum 100 CNY, two flights a day (all estimates)"
	for _, from := range []string{"CNCTU", "CNCDU-TFU", "CNCKG"} {
		fly(from, "CNPVG", "domestic feeder to the Shanghai hub", dom, 3*time.Hour, daily("08:00", "20:00"), daily("09:00", "21:00"), nil, domNote)
	}
	hub := perKg("USD", 4.64, 150)
	hubNote := "4.64 USD/kg, TAC index Shanghai→Europe of 20 Nov 2023 (S36); minimum 150 USD (estimate); cut-off 6 h covers the connection at Pudong"
	fly("CNPVG", "DEFRA", "Shanghai–Frankfurt freighter", hub, 6*time.Hour, daily("01:30"), daily("13:30"), []string{"S36"}, hubNote, "daily (estimate)")
	fly("CNPVG", "NLAMS-AMS", "Shanghai–Amsterdam freighter", hub, 6*time.Hour, daily("02:00"), daily("14:00"), []string{"S36"}, hubNote, "daily (estimate)")
	fly("CNPVG", "BELGG", "Shanghai–Liège freighter", hub, 6*time.Hour,
		weekly("mon 03:00", "tue 03:00", "thu 03:00", "fri 03:00", "sat 03:00"), weekly("sun 15:00", "mon 15:00", "wed 15:00", "thu 15:00", "fri 15:00"), []string{"S36"}, hubNote, "5 a week (estimate)")
}

// roads adds feeder trucking to terminals and airports, cross-border
// trucking to Vietnam and Laos, and European on-carriage.
func (g *gen) roads() {
	cn := func(a, b string, km float64, corr string, src ...string) {
		g.truck(a, b, km, "CNY", cnTruckCNYPerKm, "container trucking", []string{corr}, src...)
	}
	se := func(a, b string, corr string, src ...string) {
		g.truck(a, b, 0, "USD", seTruckUSDPerKm, "cross-border container trucking", []string{corr}, src...)
	}
	eu := func(a, b string) {
		g.truck(a, b, 0, "EUR", euTruckEURPerKm, "European on-carriage trucking", []string{"EU-ROAD"})
	}
	cn("CNCDU", "CNCQI", 251, "ROAD", "S42", "S43")
	cn("CNCDU", "CNCTU", 0, "ROAD")
	cn("CNCDU", "CNCDU-TFU", 0, "ROAD")
	cn("CNCQI", "CNCKG", 0, "ROAD")
	cn("CNCQI", "CNCQI-GUOYUAN", 0, "ROAD")
	cn("CNCDU", "CNCQI-GUOYUAN", 0, "ROAD")
	cn("CNCQI", "CNKNM", 0, "ROAD", "S44")
	cn("CNCDU", "CNKNM", 0, "ROAD")
	cn("CNCQI", "CNYYG", 0, "CN-VIETNAM", "S44", "S30")
	cn("CNKNM", "CNHKM", 0, "CN-VIETNAM")
	cn("CNKNM", "CNMHN", 0, "CN-LAOS")
	cn("CNNIN", "CNQZH", 0, "ILSTC")
	se("CNYYG", "VNHAN", "CN-VIETNAM", "S30")
	se("CNHKM", "VNLCA", "CN-VIETNAM")
	se("VNLCA", "VNHAN", "CN-VIETNAM")
	se("CNMHN", "LABTN", "CN-LAOS", "S44")
	se("LABTN", "LAVTE", "CN-LAOS", "S44")
	se("LAVTE", "LATHG", "CN-LAOS")
	se("VNYEV", "VNHAN", "CN-VIETNAM")
	se("VNHPH", "VNHAN", "CN-VIETNAM")
	se("THBKK", "THLCH", "CN-LAOS")
	for _, p := range [][2]string{
		{"DEDUI", "DECGN"}, {"DEDUI", "DEDTM"}, {"DEDUI", "NLVEN"}, {"DEHAM", "DEBER"}, {"PLLOD", "PLWAW"}, {"PLLOD", "DEBER"},
		{"NLRTM", "DEDUI"}, {"NLRTM", "NLVEN"}, {"NLRTM", "NLTLB"}, {"BEANR", "DEDUI"}, {"HUBUD", "CZPRG"},
		{"DEFRA", "DECGN"}, {"DEFRA", "DEMUC"}, {"DEFRA", "DEDUI"}, {"BELGG", "DEDUI"}, {"BELGG", "DECGN"},
		{"NLAMS-AMS", "NLRTM"}, {"NLAMS-AMS", "DEDUI"}, {"DEFRA", "DEBER"},
	} {
		eu(p[0], p[1])
	}
}
