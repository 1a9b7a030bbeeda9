// Package westchina embeds the default network of the corridor library: the
// freight corridors out of Chengdu and Chongqing, with every figure either
// tied to a dated source or labelled as an estimate that says how it was
// derived. Nothing is read from disk: Default returns the network built
// from the embedded westchina.json.
//
//	n := westchina.Default()
//	for _, i := range n.Place("Chongqing") { … } // rail terminal, river port, airport
//
// # Coverage
//
// The network holds 82 terminals and 274 directed legs (every service both
// ways), citing 77 sources:
//
//   - China Railway Express: Chengdu (Qingbaijiang, CNCDU) and Chongqing
//     (Tuanjiecun, CNCQI) via Xi'an, Lanzhou and Urumqi to the four
//     break-of-gauge crossings — Alashankou–Dostyk and Horgos–Altynkol
//     (Kazakhstan), Erenhot–Zamyn-Uud (Mongolia, central route) and
//     Manzhouli–Zabaikalsk (eastern route) — then across Kazakhstan, Russia
//     and Belarus to Brest–Małaszewicze, and on to Łódź, Warsaw, Duisburg,
//     Hamburg, Budapest and Tilburg.
//   - Middle Corridor (Trans-Caspian): from the CRE at Khorgos–Altynkol by
//     Kazakh rail to Aktau, the Caspian to Alat (Baku), rail to Poti, the
//     Black Sea to Constanța and rail to Budapest; timed to the Kazakh
//     ministry's 2024 figures (9 d Altynkol→Baku, 12 d to Poti, 20–22 d to
//     Constanța). The Baku–Tbilisi–Kars branch to Turkey is not modelled.
//   - New International Land-Sea Trade Corridor: Chongqing and Chengdu by
//     rail to Qinzhou, feeder sailings to Singapore, Port Klang, Jakarta,
//     Laem Chabang, Hai Phong, Cat Lai and Cai Mep; rail to Hanoi (Yen Vien)
//     via Nanning and Pingxiang–Dong Dang and via Kunming and Hekou–Lao Cai
//     (1435 ↔ 1000 mm); trucking via Youyiguan and Hekou.
//   - China–Laos railway: Kunming–Mohan–Boten–Vientiane, then Thanaleng
//     (1435 ↔ 1000 mm) and Nong Khai to Bangkok; trucking alongside.
//   - Yangtze: Chongqing Guoyuan by barge through the Three Gorges locks to
//     Yichang, Wuhan, Nanjing, Taicang and Shanghai Yangshan; deep-sea from
//     Yangshan (and Singapore) to Piraeus, Antwerp, Rotterdam and Hamburg
//     through the Suez Canal (waypoints EGSUZ, EGPSD) or round the Cape of
//     Good Hope (waypoint ZA-CAPE); Rhine barge and rail Rotterdam–Duisburg;
//     the Land–Sea Express train Piraeus–Budapest; European intermodal rail
//     between Duisburg, Hamburg, Budapest and Łódź.
//   - Air: Chongqing Jiangbei to Liège and Frankfurt direct, Chengdu Tianfu
//     to Frankfurt direct, and Shuangliu, Tianfu and Jiangbei via the
//     Shanghai Pudong hub to Frankfurt, Amsterdam and Liège.
//   - Road: Chengdu–Chongqing (251 km), feeders to the rail and river
//     terminals and airports, cross-border trucking to Hanoi and Vientiane,
//     and European on-carriage from Duisburg, Hamburg, Łódź, Rotterdam,
//     Antwerp and the airports to Cologne, Dortmund, Berlin, Munich, Venlo,
//     Prague and Warsaw, and Frankfurt airport to Berlin.
//
// # Terminal IDs and place names
//
// A terminal's ID is its official UN/LOCODE when it has one to itself
// (CNCQI, DEDUI, KZDOS), else a free ID (CNCQI-GUOYUAN, CNCDU-TFU,
// CNSGH-YANGSHAN, NLAMS-AMS, ZA-CAPE). Official codes and the codes carriers
// use differ: CNCKG is officially Jiangbei airport (Chongqing is CNCQI),
// CNCTU Shuangliu airport (Chengdu is CNCDU), CNSHA Hongqiao airport
// (Shanghai is CNSGH), CNWUH Tianhe airport (Wuhan is CNNHN). The carrier
// codes are aliases of the city's freight terminals, and every terminal of a
// city carries the city's name as an alias, so that Place("Chongqing")
// returns the rail terminal, the river port and the airport. Because
// network.Network.Place gives an exact ID precedence over aliases,
// Place("CNCKG") and Place("CNCTU") return the airports only; ask for the
// city by name or by its official LOCODE.
//
// # Modelling choices
//
// Through trains on a shared trunk. China Railway Express is a trunk of
// legs between hubs and border crossings, shared by the Chengdu and
// Chongqing trains, so that a search can choose between the four border
// crossings and between Chengdu and Chongqing origins. Only the legs leaving
// the terminals where trains are formed carry a schedule (daily from
// Chengdu and Chongqing, three a week eastbound from the European
// terminals); the legs beyond have none, because the block train runs
// through. Rail km are great-circle × 1.27, the circuity that makes the
// modelled Chongqing–Duisburg chain sum to the official 11,179 km; the rate
// per container-km is the 2025 China→Eastern Europe price over Chengdu–Łódź
// (5,675 USD/FEU over 9,826 km), so a corridor price is split over its
// legs in proportion to distance and every alternative is priced alike.
// Deep-sea services are split at the Suez and Cape waypoints the same way,
// so that a query can avoid Suez; the Cape carries the same market rate
// (as in January 2025, when most carriers sailed round it) and takes about
// ten days longer, so it wins only when Suez is avoided.
//
// A limit of the trunk model: in Europe the CRE legs form a star around
// Małaszewicze, so a search may join an eastbound leg into Małaszewicze to a
// westbound one out of it (Duisburg → Małaszewicze → Łódź). Such paths are
// legal in the model but are not services one would book. Direct European
// intermodal links between Duisburg, Hamburg, Budapest and Łódź (priced at
// the same per-km rate, all estimates) make them dominated on the flagship
// routes; elsewhere they appear on a front only when nothing better exists
// for that objective.
//
// Border crossings. Each crossing is a pair of border terminals (Border.
// Across names the other side). The break of gauge and its dwell sit on the
// side where containers are reloaded (Dostyk, Altynkol, Zamyn-Uud,
// Zabaikalsk, Małaszewicze, Hekou North, Thanaleng); the other side has a
// few hours of exit formalities. Dwell values are normal-operation planning
// values — 1 day per reload, 6 h for exit — not the mid-2023 congestion
// peaks (6 days at Alashankou, about two weeks at Khorgos, 11–14 days at
// Manzhouli and Erenhot), nor the best cases (47 minutes for a crane
// transfer at Khorgos, 2 hours at Brest in 2013).
//
// Directions. Every service runs both ways. Return legs mirror the outbound
// ones and say so; they differ where the sources or common practice demand:
// upstream barges take 1.4 times as long, Europe→Asia sea freight costs a
// quarter and Europe→China air 40 % of the head-haul rate (estimates), and
// eastbound trains are formed in Europe three times a week.
//
// Reefer and dangerous goods. Each leg says whether it has power for
// reefer containers and whether it refuses dangerous goods, and why (R*
// sources, researched in November 2026):
//
//   - Reefer: China Railway Express (cold-chain trains run Chengdu↔Europe,
//     on the boxes' own diesel gensets; for Chongqing no source names the
//     train, so it is assumed as on the shared trunk), ILSTC rail to the
//     Beibu Gulf, the China–Laos railway to Vientiane, China–Vietnam rail,
//     container ships (general practice, an estimate) and container trucks
//     (clip-on gensets, an estimate). No reefer: air (ISO reefer boxes do
//     not fly), the Yangtze and Rhine barges, the Thai metre gauge and the
//     European intermodal links, for want of a source.
//   - Dangerous goods are refused on the China–Europe trains (none carried
//     until 2023, consumer lithium batteries case by case since) and
//     accepted elsewhere: under the IATA rules by air, the IMDG Code by sea,
//     ADR by road (estimates), on the Yangtze apart from the chemicals its
//     2021 law bans, and on the other railways for want of a source saying
//     otherwise (labelled unknown). A class-by-class model is future work.
//
// Handling. Network-wide transfer rules per mode pair give the handling time
// and terminal handling charge in USD (per container; per tonne for air).
// The 48 h barge→sea rule includes waiting for the mother vessel at
// Shanghai. A change of vessel (sea→sea at Singapore) cannot be expressed as
// a transfer rule, so its charge is added to the onward leg's price.
//
// Emissions. Legs override the cost package's mode defaults only where they
// differ: diesel 1520 mm and metre-gauge rail 28, EU rail 8, feeder and
// short-sea 20 g CO2e/tkm — planning values from the research notes, not
// GLEC table values.
//
// Calibration. Summed by hand (legs, border dwell, handling, plus cut-offs
// and half the mean gap between departures), the data gives Chongqing →
// Duisburg by rail about 16 days (S5: about 16), Chengdu → Łódź about 14
// (S1, S4: 12–15), Chongqing → Singapore by rail and sea about 9.5 against
// about 22 by the Yangtze (S17, S22: 7–8 and 23), Kunming → Vientiane 26 h
// (S25), Kunming → Bangkok 55 h (S26), Shanghai → Rotterdam about 29 days
// of sailing via Suez and ten more via the Cape (S33–S35, S16); the tests
// in this package check these sums. Per 40' container, air costs several
// times rail, and rail more than sea.
//
// # Data licences
//
// Coordinates come only from public-domain or PDDL sources: official
// UN/LOCODE points (ODC-PDDL), the NGA World Port Index (US Government work)
// and OurAirports (public domain). Where none was found the coordinate is an
// estimate and says so; no geocoder (OpenStreetMap-derived, ODbL) coordinate
// is embedded. Sea distances were computed on the searoute-py network
// (Apache-2.0) and are shipped as figures with attribution. Prices are
// single dated figures quoted from their sources. See LICENSE-DATA.md.
//
// # Updating the figures
//
// The JSON file is generated: edit the tables in internal/build (sources.go,
// terminals.go, the corridor files), then run
//
//	go generate ./network/westchina
//
// and the tests. They fail if the file is stale, if a record has neither a
// source nor an estimate label, if a source lacks a URL or a date, or if a
// calibrated route drifts outside its published range.
//
//go:generate go run ./internal/gen -o westchina.json
package westchina
