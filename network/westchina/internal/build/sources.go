package build

import "github.com/corridor-go/corridor/network"

// retrieved is the date the research notes were compiled; it stands in for
// the date of pages that carry none.
const retrieved = "2026-11"

// sources are the documents the figures cite. S*/E* keep the numbering of
// the research notes (shared/data/westchina/figures.md); N* are added here
// for coordinates and derived tables.
var sources = []network.Source{
	{ID: "S1", Title: "Chengdu–Europe express rail freight service to start two-way operation (Xinhua via Asian Shipper): 9,826 km, 12–14 days", URL: "http://anflogistics.com/news-events/transport-logistics-news/chengdu-europe-express-rail-freight-service-to-start-two-way-operation-911.html", Date: "2013"},
	{ID: "S2", Title: "CCTV: Chengdu–Europe trains take 11 days; 2 trains a week each way", URL: "http://english.cctv.com/2016/06/20/VIDE3hjbyd4TElaXFJn58p0N160620.shtml", Date: "2016-06-20"},
	{ID: "S3", Title: "Greenpost (Xinhua): China–Europe fast rail costs one fifth of air freight", URL: "http://www.greenpost.se/2016/01/08/china-europe-fast-rail-brings-mutual-benefit/", Date: "2016-01-08"},
	{ID: "S4", Title: "Jike Logistics: China–Europe freight train operation updates, week 26 (Chengdu→Małaszewicze 13 d; border dwell)", URL: "https://www.jikelogistics.com/industry-news/china-europe-freight-train-operation-updates-week-26/", Date: "2023-06"},
	{ID: "S5", Title: "iChongqing: Whistles along the Rhine (Yuxinou 11,179 km, about 16 days)", URL: "https://www.ichongqing.info/2024/03/28/whitles-along-the-rhine/", Date: "2024-03-28"},
	{ID: "S6", Title: "WMLIP: Yuxinou 10,937 km from Tuanjiecun", URL: "http://en.wmlip.com/Home/Index/detail/id/92.html", Date: retrieved},
	{ID: "S7", Title: "Belt and Road portal: Yuxinou under 13 days; river–sea about two months; 20% of air cost", URL: "https://eng.yidaiyilu.gov.cn/qwyw/rdxw/11825.htm", Date: "2017"},
	{ID: "S8", Title: "The China Times: Yuxinou rate about 9,000 USD per container, 0.86 USD per container-km", URL: "https://thechinatimes.com/online/2012/07/4384.html", Date: "2012-07"},
	{ID: "S9", Title: "Index1520: Rail freight market overview, April 2024 (China→Poland 13–15 d, →Germany 18–21 d)", URL: "https://index1520.com/en/analytics/obzor-rynka-zheleznodorozhnykh-perevozok-aprel-2024/", Date: "2024-04"},
	{ID: "S10", Title: "LogiGlobal: China to Eastern Europe rail transport analysis 2025 (5,250–6,100 USD/FEU base) [low authority]", URL: "https://logiglobal.top/regional-guides/china-to-eastern-europe-rail-transport-analysis-2025-6", Date: "2025"},
	{ID: "S11", Title: "Customized Sourcing: rail freight prices China→Europe, December 2020 (6,000–8,600 USD/FEU) [low authority]", URL: "https://www.customized-sourcing.com/blog/rail-freight-prices-from-china-to-europe-for-december-2020/", Date: "2020-12"},
	{ID: "S12", Title: "People's Daily (Xinhua): Chengdu–Chongqing China–Europe trains, 5,300 trips and 430,000 TEU in 2023", URL: "http://en.people.cn/n3/2024/0125/c90000-20126440.html", Date: "2024-01-25"},
	{ID: "S13", Title: "iChongqing: China–Europe Railway Express (Chengdu–Chongqing) surpassed 5,000 trains in 2025", URL: "https://www.ichongqing.info/2026/01/28/china-europe-railway-express-chengdu-chongqing-surpassed-5000-trains-led-nationwide-for-fifth-year/amp", Date: "2026-01-28"},
	{ID: "S14", Title: "Break-of-gauge (Wikipedia, quoted): Khorgos crane transfer 47 minutes in the best case", URL: "https://hn.masterscheme.cn/item?id=13316856", Date: retrieved},
	{ID: "S15", Title: "RailMetroChina (China Daily): Manzhouli key railway border port", URL: "https://railmetrochina.com/expo/en/key-railway-border-port-more-efficient.html", Date: retrieved},
	{ID: "S16", Title: "Index1520, April 2024: rerouting round the Cape adds about 10 days", URL: "https://index1520.com/en/analytics/obzor-rynka-zheleznodorozhnykh-perevozok-aprel-2024/", Date: "2024-04"},
	{ID: "S16b", Title: "CQNEWS: gauge change at Brest in 2 hours", URL: "http://english.cqnews.net/html/2013-09/02/content_27676774.htm", Date: "2013-09-02"},
	{ID: "S17", Title: "China Daily: Chongqing–Singapore rail–sea, 2 days rail + about 6 days sea; 3 trains a week; fares cut 20%", URL: "https://www.chinadaily.com.cn/cndy/2018-03/22/content_35894919.htm", Date: "2018-03-22"},
	{ID: "S18", Title: "gov.cn: 8,820 ILSTC rail–sea trips in 2022", URL: "https://english.www.gov.cn/archive/statistics/202308/03/content_WS64cbb0b3c6d0868f4e8de593.html", Date: "2023-08-03"},
	{ID: "S19", Title: "Shine: 2,000 ILSTC trips by mid-March 2024", URL: "https://www.shine.cn/news/nation/2403174961/", Date: "2024-03-17"},
	{ID: "S20", Title: "WCIFIT: ILSTC over 1 million TEU a year", URL: "https://wcifit.com/html/text/12e82fed992794c79f3b9e7e9b95039f.html", Date: "2025-09"},
	{ID: "S21", Title: "Belt and Road portal: CNY 450 million of ILSTC freight discounts, 2017–21", URL: "https://eng.yidaiyilu.gov.cn/qwyw/rdxw/259401.htm", Date: "2022"},
	{ID: "S22", Title: "China Railway (mirror): Chongqing→Singapore 23 days via the Yangtze; ILSTC saves 16 days", URL: "https://www.coxsbazarairport.com/english/InternationalCooperation/InternationalThroughTraffic/202308/t20230814_129620.html", Date: "2023-08-10"},
	{ID: "S23", Title: "Qiushi: Xi'an→Qinzhou 5 days by rail, Port Klang after 10 days", URL: "http://en.qstheory.cn/2023-03/14/c_868860.htm", Date: "2023-03-14"},
	{ID: "S24", Title: "People's Daily: China–Laos Railway 1,035 km (422 km in Laos), 160 km/h, 3.7 Mt cross-border cargo", URL: "http://en.people.cn/n3/2023/0420/c90000-20008420.html", Date: "2023-04-20"},
	{ID: "S25", Title: "People's Daily: Kunming–Vientiane freight in 26 hours", URL: "http://en.people.cn/n3/2022/0303/c90000-9965537.html", Date: "2022-03-03"},
	{ID: "S26", Title: "People's Daily: Kunming→Bangkok in 55 hours", URL: "http://en.people.cn/n3/2023/0208/c90000-10205019.html", Date: "2023-02-08"},
	{ID: "S27", Title: "China Railway: China–Laos Railway opens with 2 pairs of cross-border freight trains a day", URL: "http://www.china-railway.com.cn/english/news/202112/t20211221_118971.html", Date: "2021-12-21"},
	{ID: "S28", Title: "China Railway: Nanning→Yen Vien freight train in 14 h 30 min", URL: "http://www.china-railway.com.cn/english/InternationalCooperation/overseasProjects/202401/t20240126_133068.html", Date: "2024-01-24"},
	{ID: "S30", Title: "Saigon Times: new China–Vietnam through-trucking corridor saves a day and CNY 800–1,000 a truck", URL: "https://english.thesaigontimes.vn/new-china-vietnam-road-freight-corridor-opened", Date: "2025-05-14"},
	{ID: "S31", Title: "CQNEWS: Chongqing–Shanghai Direct Express Line, 530 voyages in H1 2024", URL: "https://news.cqnews.net/1/detail/1274021851349659648/web/content_1274021851349659648.htm", Date: "2024-08-16"},
	{ID: "S32", Title: "China Daily / Liangjiang: Three Gorges locks reached their 100 Mt/yr design capacity in 2011", URL: "https://english.liangjiang.gov.cn/2017-09/26/c_803629.htm", Date: "2017-09-26"},
	{ID: "S33", Title: "ChemOrbis (Drewry WCI): Shanghai→Rotterdam 3,577 USD/FEU, 4 Jan 2024", URL: "https://www.chemorbis.com/en/plastics-news/Global-Freight-Rate-Update-January-4-2024/2024/01/04/890175", Date: "2024-01-04"},
	{ID: "S34", Title: "AJOT: Drewry World Container Index, 26 Sep 2024 (Shanghai→Rotterdam 4,157 USD/FEU)", URL: "https://ajot.com/news/drewry-world-container-index-26-sep", Date: "2024-09-26"},
	{ID: "S35", Title: "Trasporto Europa: Drewry WCI 9 Jan 2025, Shanghai→Rotterdam 4,375 USD/FEU", URL: "https://trasportoeuropa.it/english/2025-opens-with-a-decline-in-china-eu-container-freight-rates", Date: "2025-01-09"},
	{ID: "S36", Title: "Daily Economic (Nikkei): TAC index Shanghai→Europe air 4.64 USD/kg, 20 Nov 2023", URL: "https://www.dailyeconomic.com/2023/11/28/chinas-air-cargo-to-europe-and-the-u-s-freight-rates-rise-by-50/", Date: "2023-11-28"},
	{ID: "S37", Title: "Moov Africa (Freightos): China→Europe air 2.65–4 USD/kg", URL: "https://moovafrica.com/news/?p=9635", Date: retrieved},
	{ID: "S39", Title: "Passenger Terminal Today: Liège Airport launches direct scheduled cargo service to Chongqing", URL: "https://www.passengerterminaltoday.com/news/operations-news/liege-airport-launches-first-direct-scheduled-cargo-service-to-chongqing.html", Date: retrieved},
	{ID: "S40", Title: "The China Times: Lufthansa Cargo Frankfurt–Chongqing freighter", URL: "https://thechinatimes.com/online/2012/03/2930.html", Date: "2012-03"},
	{ID: "S41", Title: "AirBridgeCargo adds Chengdu (via Moscow to Amsterdam, 3 a week)", URL: "https://www.airbridgecargo.com/en/news/80/airbridgecargo-is-adding-chengdu-in-western-china-to-its-online-network", Date: "2011"},
	{ID: "S42", Title: "Sichuan government: Chengdu–Anyue–Chongqing expressway, 251 km, 2.5 hours", URL: "http://www.sc.gov.cn/10462/10758/10760/10765/2017/9/27/10434732.shtml", Date: "2017-09-27"},
	{ID: "S43", Title: "Wikipedia: G5013 Chongqing–Chengdu Expressway (251 km)", URL: "https://en.wikipedia.org/wiki/G5013_Chongqing%E2%80%93Chengdu_Expressway", Date: retrieved},
	{ID: "S44", Title: "People's Daily: Chongqing cross-border trucking to ASEAN, 8,800 departures 2016–2022", URL: "http://en.people.cn/n3/2022/0429/c90000-10091273.html", Date: "2022-04-29"},
	{ID: "S45", Title: "Gruz-perevozchik: Dostyk Trans Terminal (1435→1520 transshipment)", URL: "http://gruz-perevozchik.ru/page/357", Date: retrieved},
	{ID: "S46", Title: "NDRC: Hekou North transfer to metre gauge", URL: "https://en.ndrc.gov.cn/netcoo/goingout/202110/t20211026_1300905.html", Date: "2021-10-26"},
	{ID: "E5", Title: "ETRR 2019, Table 9 (KiM / CE Delft): emission factors per mode, NL 2014", URL: "https://etrr.springeropen.com/articles/10.1186/s12544-019-0344-x/tables/9", Date: "2019"},
	{ID: "N1", Title: "UN/LOCODE (UNECE), official coordinates (ODC-PDDL), read from geoapify/un-locode src/data/*.csv rows with geocoded=false", URL: "https://github.com/geoapify/un-locode", Date: "2024"},
	{ID: "N2", Title: "NGA World Port Index, Pub. 150 (US Government work, public domain)", URL: "https://msi.nga.mil/Publications/WPI", Date: "2024"},
	{ID: "N3", Title: "OurAirports runways.csv (public domain / Unlicense): airport point = mean of runway ends", URL: "https://github.com/davidmegginson/ourairports-data", Date: retrieved},
	{ID: "N4", Title: "Sea distances computed on the searoute-py marnet (Apache-2.0; Eurostat/ORNL lanes), shared/data/westchina/sea_distances.csv", URL: "https://github.com/genthalili/searoute-py", Date: retrieved},
	{ID: "N5", Title: "Wikipedia: Suez Canal (193.30 km long)", URL: "https://en.wikipedia.org/wiki/Suez_Canal", Date: retrieved},
}
