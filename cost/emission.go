package cost

import "github.com/corridor-go/corridor/network"

// Intensity is a well-to-wheel emission intensity with where it comes from.
type Intensity struct {
	// GramsPerTonneKm is grams CO2e (well-to-wheel) per tonne-km of cargo.
	GramsPerTonneKm float64
	// Source cites the figure; Estimate is true for planning values that no
	// source gives as such.
	Source   string
	Date     string // of the source, YYYY-MM-DD or YYYY-MM
	Estimate bool
}

// DefaultIntensity returns the library's default well-to-wheel intensity
// for mode m, in grams CO2e per tonne-km, with its source; the zero
// Intensity for an invalid mode. The values are the "suggested library
// defaults" of the project's research notes (figures.md section 3): planning
// values, labelled as such, to be replaced by GLEC Framework v3.1 table
// values (ISO 14083-aligned) when those are copied from the official PDF.
// Override them per query (EmissionOptions.PerMode) or per leg
// (network.Leg.CO2ePerTonneKm). Rail is refined by country
// (DefaultRailIntensity).
func DefaultIntensity(m network.Mode) Intensity {
	if !m.Valid() {
		return Intensity{}
	}
	return defaultIntensities[m]
}

var defaultIntensities = [network.NumModes]Intensity{
	// Rail: 18 g/tkm, electric traction on the Chinese grid, for countries
	// DefaultRailIntensity has no value of its own. Inside the 11.3 (NL
	// electric mix, E5) – 30 (DEFRA 2007, E3) range.
	network.Rail: {18, "figures.md §3 suggested default, within [E3][E5][E11]", "2025", true},
	// Road: articulated truck 34–40 t, average load, diesel: GLEC v3.0
	// Table 8 gives 22 g WTT; with WTT ≈ 22 % of WTW that is ≈ 100 g WTW.
	network.Road: {100, "GLEC v3.0 Table 8 via Climatiq [E4], WTW derived", "2023-09", true},
	// Sea: deep-sea container ship Asia–Europe; Clean Cargo 37.9 g
	// CO2/TEU-km (2014) at 70 % utilisation and 10 t/TEU is ≈ 5.4 g TTW;
	// 10 g WTW is the planning value. Feeder/short-sea is ≈ 20.
	network.Sea: {10, "figures.md §3 suggested default, from Clean Cargo [E6] and DESNZ 2025 [E9]", "2025", true},
	// Inland water: GLEC default for a motor vessel < 1,000 t carrying
	// containers is 29.2 g WTW (Searoutes worked example, E10); 25 is the
	// planning value for Yangtze container barges.
	network.InlandWater: {25, "figures.md §3 suggested default, near GLEC via Searoutes [E10]", "2025", true},
	// Air: freighter > 1,500 km, GLEC v3.0 Table 1: 498 g TTW × 1.22 WTT
	// uplift ≈ 610 g WTW (belly cargo ≈ 780, unverified).
	network.Air: {610, "GLEC v3.0 Table 1 via Climatiq [E1], WTW derived", "2023-09", true},
}

// DefaultRailIntensity returns the default rail intensity for a leg that
// starts in the given country (ISO 3166-1 alpha-2): the research notes'
// planning values (figures.md section 3, labelled estimates) of 18 g
// CO2e/tkm for electric traction on the Chinese grid, 8 for electric
// traction on EU grids, and 28 for the diesel-hauled legs of Kazakhstan,
// Russia and Mongolia; DefaultIntensity(network.Rail) elsewhere.
func DefaultRailIntensity(country string) Intensity {
	switch {
	case country == "CN":
		return Intensity{18, "figures.md §3 suggested default, rail electric (China grid)", "2025", true}
	case country == "KZ" || country == "RU" || country == "MN":
		return Intensity{28, "figures.md §3 suggested default, rail diesel (KZ/RU/MN)", "2025", true}
	case euCountries[country]:
		return Intensity{8, "figures.md §3 suggested default, rail electric (EU grid)", "2025", true}
	}
	return defaultIntensities[network.Rail]
}

// euCountries are the EU-27 member states.
var euCountries = map[string]bool{
	"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true, "DK": true, "EE": true, "FI": true,
	"FR": true, "DE": true, "GR": true, "HU": true, "IE": true, "IT": true, "LV": true, "LT": true, "LU": true,
	"MT": true, "NL": true, "PL": true, "PT": true, "RO": true, "SK": true, "SI": true, "ES": true, "SE": true,
}

// DefaultHubGramsPerTonne is the default hub emission for a transshipment
// (a change of mode, or a break of gauge at a border crossing): grams CO2e
// per tonne handled. 1 kg per tonne is an estimate of the order of the GLEC
// Framework's logistics-site defaults for container transshipment, not a
// retrieved table value (estimate, 2026); replace it with the GLEC v3 hub
// figure when it is copied from the official PDF.
const DefaultHubGramsPerTonne = 1000

// EmissionOptions override the default intensities for one query. The zero
// value uses the defaults.
type EmissionOptions struct {
	// PerMode replaces the default intensity of a mode when non-zero
	// (grams CO2e WTW per tonne-km); for rail it replaces the per-country
	// defaults too.
	PerMode [network.NumModes]float64
	// IgnoreLegValues makes the query's intensities (PerMode, else the
	// defaults) win over a leg's own CO2ePerTonneKm. By default a leg's own
	// value wins, since it describes that service.
	IgnoreLegValues bool
	// HubGramsPerTonne replaces DefaultHubGramsPerTonne when non-zero.
	HubGramsPerTonne float64
	// NoHubEmissions leaves hub emissions out.
	NoHubEmissions bool
}
