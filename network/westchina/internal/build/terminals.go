package build

import (
	"time"

	"github.com/corridor-go/corridor/network"
)

// Where a terminal's coordinate comes from. Geocoder (OpenStreetMap-derived,
// ODbL) coordinates are never used; where no public-domain point was found
// the coordinate is an estimate and says so.
const (
	fromLOCODE = "N1" // official UN/LOCODE coordinate, city/locality, 1 arc-minute
	fromWPI    = "N2" // NGA World Port Index
	fromOurAir = "N3" // OurAirports runways, mean of runway ends
)

// tdef is one terminal row. src is the coordinate source (N1–N3) or "" with
// est saying how the coordinate was estimated.
type tdef struct {
	id, name, cc, kind, modes, tz string
	lon, lat                      float64
	locode                        string
	aliases                       []string
	src                           string
	est                           string
	border                        *network.Border
	more                          []string // further sources (border dwell, services)
}

func h(n int) time.Duration { return time.Duration(n) * time.Hour }

const dwellNote = "border dwell is a normal-operation planning value (estimate), not the mid-2023 congestion peaks of S4 (Alashankou about 6 d, Khorgos about 2 weeks, Manzhouli/Erenhot 11–14 d); best cases are 47 min (Khorgos crane transfer, S14) and 2 h (Brest, S16b)"

func gauge(dwell time.Duration, from, to int, across string) *network.Border {
	return &network.Border{Dwell: dwell, GaugeFrom: from, GaugeTo: to, Across: across}
}

func customs(dwell time.Duration, across string) *network.Border {
	return &network.Border{Dwell: dwell, Across: across}
}

var terminals = []tdef{
	// Chengdu
	{id: "CNCDU", name: "Chengdu International Railway Port (Qingbaijiang)", cc: "CN", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 104.06667, lat: 30.66667, locode: "CNCDU", aliases: []string{"Chengdu", "CNCTU", "Qingbaijiang"}, src: fromLOCODE,
		est: "location is the official UN/LOCODE city point for Chengdu; the rail port itself lies about 20–25 km NE in Qingbaijiang district"},
	{id: "CNCTU", name: "Chengdu Shuangliu International Airport", cc: "CN", kind: "airport", modes: "air,road", tz: "Asia/Shanghai",
		lon: 103.94542, lat: 30.55654, locode: "CNCTU", aliases: []string{"Chengdu", "CTU", "Shuangliu"}, src: fromOurAir},
	{id: "CNCDU-TFU", name: "Chengdu Tianfu International Airport", cc: "CN", kind: "airport", modes: "air,road", tz: "Asia/Shanghai",
		lon: 104.44944, lat: 30.30226, locode: "CNCDU", aliases: []string{"Chengdu", "TFU", "Tianfu"}, src: fromOurAir},
	// Chongqing
	{id: "CNCQI", name: "Chongqing Tuanjiecun (Chongqing International Logistics Hub)", cc: "CN", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 106.55, lat: 29.58333, locode: "CNCQI", aliases: []string{"Chongqing", "CNCKG", "Tuanjiecun"}, src: fromLOCODE,
		est: "location is the official UN/LOCODE city point for Chongqing (Tuanjiecun lies about 10 km W of it)"},
	{id: "CNCQI-GUOYUAN", name: "Chongqing Guoyuan Port (river–rail–road hub, Liangjiang New Area)", cc: "CN", kind: "river_port", modes: "inland_water,rail,road", tz: "Asia/Shanghai",
		lon: 106.69, lat: 29.62, locode: "CNCQI", aliases: []string{"Chongqing", "CNCKG", "CNCHQ", "Guoyuan"},
		est: "coordinate is an estimate (±5 km): Guoyuan lies on the north bank of the Yangtze downstream of Cuntan (CNCTN, UN/LOCODE 29°37'N 106°37'E); no UN/LOCODE or WPI point of its own"},
	{id: "CNCKG", name: "Chongqing Jiangbei International Airport", cc: "CN", kind: "airport", modes: "air,road", tz: "Asia/Shanghai",
		lon: 106.65695, lat: 29.72642, locode: "CNCKG", aliases: []string{"Chongqing", "CKG", "Jiangbei"}, src: fromOurAir},
	// CRE trunk in China
	{id: "CNXIA", name: "Xi'an International Port (Chang'an hub)", cc: "CN", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 108.95, lat: 34.28333, locode: "CNXIA", aliases: []string{"Xi'an", "Xian"}, src: fromLOCODE},
	{id: "CNLAZ", name: "Lanzhou", cc: "CN", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 103.85, lat: 36.06667, locode: "CNLAZ", aliases: []string{"Lanzhou"}, src: fromLOCODE},
	{id: "CNULZ", name: "Urumqi International Land Port", cc: "CN", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 87.6, lat: 43.81667, locode: "CNULZ", aliases: []string{"Urumqi", "Ürümqi", "CNURM"}, src: fromLOCODE},
	{id: "CNAKL", name: "Alashankou (Alataw Pass) rail border", cc: "CN", kind: "border", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 82.43333, lat: 45.18333, locode: "CNAKL", aliases: []string{"Alashankou", "Alataw Pass"}, src: fromLOCODE,
		border: customs(h(6), "KZDOS"), est: "dwell 6 h export formalities; the reload to 1520 mm is counted at Dostyk; " + dwellNote},
	{id: "CNHRS", name: "Horgos rail border (China side)", cc: "CN", kind: "border", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 80.83333, lat: 44.05, locode: "CNHRS", aliases: []string{"Horgos", "Khorgos"}, src: fromLOCODE,
		border: customs(h(6), "KZHOR"), est: "location is the official UN/LOCODE point, about 40 km SE of the rail crossing; dwell 6 h export formalities; " + dwellNote},
	{id: "CNERC", name: "Erenhot (Erlianhaote) rail border", cc: "CN", kind: "border", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 111.96667, lat: 43.63333, locode: "CNERC", aliases: []string{"Erenhot", "Erlianhaote", "CNRLC"}, src: fromLOCODE,
		border: customs(h(6), "MNZUU"), est: "dwell 6 h export formalities; " + dwellNote},
	{id: "CNMLX", name: "Manzhouli rail border", cc: "CN", kind: "border", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 117.38333, lat: 49.58333, locode: "CNMLX", aliases: []string{"Manzhouli"}, src: fromLOCODE, more: []string{"S15"},
		border: customs(h(6), "RUZBK"), est: "dwell 6 h export formalities; " + dwellNote},
	// Kazakhstan
	{id: "KZDOS", name: "Dostyk (Druzhba) rail border / Dostyk Trans Terminal", cc: "KZ", kind: "border", modes: "rail", tz: "Asia/Almaty",
		lon: 82.48333, lat: 45.25, locode: "KZDOS", aliases: []string{"Dostyk", "Druzhba"}, src: fromLOCODE, more: []string{"S45", "S4"},
		border: gauge(24*time.Hour, 1435, 1520, "CNAKL"), est: "dwell 1 d for the 1435↔1520 mm reload; " + dwellNote},
	{id: "KZHOR", name: "Altynkol / Khorgos Gateway dry port", cc: "KZ", kind: "border", modes: "rail,road", tz: "Asia/Almaty",
		lon: 80.33, lat: 44.20, locode: "KZHOR", aliases: []string{"Khorgos", "Horgos", "Altynkol", "Khorgos Gateway"}, more: []string{"S14", "S4"},
		border: gauge(24*time.Hour, 1435, 1520, "CNHRS"),
		est:    "coordinate is an estimate (±5 km) for Altynkol station / Khorgos Gateway, 5 km W of the border (the UN/LOCODE point is geocoded, so not used); dwell 1 d for the 1435↔1520 mm crane transfer; " + dwellNote},
	{id: "KZALA", name: "Almaty", cc: "KZ", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Almaty",
		lon: 76.95, lat: 43.25, locode: "KZALA", aliases: []string{"Almaty"}, src: fromLOCODE},
	{id: "KZAST", name: "Astana", cc: "KZ", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Almaty",
		lon: 71.43, lat: 51.17, locode: "KZAST", aliases: []string{"Astana", "Nur-Sultan"},
		est: "city-centre coordinate, estimate (51°10'N 71°26'E); the UN/LOCODE point is geocoded, so not used"},
	{id: "KZPPK", name: "Petropavlovsk (Kazakhstan–Russia exit)", cc: "KZ", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Almaty",
		lon: 69.15, lat: 54.86667, locode: "KZPPK", aliases: []string{"Petropavlovsk"}, src: fromLOCODE},
	// Mongolia
	{id: "MNZUU", name: "Zamyn-Uud rail border", cc: "MN", kind: "border", modes: "rail,road", tz: "Asia/Ulaanbaatar",
		lon: 111.86667, lat: 43.75, locode: "MNZUU", aliases: []string{"Zamyn-Uud", "Zamiin-Uud"}, src: fromLOCODE,
		border: gauge(24*time.Hour, 1435, 1520, "CNERC"), est: "dwell 1 d for the 1435↔1520 mm reload; " + dwellNote},
	{id: "MNULN", name: "Ulaanbaatar", cc: "MN", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Ulaanbaatar",
		lon: 106.9167, lat: 47.9167, locode: "MNULN", aliases: []string{"Ulaanbaatar", "Ulan Bator"},
		est: "city-centre coordinate, estimate (47°55'N 106°55'E); the UN/LOCODE point is geocoded, so not used"},
	// Russia
	{id: "RUNKI", name: "Naushki rail border (Mongolia–Russia)", cc: "RU", kind: "border", modes: "rail", tz: "Asia/Irkutsk",
		lon: 106.10, lat: 50.3833, locode: "RUNKI", aliases: []string{"Naushki"}, border: customs(h(12), ""),
		est: "coordinate is a settlement-centre estimate (50°23'N 106°06'E; the UN/LOCODE point is geocoded, so not used); dwell 12 h customs, no gauge change (1520 mm both sides); " + dwellNote},
	{id: "RUZBK", name: "Zabaikalsk rail border", cc: "RU", kind: "border", modes: "rail,road", tz: "Asia/Chita",
		lon: 117.31667, lat: 49.63333, locode: "RUZBK", aliases: []string{"Zabaikalsk"}, src: fromLOCODE, more: []string{"S15"},
		border: gauge(24*time.Hour, 1435, 1520, "CNMLX"), est: "dwell 1 d for the 1435↔1520 mm reload; " + dwellNote},
	{id: "RUOVB", name: "Novosibirsk", cc: "RU", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Novosibirsk",
		lon: 82.93333, lat: 55.03333, locode: "RUOVB", aliases: []string{"Novosibirsk"}, src: fromLOCODE},
	{id: "RUYEK", name: "Yekaterinburg", cc: "RU", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Yekaterinburg",
		lon: 60.6, lat: 56.85, locode: "RUYEK", aliases: []string{"Yekaterinburg"}, src: fromLOCODE},
	{id: "RUMOW", name: "Moscow", cc: "RU", kind: "rail_terminal", modes: "rail,road", tz: "Europe/Moscow",
		lon: 37.6, lat: 55.75, locode: "RUMOW", aliases: []string{"Moscow"}, src: fromLOCODE},
	// Belarus, Poland
	{id: "BYMSQ", name: "Minsk", cc: "BY", kind: "rail_terminal", modes: "rail,road", tz: "Europe/Minsk",
		lon: 27.56667, lat: 53.9, locode: "BYMSQ", aliases: []string{"Minsk"}, src: fromLOCODE},
	{id: "BYBQT", name: "Brest (Brest-Severny / Brest-Vostochny)", cc: "BY", kind: "border", modes: "rail,road", tz: "Europe/Minsk",
		lon: 23.6667, lat: 52.1333, locode: "BYBQT", aliases: []string{"Brest"}, more: []string{"S16b"}, border: customs(h(6), "PLMAA"),
		est: "city-centre coordinate, estimate (52°08'N 23°40'E; the UN/LOCODE point is geocoded, so not used); dwell 6 h exit formalities, the reload to 1435 mm is counted at Małaszewicze; " + dwellNote},
	{id: "PLMAA", name: "Małaszewicze transshipment terminals", cc: "PL", kind: "border", modes: "rail,road", tz: "Europe/Warsaw",
		lon: 23.51667, lat: 52.03333, locode: "PLMAA", aliases: []string{"Malaszewicze", "Małaszewicze", "Terespol"}, src: fromLOCODE, more: []string{"S4", "S16b"},
		border: gauge(24*time.Hour, 1520, 1435, "BYBQT"), est: "dwell 1 d for the 1520↔1435 mm reload and EU entry (the main bottleneck of the corridor); " + dwellNote},
	{id: "PLLOD", name: "Łódź Olechów terminal", cc: "PL", kind: "rail_terminal", modes: "rail,road", tz: "Europe/Warsaw",
		lon: 19.46667, lat: 51.75, locode: "PLLOD", aliases: []string{"Lodz", "Łódź"}, src: fromLOCODE},
	{id: "PLWAW", name: "Warsaw", cc: "PL", kind: "rail_terminal", modes: "rail,road", tz: "Europe/Warsaw",
		lon: 21.0, lat: 52.25, locode: "PLWAW", aliases: []string{"Warsaw", "Warszawa"}, src: fromLOCODE},
	// Western Europe
	{id: "DEDUI", name: "Duisburg (duisport)", cc: "DE", kind: "rail_terminal", modes: "rail,road,inland_water", tz: "Europe/Berlin",
		lon: 6.75, lat: 51.46667, locode: "DEDUI", aliases: []string{"Duisburg", "duisport"}, src: fromLOCODE},
	{id: "DEHAM", name: "Hamburg", cc: "DE", kind: "seaport", modes: "sea,rail,road", tz: "Europe/Berlin",
		lon: 9.93333, lat: 53.55, locode: "DEHAM", aliases: []string{"Hamburg"}, src: fromWPI, est: "WPI port 30780"},
	{id: "DEFRA", name: "Frankfurt am Main Airport", cc: "DE", kind: "airport", modes: "air,road", tz: "Europe/Berlin",
		lon: 8.54067, lat: 50.03261, locode: "DEFRA", aliases: []string{"Frankfurt", "FRA"}, src: fromOurAir},
	{id: "DECGN", name: "Cologne (Köln)", cc: "DE", kind: "road_hub", modes: "road", tz: "Europe/Berlin",
		lon: 6.9583, lat: 50.9375, locode: "DECGN", aliases: []string{"Cologne", "Köln", "Koln"}, est: "city-centre coordinate, estimate (50°56'N 6°57'E)"},
	{id: "DEDTM", name: "Dortmund", cc: "DE", kind: "road_hub", modes: "road", tz: "Europe/Berlin",
		lon: 7.4653, lat: 51.5136, locode: "DEDTM", aliases: []string{"Dortmund"}, est: "city-centre coordinate, estimate (51°31'N 7°28'E)"},
	{id: "DEBER", name: "Berlin", cc: "DE", kind: "road_hub", modes: "road", tz: "Europe/Berlin",
		lon: 13.405, lat: 52.52, locode: "DEBER", aliases: []string{"Berlin"}, est: "city-centre coordinate, estimate (52°31'N 13°24'E)"},
	{id: "DEMUC", name: "Munich (München)", cc: "DE", kind: "road_hub", modes: "road", tz: "Europe/Berlin",
		lon: 11.575, lat: 48.1375, locode: "DEMUC", aliases: []string{"Munich", "München"}, est: "city-centre coordinate, estimate (48°08'N 11°35'E)"},
	{id: "NLRTM", name: "Rotterdam", cc: "NL", kind: "seaport", modes: "sea,rail,inland_water,road", tz: "Europe/Amsterdam",
		lon: 4.48333, lat: 51.9, locode: "NLRTM", aliases: []string{"Rotterdam"}, src: fromWPI, est: "WPI port 31140"},
	{id: "NLTLB", name: "Tilburg rail terminal", cc: "NL", kind: "rail_terminal", modes: "rail,road", tz: "Europe/Amsterdam",
		lon: 5.0833, lat: 51.55, locode: "NLTLB", aliases: []string{"Tilburg"},
		est: "city-centre coordinate, estimate (51°33'N 5°05'E); the UN/LOCODE point is geocoded, so not used"},
	{id: "NLVEN", name: "Venlo", cc: "NL", kind: "road_hub", modes: "road", tz: "Europe/Amsterdam",
		lon: 6.1667, lat: 51.3667, locode: "NLVEN", aliases: []string{"Venlo"}, est: "city-centre coordinate, estimate (51°22'N 6°10'E)"},
	{id: "NLAMS-AMS", name: "Amsterdam Airport Schiphol", cc: "NL", kind: "airport", modes: "air,road", tz: "Europe/Amsterdam",
		lon: 4.75807, lat: 52.31488, locode: "NLAMS", aliases: []string{"Amsterdam", "AMS", "Schiphol"}, src: fromOurAir},
	{id: "BEANR", name: "Antwerp", cc: "BE", kind: "seaport", modes: "sea,rail,road", tz: "Europe/Brussels",
		lon: 4.4, lat: 51.21667, locode: "BEANR", aliases: []string{"Antwerp", "Antwerpen"}, src: fromWPI, est: "WPI port 31250"},
	{id: "BELGG", name: "Liège Airport", cc: "BE", kind: "airport", modes: "air,road", tz: "Europe/Brussels",
		lon: 5.44313, lat: 50.63815, locode: "BELGG", aliases: []string{"Liege", "Liège", "LGG"}, src: fromOurAir},
	{id: "HUBUD", name: "Budapest BILK terminal", cc: "HU", kind: "rail_terminal", modes: "rail,road", tz: "Europe/Budapest",
		lon: 19.08333, lat: 47.5, locode: "HUBUD", aliases: []string{"Budapest"}, src: fromLOCODE},
	{id: "CZPRG", name: "Prague (Praha)", cc: "CZ", kind: "road_hub", modes: "road", tz: "Europe/Prague",
		lon: 14.4167, lat: 50.0833, locode: "CZPRG", aliases: []string{"Prague", "Praha"}, est: "city-centre coordinate, estimate (50°05'N 14°25'E)"},
	{id: "GRPIR", name: "Piraeus", cc: "GR", kind: "seaport", modes: "sea,rail,road", tz: "Europe/Athens",
		lon: 23.65, lat: 37.93333, locode: "GRPIR", aliases: []string{"Piraeus"}, src: fromWPI, est: "WPI port 42230"},
	// Middle Corridor (Trans-Caspian)
	{id: "KZAAU", name: "Aktau international sea trade port (Caspian)", cc: "KZ", kind: "seaport", modes: "sea,rail,road", tz: "Asia/Aqtau",
		lon: 51.15, lat: 43.65, locode: "KZAAU", aliases: []string{"Aktau"}, src: fromLOCODE, more: []string{"M1", "M10"}},
	{id: "AZALA", name: "Port of Baku (Alat)", cc: "AZ", kind: "seaport", modes: "sea,rail,road", tz: "Asia/Baku",
		lon: 49.40, lat: 39.95, locode: "AZALA", aliases: []string{"Alat", "Alyat", "Baku", "AZBAK"}, src: fromLOCODE, more: []string{"M1", "M2"},
		est: "AZBAK (Baku) is an alias: the port is at Alat, some 70 km south of the city"},
	{id: "GEPTI", name: "Poti", cc: "GE", kind: "seaport", modes: "sea,rail,road", tz: "Asia/Tbilisi",
		lon: 41.6667, lat: 42.15, locode: "GEPTI", aliases: []string{"Poti"}, more: []string{"M1"},
		est: "port coordinate, estimate (42°09'N 41°40'E); the UN/LOCODE point is geocoded, so not used"},
	{id: "RO-CONSTANTA", name: "Constanța", cc: "RO", kind: "seaport", modes: "sea,rail,road", tz: "Europe/Bucharest",
		lon: 28.65, lat: 44.1667, aliases: []string{"Constanta", "Constanța"}, more: []string{"M1", "M8"},
		est: "port coordinate, estimate (44°10'N 28°39'E); free ID, the UN/LOCODE was not checked against the official list"},
	// Suez and the Cape
	{id: "EGSUZ", name: "Suez (south entrance of the Suez Canal)", cc: "EG", kind: "waypoint", modes: "sea", tz: "Africa/Cairo",
		lon: 32.55, lat: 29.96667, locode: "EGSUZ", aliases: []string{"Suez", "Suez Canal"}, src: fromWPI, est: "WPI port 48040"},
	{id: "EGPSD", name: "Port Said (north entrance of the Suez Canal)", cc: "EG", kind: "waypoint", modes: "sea", tz: "Africa/Cairo",
		lon: 32.3, lat: 31.26667, locode: "EGPSD", aliases: []string{"Port Said", "Suez Canal"}, src: fromWPI, est: "WPI port 45140"},
	{id: "ZA-CAPE", name: "Cape of Good Hope (waypoint)", cc: "ZA", kind: "waypoint", modes: "sea", tz: "Africa/Johannesburg",
		lon: 18.4739, lat: -34.3572, aliases: []string{"Cape of Good Hope"}, est: "landmark coordinate, estimate (34°21'26\"S 18°28'26\"E)"},
	// ILSTC, Beibu Gulf and Vietnam
	{id: "CNQZH", name: "Qinzhou Port (Beibu Gulf) and Qinzhou Port East rail container station", cc: "CN", kind: "seaport", modes: "sea,rail,road", tz: "Asia/Shanghai",
		lon: 108.58333, lat: 21.73333, locode: "CNQZH", aliases: []string{"Qinzhou", "Beibu Gulf"}, src: fromWPI, est: "WPI port 57820"},
	{id: "CNNIN", name: "Nanning International Railway Port", cc: "CN", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 108.31667, lat: 22.8, locode: "CNNIN", aliases: []string{"Nanning"}, src: fromLOCODE},
	{id: "CNPIN", name: "Pingxiang railway port (China–Vietnam rail border, to Dong Dang)", cc: "CN", kind: "border", modes: "rail", tz: "Asia/Shanghai",
		lon: 106.73333, lat: 22.11667, locode: "CNPIN", aliases: []string{"Pingxiang", "Dong Dang"}, src: fromLOCODE, more: []string{"S28"},
		border: customs(h(4), ""), est: "dwell 4 h for both customs (Dong Dang, VN, is not modelled separately: the Dong Dang–Yen Vien line is mixed gauge, so standard-gauge trains run through, S28); planning value"},
	{id: "CNYYG", name: "Youyiguan / Huu Nghi road border (to Lang Son)", cc: "CN", kind: "border", modes: "road", tz: "Asia/Shanghai",
		lon: 106.7, lat: 21.95, locode: "CNYYG", aliases: []string{"Youyiguan", "Huu Nghi", "Friendship Pass"}, src: fromLOCODE, more: []string{"S30"},
		border: customs(h(8), ""), est: "dwell 8 h for both customs, through-trucking without transloading (S30); planning value"},
	{id: "CNHKM", name: "Hekou North (China–Vietnam rail and road border)", cc: "CN", kind: "border", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 103.98333, lat: 22.51667, locode: "CNHKM", aliases: []string{"Hekou"}, src: fromLOCODE, more: []string{"S46"},
		border: gauge(24*time.Hour, 1435, 1000, "VNLCA"), est: "dwell 1 d including the 1435↔1000 mm transfer at Hekou North (S46); planning value"},
	{id: "VNLCA", name: "Lao Cai", cc: "VN", kind: "border", modes: "rail,road", tz: "Asia/Ho_Chi_Minh",
		lon: 103.95, lat: 22.48333, locode: "VNLCA", aliases: []string{"Lao Cai"}, src: fromLOCODE,
		border: customs(h(6), "CNHKM"), est: "dwell 6 h Vietnamese import customs; planning value"},
	{id: "VNYEV", name: "Yen Vien rail freight terminal (Hanoi)", cc: "VN", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Ho_Chi_Minh",
		lon: 105.91667, lat: 21.08333, locode: "VNYEV", aliases: []string{"Hanoi", "Ha Noi", "Yen Vien"}, src: fromLOCODE},
	{id: "VNHAN", name: "Hanoi", cc: "VN", kind: "road_hub", modes: "road", tz: "Asia/Ho_Chi_Minh",
		lon: 105.85, lat: 21.03333, locode: "VNHAN", aliases: []string{"Hanoi", "Ha Noi"}, src: fromLOCODE},
	{id: "VNHPH", name: "Hai Phong", cc: "VN", kind: "seaport", modes: "sea,rail,road", tz: "Asia/Ho_Chi_Minh",
		lon: 106.68333, lat: 20.91667, locode: "VNHPH", aliases: []string{"Hai Phong", "Haiphong"}, src: fromWPI, est: "WPI port 57680"},
	{id: "VNCLI", name: "Cat Lai terminal (Ho Chi Minh City)", cc: "VN", kind: "seaport", modes: "sea,road", tz: "Asia/Ho_Chi_Minh",
		lon: 106.78333, lat: 10.75, locode: "VNCLI", aliases: []string{"Ho Chi Minh City", "HCMC", "Saigon", "Cat Lai"}, src: fromWPI, est: "WPI port 57575"},
	{id: "VNCMT", name: "Cai Mep International Terminal", cc: "VN", kind: "seaport", modes: "sea,road", tz: "Asia/Ho_Chi_Minh",
		lon: 107.0, lat: 10.51667, locode: "VNCMT", aliases: []string{"Ho Chi Minh City", "HCMC", "Cai Mep"}, src: fromLOCODE},
	// South-East Asian seaports
	{id: "SGSIN", name: "Singapore (PSA)", cc: "SG", kind: "seaport", modes: "sea,road", tz: "Asia/Singapore",
		lon: 103.8333, lat: 1.2667, locode: "SGSIN", aliases: []string{"Singapore"},
		est: "coordinate is an estimate at Keppel Harbour (1°16'N 103°50'E), where the WPI lists Singapore; the UN/LOCODE point is geocoded, so not used"},
	{id: "MYPKG", name: "Port Klang", cc: "MY", kind: "seaport", modes: "sea,rail,road", tz: "Asia/Kuala_Lumpur",
		lon: 101.4, lat: 3.0, locode: "MYPKG", aliases: []string{"Port Klang", "Klang"}, src: fromWPI, est: "WPI port 49930"},
	{id: "IDJKT", name: "Jakarta (Tanjung Priok)", cc: "ID", kind: "seaport", modes: "sea,road", tz: "Asia/Jakarta",
		lon: 106.88333, lat: -6.1, locode: "IDJKT", aliases: []string{"Jakarta", "Tanjung Priok"}, src: fromWPI, est: "WPI port 50970"},
	{id: "THLCH", name: "Laem Chabang", cc: "TH", kind: "seaport", modes: "sea,rail,road", tz: "Asia/Bangkok",
		lon: 100.88333, lat: 13.08333, locode: "THLCH", aliases: []string{"Laem Chabang"}, src: fromWPI, est: "WPI port 57462"},
	// Kunming, China–Laos railway, Thailand
	{id: "CNKNM", name: "Kunming rail hub (Wangjiaying / Kunming South)", cc: "CN", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 102.7, lat: 25.06667, locode: "CNKNM", aliases: []string{"Kunming"}, src: fromLOCODE},
	{id: "CNMHN", name: "Mohan (China–Laos border)", cc: "CN", kind: "border", modes: "rail,road", tz: "Asia/Shanghai",
		lon: 101.6833, lat: 21.1833, locode: "CNMHN", aliases: []string{"Mohan"}, more: []string{"S25"}, border: customs(h(3), "LABTN"),
		est: "town-centre coordinate, estimate (21°11'N 101°41'E; the UN/LOCODE point is geocoded, so not used); dwell 3 h, chosen so Kunming–Vientiane sums to the 26 h of S25 (standard gauge throughout, no gauge change)"},
	{id: "LABTN", name: "Boten (Laos–China border)", cc: "LA", kind: "border", modes: "rail,road", tz: "Asia/Vientiane",
		lon: 101.66667, lat: 21.16667, locode: "LABTN", aliases: []string{"Boten"}, src: fromLOCODE, more: []string{"S25"}, border: customs(h(3), "CNMHN"),
		est: "dwell 3 h, chosen so Kunming–Vientiane sums to the 26 h of S25"},
	{id: "LAVTE", name: "Vientiane South freight station", cc: "LA", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Vientiane",
		lon: 102.55, lat: 17.96667, locode: "LAVTE", aliases: []string{"Vientiane"}, src: fromLOCODE},
	{id: "LATHG", name: "Thanaleng dry port (1435↔1000 mm transfer to Thailand)", cc: "LA", kind: "border", modes: "rail,road", tz: "Asia/Vientiane",
		lon: 102.71667, lat: 17.88333, locode: "LATHG", aliases: []string{"Vientiane", "Thanaleng"}, src: fromLOCODE, more: []string{"S26"},
		border: gauge(h(12), 1435, 1000, "THNOK"), est: "dwell 12 h for the 1435↔1000 mm transfer, chosen so Kunming–Bangkok sums to the 55 h of S26"},
	{id: "THNOK", name: "Nong Khai", cc: "TH", kind: "border", modes: "rail,road", tz: "Asia/Bangkok",
		lon: 102.73333, lat: 17.85, locode: "THNOK", aliases: []string{"Nong Khai"}, src: fromLOCODE, more: []string{"S26"},
		border: customs(h(4), "LATHG"), est: "dwell 4 h Thai customs, chosen so Kunming–Bangkok sums to the 55 h of S26"},
	{id: "THBKK", name: "Bangkok (Lat Krabang ICD)", cc: "TH", kind: "rail_terminal", modes: "rail,road", tz: "Asia/Bangkok",
		lon: 100.51667, lat: 13.75, locode: "THBKK", aliases: []string{"Bangkok"}, src: fromLOCODE,
		est: "location is the UN/LOCODE city point; Lat Krabang ICD lies about 25 km E"},
	// Yangtze
	{id: "CN-THREE-GORGES", name: "Three Gorges Dam ship locks (Sandouping)", cc: "CN", kind: "waypoint", modes: "inland_water", tz: "Asia/Shanghai",
		lon: 111.0033, lat: 30.8231, aliases: []string{"Three Gorges", "Sandouping"}, more: []string{"S32"},
		est: "landmark coordinate of the dam, estimate (30°49'23\"N 111°00'12\"E)"},
	{id: "CNYCG", name: "Yichang", cc: "CN", kind: "river_port", modes: "inland_water,rail,road", tz: "Asia/Shanghai",
		lon: 111.2833, lat: 30.70, locode: "CNYCG", aliases: []string{"Yichang"},
		est: "city-centre coordinate, estimate (30°42'N 111°17'E); the UN/LOCODE point is geocoded, so not used"},
	{id: "CNNHN", name: "Wuhan Yangtze container ports (Yangluo)", cc: "CN", kind: "river_port", modes: "inland_water,rail,road", tz: "Asia/Shanghai",
		lon: 114.28333, lat: 30.58333, locode: "CNNHN", aliases: []string{"Wuhan", "CNWUH"}, src: fromLOCODE,
		est: "location is the official UN/LOCODE city point; Yangluo lies about 25 km NE"},
	{id: "CNNJI", name: "Nanjing (Longtan container terminal)", cc: "CN", kind: "river_port", modes: "inland_water,sea,rail,road", tz: "Asia/Shanghai",
		lon: 118.75, lat: 32.08333, locode: "CNNJI", aliases: []string{"Nanjing", "CNNKG"}, src: fromWPI, est: "WPI port 60000"},
	{id: "CNTAC", name: "Taicang (Zhenghe terminal)", cc: "CN", kind: "river_port", modes: "inland_water,sea,road", tz: "Asia/Shanghai",
		lon: 121.2, lat: 31.65, locode: "CNTAC", aliases: []string{"Taicang"}, src: fromWPI, est: "WPI port 59976"},
	{id: "CNSGH-YANGSHAN", name: "Shanghai Yangshan deep-water port", cc: "CN", kind: "seaport", modes: "sea,inland_water,road", tz: "Asia/Shanghai",
		lon: 122.07, lat: 30.62, locode: "CNSGH", aliases: []string{"Shanghai", "CNSHA", "Yangshan"},
		est: "coordinate is an estimate (±3 km) for the Xiaoyangshan container terminals; the UN/LOCODE CNSGH point is the city, 88 km away, and the geocoded CNYSA point is in Jiangxi"},
	{id: "CNPVG", name: "Shanghai Pudong International Airport", cc: "CN", kind: "airport", modes: "air,road", tz: "Asia/Shanghai",
		lon: 121.80537, lat: 31.14274, locode: "CNPVG", aliases: []string{"Shanghai", "PVG", "Pudong"}, src: fromOurAir},
}
