package build

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/corridor-go/corridor/network"
)

// ldef is one directed leg before it is turned into a network.Leg. km == 0
// leaves the distance to Build (great-circle × network.Circuity).
type ldef struct {
	from, to  string
	mode      network.Mode
	service   string
	operator  string
	corridors []string
	km        float64
	dur       time.Duration
	price     network.PriceTerms
	co2       float64
	sched     *network.Schedule
	src       []string
	est       []string
}

// back says how the return leg of a service differs from the outbound one.
type back struct {
	sched      *network.Schedule // departures of the return leg; nil = none (through service)
	priceScale float64           // 0 means 1
	durScale   float64           // 0 means 1
	note       string            // why it differs
}

const (
	rail   = network.Rail
	road   = network.Road
	sea    = network.Sea
	barge  = network.InlandWater
	flight = network.Air
)

// Planning values. Each is an estimate unless its comment names a source.
const (
	// CRE rate per container-km: the midpoint of 5,250–6,100 USD/FEU
	// China→Eastern Europe in 2025 (S10) over Chengdu–Łódź 9,826 km (S1).
	creUSDPerFEUKm = 5675.0 / 9826.0
	teuShareRail   = 0.6 // a 20' pays 60 % of a 40' on rail (estimate)
	teuShareSea    = 0.55
	// Planning speeds of through block trains (estimates, calibrated so that
	// Chongqing–Duisburg sums to about 16 days, S5).
	cnRailKmPerDay  = 1000.0
	b1520KmPerDay   = 1000.0
	euRailKmPerDay  = 600.0
	ilstcKmPerDay   = 627.0 // Chongqing–Qinzhou 1,254 km (estimated) in 2 d (S17)
	seaKmPerDay     = 700.0 // 15.7 kn average including port stays
	capeKmPerDay    = 660.0 // calibrated so the Cape adds about 10 d (S16)
	cnRailCNYPerKm  = 4.0   // domestic container rail, CNY per FEU-km (estimate: 5,000 CNY Chongqing–Qinzhou)
	cnTruckCNYPerKm = 5.0
	euTruckEURPerKm = 2.0
	seTruckUSDPerKm = 1.6
	// co2e planning values, g/tkm WTW (figures.md section 3; not yet GLEC
	// table values).
	co2RailCN    = 18
	co2Rail1520  = 28
	co2RailEU    = 8
	co2Feeder    = 20
	co2Barge     = 25
	co2RailMetre = 28
)

const (
	co2Note    = "co2e intensity is a planning value from figures.md section 3 (electric China rail 18, diesel 1520 mm rail 28, EU rail 8, feeder/short-sea 20, Yangtze barge 25 g/tkm WTW), not a GLEC table value"
	truckNote  = "truck duration = km / 60 km/h plus 11 h rest per 600 km; price per container-km (China CNY 5, Europe EUR 2, South-East Asia USD 1.6 per FEU-km, 20' at 80 %), minimum one hour's worth; all estimates"
	distEst    = "distance left to the library (great-circle × network.Circuity)"
	sailNote   = "sailing time = km / 700 km/day (15.7 kn average with port stays), estimate"
	feederNote = "intra-Asia feeder rate = 300 USD + 0.12 USD/km per FEU, 20' at 55 % (estimate; no published rate retrieved)"
)

func usd(v float64) network.Amount { return network.Amount(math.Round(v) * network.Micro) }

// perBox prices 20', 40' and 45' containers. No source gives 45' rates on
// these lanes; they are the 40' rate × 1.125, the TEU ratio (2.25/2), which
// is how forwarders commonly scale them — an estimate, said in box45Note on
// every record that uses it.
func perBox(cur string, p20, p40 float64) network.PriceTerms {
	return network.PriceTerms{Currency: network.Currency(cur), PerContainer: []network.ContainerRate{
		{Type: "20", Price: usd(p20)}, {Type: "40", Price: usd(p40)}, {Type: "45", Price: usd(p40 * 1.125)}}}
}

// creRate prices a rail leg of km at the CRE's per-km rate (S10 over S1),
// rounded to 10 USD, the 20' box at teuShareRail of the 40'.
func creRate(km float64) network.PriceTerms {
	p40 := math.Round(km*creUSDPerFEUKm/10) * 10
	return perBox("USD", math.Round(p40*teuShareRail/10)*10, p40)
}

// feederRate prices a sea feeder of km: 300 USD + 0.12 USD/km per FEU
// (feederNote), rounded to 10 USD, the 20' box at teuShareSea.
func feederRate(km float64) network.PriceTerms {
	p40 := math.Round((300+0.12*km)/10) * 10
	return perBox("USD", math.Round(p40*teuShareSea/10)*10, p40)
}

const box45Note = "45' price = 40' price × 1.125 (TEU ratio 2.25/2), estimate: no published 45' rate retrieved"

func perKg(cur string, kg, minimum float64) network.PriceTerms {
	return network.PriceTerms{Currency: network.Currency(cur),
		PerKg: network.Amount(math.Round(kg*100) * network.Micro / 100), Minimum: usd(minimum)}
}

func days(d float64) time.Duration {
	return max(time.Duration(math.Round(d*24))*time.Hour, time.Hour)
}

func daily(clock ...string) *network.Schedule {
	var ws []string
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		for _, c := range clock {
			ws = append(ws, d+" "+c)
		}
	}
	return weekly(ws...)
}

func weekly(deps ...string) *network.Schedule {
	s := &network.Schedule{}
	for _, d := range deps {
		w, err := network.ParseWeeklyDeparture(d)
		if err != nil {
			fail("%w", err)
		}
		s.Weekly = append(s.Weekly, w)
	}
	return s
}

func cut(s *network.Schedule, d time.Duration) *network.Schedule { s.Cutoff = d; return s }

func scalePrice(p network.PriceTerms, f float64) network.PriceTerms {
	if f == 0 || f == 1 {
		return p
	}
	q := p
	q.PerContainer = nil
	for _, r := range p.PerContainer {
		q.PerContainer = append(q.PerContainer, network.ContainerRate{Type: r.Type, Price: network.Amount(math.Round(float64(r.Price)*f/network.Micro) * network.Micro)})
	}
	if p.PerKg != 0 {
		q.PerKg = network.Amount(math.Round(float64(p.PerKg)*f/(network.Micro/100)) * (network.Micro / 100))
	}
	return q
}

// truck returns a road leg with the standard trucking estimates. km is the
// road distance if published (then src names its source), else 0.
func (g *gen) truck(from, to string, km float64, cur string, perKm float64, service string, corridors []string, src ...string) {
	dist := km
	if dist == 0 {
		dist = g.estimateKm(road, from, to)
	}
	hours := dist / 60
	hours += 11 * math.Floor(dist/600)
	p40 := math.Max(perKm*dist, perKm*60)
	l := ldef{from: from, to: to, mode: road, service: service, operator: "road hauliers", corridors: corridors,
		km: km, dur: days(hours / 24), price: perBox(cur, math.Round(0.8*p40), math.Round(p40)), src: src,
		est: []string{truckNote}}
	if km == 0 {
		l.est = append(l.est, distEst)
	}
	g.both(l, back{})
}

func (g *gen) both(l ldef, b back) {
	g.add(l)
	r := l
	r.from, r.to = l.to, l.from
	r.sched = b.sched
	r.price = scalePrice(l.price, b.priceScale)
	if b.durScale != 0 && b.durScale != 1 {
		r.dur = time.Duration(math.Round(float64(l.dur)*b.durScale/float64(time.Hour))) * time.Hour
	}
	note := "return leg mirrored from " + l.from + "→" + l.to
	if b.note != "" {
		note += " (" + b.note + ")"
	}
	r.est = append(append([]string(nil), l.est...), note)
	g.add(r)
}

func (g *gen) add(l ldef) {
	// Only override the cost package's defaults (rail 18, inland water 25
	// g/tkm) where a leg differs from them.
	if l.mode == rail && l.co2 == co2RailCN || l.mode == barge && l.co2 == co2Barge {
		l.co2 = 0
	}
	if _, ok := l.price.ContainerPrice("45"); ok {
		l.est = append(l.est, box45Note)
	}
	reefer, noDG, src, notes := cargoRules(&l)
	l.src = append(slices.Clone(l.src), src...)
	l.est = append(slices.Clone(l.est), notes...)
	leg := network.Leg{
		ID:   strings.ToLower(fmt.Sprintf("%s-%s-%s", l.mode, l.from, l.to)),
		From: l.from, To: l.to, Mode: l.mode, Service: l.service, Operator: l.operator,
		Corridor: l.corridors, DistanceKm: math.Round(l.km), Duration: l.dur, Price: l.price,
		CO2ePerTonneKm: l.co2, Schedule: l.sched, Reefer: reefer, NoDangerousGoods: noDG,
		Provenance: network.Provenance{Sources: l.src, Estimate: strings.Join(l.est, "; ")},
	}
	g.b.AddLeg(leg)
}
