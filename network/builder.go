package network

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // time zones must resolve on machines without a zoneinfo database

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// Builder collects terminals, legs, transfer rules and sources, and turns
// them into an immutable Network. The zero Builder is ready to use. A
// Builder is not safe for concurrent use.
type Builder struct {
	name      string
	sources   []Source
	srcLoc    []Loc
	terminals []Terminal
	termLoc   []Loc
	termIdx   map[string]int // terminal ID → index of its first occurrence
	legs      []Leg
	legLoc    []Loc
	transfers []Transfer
	xferLoc   []Loc
}

// NewBuilder returns a Builder for a network called name.
func NewBuilder(name string) *Builder { return &Builder{name: name} }

// SetName sets the network's name.
func (b *Builder) SetName(name string) { b.name = name }

// AddSource records a document that records cite by its ID.
func (b *Builder) AddSource(s Source) { b.AddSourceAt(Loc{}, s) }

// AddSourceAt is AddSource for a record read from loc.
func (b *Builder) AddSourceAt(loc Loc, s Source) {
	b.sources = append(b.sources, s)
	b.srcLoc = append(b.srcLoc, loc)
}

// AddTerminal adds a terminal. Nothing is checked until Build.
func (b *Builder) AddTerminal(t Terminal) { b.AddTerminalAt(Loc{}, t) }

// AddTerminalAt is AddTerminal for a record read from loc.
func (b *Builder) AddTerminalAt(loc Loc, t Terminal) {
	if b.termIdx == nil {
		b.termIdx = map[string]int{}
	}
	if _, dup := b.termIdx[t.ID]; !dup { // Build reports the duplicate
		b.termIdx[t.ID] = len(b.terminals)
	}
	b.terminals = append(b.terminals, t)
	b.termLoc = append(b.termLoc, loc)
}

// AddTerminalTransferAt adds x to the transfer overrides of the terminal
// terminalID, added before; loc is where the rule was read. If several
// terminals have that ID, the first one added gets the rule. Unlike the
// other Add methods it checks at once that the terminal exists: the error,
// wrapping ErrUnknownTerminal, is a *RecordError naming the field
// "terminal" but not the record, for the caller to place with AtRecord.
// The rule itself is checked by Build.
func (b *Builder) AddTerminalTransferAt(loc Loc, terminalID string, x Transfer) error {
	t, err := b.terminalAt(loc, terminalID)
	if err != nil {
		return err
	}
	// Clip: the slice may be the caller's, whose spare capacity is not ours.
	t.Transfers = append(slices.Clip(t.Transfers), x)
	return nil
}

// SetBorderAt sets the border rules of the terminal terminalID, added
// before; loc is where the rules were read. If several terminals have that
// ID, the first one added gets them. It checks at once that the terminal
// exists and has no border rules yet (ErrUnknownTerminal, ErrDuplicateID);
// the error is a *RecordError as from AddTerminalTransferAt. The rules
// themselves are checked by Build.
func (b *Builder) SetBorderAt(loc Loc, terminalID string, bd Border) error {
	t, err := b.terminalAt(loc, terminalID)
	if err != nil {
		return err
	}
	if t.Border != nil {
		return &RecordError{Loc: loc, Field: "terminal", Err: fmt.Errorf("%w: second border row for %q", ErrDuplicateID, terminalID)}
	}
	t.Border = &bd
	return nil
}

// terminalAt returns the first terminal added with ID id.
func (b *Builder) terminalAt(loc Loc, id string) (*Terminal, error) {
	i, ok := b.termIdx[id]
	if !ok {
		return nil, &RecordError{Loc: loc, Field: "terminal", Err: fmt.Errorf("%w %q", ErrUnknownTerminal, id)}
	}
	return &b.terminals[i], nil
}

// AddLeg adds a leg. Nothing is checked until Build.
func (b *Builder) AddLeg(l Leg) { b.AddLegAt(Loc{}, l) }

// AddLegAt is AddLeg for a record read from loc.
func (b *Builder) AddLegAt(loc Loc, l Leg) {
	b.legs = append(b.legs, l)
	b.legLoc = append(b.legLoc, loc)
}

// AddTransfer sets the network-wide default handling rule for changing from
// one mode to another; terminals may override it.
func (b *Builder) AddTransfer(t Transfer) { b.AddTransferAt(Loc{}, t) }

// AddTransferAt is AddTransfer for a record read from loc.
func (b *Builder) AddTransferAt(loc Loc, t Transfer) {
	b.transfers = append(b.transfers, t)
	b.xferLoc = append(b.xferLoc, loc)
}

// Circuity is the factor by which Build multiplies the great-circle
// distance of a leg whose distance is not given. They are estimates,
// derived where a source allows:
//   - rail 1.4: China Railway Express route km over great-circle km,
//     9,826/7,029 = 1.40 Chengdu–Łódź and 11,179/8,107 = 1.38
//     Chongqing–Duisburg (figures.md, sources S1 and S5);
//   - road 1.25: estimate, the common planning value for trunk roads;
//   - sea 1.3: estimate; real sea routes vary from 1.1 to over 2 (Shanghai–
//     Rotterdam via Suez is 19,520 km against 9,000 great-circle), so sea
//     legs should always give their distance;
//   - inland water 1.6: Yangtze Chongqing–Shanghai ≈2,400 river km over
//     1,498 great-circle km (figures.md, unverified river km);
//   - air 1.0 plus AirDistanceUpliftKm, the great-circle-distance + 95 km
//     convention of EN 16258 and the GLEC Framework for flight distance.
var Circuity = [NumModes]float64{Rail: 1.4, Road: 1.25, Sea: 1.3, InlandWater: 1.6, Air: 1.0}

// AirDistanceUpliftKm is added to the great-circle distance of air legs
// whose distance is estimated (EN 16258 / GLEC "GCD + 95 km").
const AirDistanceUpliftKm = 95

// EstimateDistanceKm returns the estimated distance of a leg of mode m
// between two points: great-circle km × Circuity[m] (+95 km for air).
func EstimateDistanceKm(m Mode, from, to orb.Point) float64 {
	gc := geo.Distance(from, to) / 1000
	if !m.Valid() {
		return gc
	}
	d := gc * Circuity[m]
	if m == Air {
		d += AirDistanceUpliftKm
	}
	return d
}

// Build checks every record and returns the network. It reports every
// problem it finds, joined with errors.Join; each is a *RecordError naming
// the record and wrapping a sentinel error. The Builder can be reused.
//
// Build runs in O((T + L) log(T + L)) for T terminals and L legs; from
// some 32,000 legs it checks them on one goroutine per core (at most 8),
// with the same result. A million legs take about 0.7 s on two cores.
func (b *Builder) Build() (*Network, error) {
	var errs []error
	add := func(loc Loc, rec, id, field string, err error) {
		errs = append(errs, &RecordError{Loc: loc, Record: rec, ID: id, Field: field, Err: err})
	}

	n := &Network{
		name:      b.name,
		sources:   slices.Clone(b.sources),
		terminals: make([]Terminal, len(b.terminals)),
		legs:      make([]Leg, len(b.legs)),
		byID:      make(map[string]int32, len(b.terminals)),
		places:    make(map[string][]int32, len(b.terminals)),
		zones:     make([]*time.Location, len(b.terminals)),
	}
	if len(b.terminals) > math.MaxInt32 || len(b.legs) > math.MaxInt32 {
		return nil, &RecordError{Record: "network", Err: fmt.Errorf("%w: more than 2^31 terminals or legs", ErrInvalidValue)}
	}

	sourceIDs := make(map[string]bool, len(b.sources))
	for i, s := range b.sources {
		loc := b.srcLoc[i]
		switch {
		case strings.TrimSpace(s.ID) == "":
			add(loc, "source", "", "id", fmt.Errorf("%w: empty source ID", ErrMissingValue))
		case sourceIDs[s.ID]:
			add(loc, "source", s.ID, "id", ErrDuplicateID)
		}
		sourceIDs[s.ID] = true
	}
	checkProv := func(loc Loc, rec, id string, p Provenance) {
		for _, s := range p.Sources {
			if !sourceIDs[s] {
				add(loc, rec, id, "sources", fmt.Errorf("%w %q", ErrUnknownSource, s))
			}
		}
	}

	defaults := make(map[[2]Mode]int, len(b.transfers))
	for i, t := range b.transfers {
		loc, id := b.xferLoc[i], t.From.String()+"→"+t.To.String()
		for _, e := range checkTransfer(t) {
			add(loc, "transfer", id, e.field, e.err)
		}
		if _, dup := defaults[[2]Mode{t.From, t.To}]; dup {
			add(loc, "transfer", id, "", ErrDuplicateID)
		}
		defaults[[2]Mode{t.From, t.To}] = i
		checkProv(loc, "transfer", id, t.Provenance)
	}
	n.transfers = cloneTransfers(b.transfers)

	// Terminals of a network share a few zones; loading one from the
	// embedded database costs tens of microseconds.
	// "Local" is refused: it is the zone of the machine running the
	// program, not of a place.
	zoneCache := map[string]*time.Location{}
	loadZone := func(name string) (*time.Location, error) {
		z, ok := zoneCache[name]
		if !ok {
			if name != "Local" {
				z, _ = time.LoadLocation(name)
			}
			zoneCache[name] = z
		}
		if z == nil {
			return nil, fmt.Errorf("%w %q", ErrInvalidTimeZone, name)
		}
		return z, nil
	}
	for i := range b.terminals {
		t := cloneTerminal(b.terminals[i])
		loc := b.termLoc[i]
		tadd := func(field string, err error) { add(loc, "terminal", t.ID, field, err) }
		fes, zone := checkTerminal(&t, loadZone)
		for _, e := range fes {
			tadd(e.field, e.err)
		}
		checkProv(loc, "terminal", t.ID, t.Provenance)
		for _, x := range t.Transfers {
			checkProv(loc, "terminal", t.ID, x.Provenance)
		}
		if t.ID != "" {
			if _, dup := n.byID[t.ID]; dup {
				tadd("id", ErrDuplicateID)
			} else {
				n.byID[t.ID] = int32(i)
			}
		}
		n.zones[i] = zone
		n.terminals[i] = t
	}
	if len(errs) == 0 {
		// Places: every terminal answers to its LOCODE and aliases as well as
		// its ID; a name may stand for several terminals (a city).
		for i := range n.terminals {
			t := &n.terminals[i]
			addPlace := func(name string) {
				if name == "" {
					return
				}
				k := placeKey(name)
				if !slices.Contains(n.places[k], int32(i)) {
					n.places[k] = append(n.places[k], int32(i))
				}
			}
			addPlace(t.ID)
			addPlace(t.LOCODE)
			for _, a := range t.Aliases {
				addPlace(a)
			}
		}
	}

	// Legs reach terminals in random order; the few bytes per terminal the
	// leg checks read stay in cache in arrays of their own, where the
	// 200-byte Terminals would not.
	lc := &legCheck{b: b, n: n, sourceIDs: sourceIDs,
		termModes: make([]ModeSet, len(n.terminals)), termLocs: make([]orb.Point, len(n.terminals)),
		from: make([]int32, len(b.legs)), to: make([]int32, len(b.legs))}
	for i := range n.terminals {
		lc.termModes[i], lc.termLocs[i] = n.terminals[i].Modes, n.terminals[i].Location
	}
	for _, e := range lc.run() {
		add(b.legLoc[e.leg], "leg", n.legs[e.leg].Name(), e.field, e.err)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	n.index(lc.from, lc.to)
	return n, nil
}

// legCheck copies and checks the legs of a Build. Its parts read the
// builder and the terminals of the network being built and write only
// their own legs, so that large networks are checked in parallel.
type legCheck struct {
	b         *Builder
	n         *Network
	sourceIDs map[string]bool
	termModes []ModeSet
	termLocs  []orb.Point
	from, to  []int32 // terminal index of each leg's ends
}

// legErr is a problem with leg number leg.
type legErr struct {
	leg   int
	field string
	err   error
}

// parallelLegs is the number of legs from which Build checks them on
// several goroutines: below it, starting them costs more than it saves.
const parallelLegs = 1 << 15

// legParts is how many parts Build splits legs legs into (a variable so
// that tests can compare the parallel check with the sequential one).
var legParts = func(legs int) int {
	if legs < parallelLegs {
		return 1
	}
	return min(runtime.GOMAXPROCS(0), 8, legs/(parallelLegs/2))
}

// run copies and checks every leg and returns the problems in leg order,
// each leg's in the order its checks run (a duplicate ID first).
func (c *legCheck) run() []legErr {
	legs := len(c.b.legs)
	parts := max(1, legParts(legs))
	var dups []int // legs whose ID an earlier leg has
	errs := make([][]legErr, parts)
	var wg sync.WaitGroup
	// The duplicate-ID check needs every ID in one map: it runs beside
	// the parts, which check everything else.
	wg.Go(func() { dups = c.duplicateIDs() })
	for p := range parts {
		lo, hi := legs*p/parts, legs*(p+1)/parts
		wg.Go(func() { errs[p] = c.check(lo, hi) })
	}
	wg.Wait()
	var out []legErr
	for _, part := range errs {
		for _, e := range part {
			for len(dups) > 0 && dups[0] <= e.leg {
				out = append(out, legErr{dups[0], "id", ErrDuplicateID})
				dups = dups[1:]
			}
			out = append(out, e)
		}
	}
	for _, i := range dups {
		out = append(out, legErr{i, "id", ErrDuplicateID})
	}
	return out
}

// duplicateIDs returns, in order, the legs whose ID an earlier leg has.
func (c *legCheck) duplicateIDs() []int {
	var dups []int
	seen := make(map[string]struct{}, len(c.b.legs))
	for i := range c.b.legs {
		id := c.b.legs[i].ID
		if id == "" {
			continue
		}
		if _, dup := seen[id]; dup {
			dups = append(dups, i)
		}
		seen[id] = struct{}{}
	}
	return dups
}

// check copies legs [lo, hi) into the network, their slices into a slab of
// their own, and returns their problems in order.
func (c *legCheck) check(lo, hi int) []legErr {
	var errs []legErr
	n, slab := c.n, newLegSlab(c.b.legs[lo:hi])
	for i := lo; i < hi; i++ {
		l := &n.legs[i] // a Leg is 320 bytes: copy it once, in place
		slab.clone(l, &c.b.legs[i])
		ladd := func(field string, err error) { errs = append(errs, legErr{i, field, err}) }
		fi, okFrom := n.byID[l.From]
		ti, okTo := n.byID[l.To]
		c.from[i], c.to[i] = fi, ti
		switch {
		case l.From == "":
			ladd("from", fmt.Errorf("%w: no origin terminal", ErrMissingValue))
		case !okFrom:
			ladd("from", fmt.Errorf("%w %q", ErrUnknownTerminal, l.From))
		}
		switch {
		case l.To == "":
			ladd("to", fmt.Errorf("%w: no destination terminal", ErrMissingValue))
		case !okTo:
			ladd("to", fmt.Errorf("%w %q", ErrUnknownTerminal, l.To))
		}
		if l.From != "" && l.From == l.To {
			ladd("to", ErrSelfLoop)
		}
		for _, e := range checkLeg(l) {
			ladd(e.field, e.err)
		}
		for _, s := range l.Sources {
			if !c.sourceIDs[s] {
				ladd("sources", fmt.Errorf("%w %q", ErrUnknownSource, s))
			}
		}
		if okFrom && okTo && l.Mode.Valid() {
			if !c.termModes[fi].Has(l.Mode) {
				ladd("mode", fmt.Errorf("%w: %s does not handle %s", ErrModeNotHandled, l.From, l.Mode))
			}
			if !c.termModes[ti].Has(l.Mode) {
				ladd("mode", fmt.Errorf("%w: %s does not handle %s", ErrModeNotHandled, l.To, l.Mode))
			}
			if pf, pt := c.termLocs[fi], c.termLocs[ti]; l.DistanceKm == 0 && fi != ti && ValidPoint(pf) && ValidPoint(pt) {
				l.DistanceKm = EstimateDistanceKm(l.Mode, pf, pt)
				l.DistanceEstimated = true
				if l.DistanceKm <= 0 {
					ladd("distance", fmt.Errorf("%w: no distance given and the terminals are at the same point", ErrMissingValue))
				}
			}
			if l.Schedule != nil && len(l.Schedule.Weekly) > 0 && n.zones[fi] == nil {
				ladd("schedule", fmt.Errorf("%w: weekly departures need a time zone at %s", ErrInvalidSchedule, l.From))
			}
		}
	}
	return errs
}

type fieldErr struct {
	field string
	err   error
}

func errorf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}

// ValidPoint reports whether p is a longitude in [-180, 180] and a latitude
// in [-90, 90] (NaN is neither).
func ValidPoint(p orb.Point) bool {
	lon, lat := p[0], p[1]
	return !math.IsNaN(lon) && !math.IsNaN(lat) && lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90
}

func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range []byte(id) {
		ok := 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':'
		if !ok {
			return false
		}
	}
	return true
}

// checkTerminal checks t and returns its problems and its time zone (nil
// when it has none or an invalid one), loaded with loadZone.
func checkTerminal(t *Terminal, loadZone func(string) (*time.Location, error)) (fe []fieldErr, zone *time.Location) {
	bad := func(field string, err error) { fe = append(fe, fieldErr{field, err}) }
	switch {
	case t.ID == "":
		bad("id", fmt.Errorf("%w: empty terminal ID", ErrMissingValue))
	case !validID(t.ID):
		bad("id", errorf(ErrInvalidValue, "ID %q: use up to 64 letters, digits and - _ . :", t.ID))
	case looksLikeLOCODE(t.ID):
		if err := CheckLOCODE(t.ID); err != nil {
			bad("id", err)
		} else if t.Country != "" && t.ID[:2] != t.Country {
			bad("id", errorf(ErrInvalidLocode, "%q names country %s but the terminal is in %s", t.ID, t.ID[:2], t.Country))
		}
	}
	if t.LOCODE != "" {
		if err := CheckLOCODE(t.LOCODE); err != nil {
			bad("locode", err)
		} else if t.Country != "" && t.LOCODE[:2] != t.Country {
			bad("locode", errorf(ErrInvalidLocode, "%q names country %s but the terminal is in %s", t.LOCODE, t.LOCODE[:2], t.Country))
		}
	}
	if strings.TrimSpace(t.Name) == "" {
		bad("name", fmt.Errorf("%w: empty name", ErrMissingValue))
	}
	if !ValidCountry(t.Country) {
		bad("country", errorf(ErrInvalidValue, "%q is not an ISO 3166-1 alpha-2 code", t.Country))
	}
	lon, lat := t.Location[0], t.Location[1]
	switch {
	case math.IsNaN(lon) || math.IsInf(lon, 0) || lon < -180 || lon > 180:
		bad("location", errorf(ErrInvalidLocation, "longitude %v out of range [-180, 180]", lon))
	case math.IsNaN(lat) || math.IsInf(lat, 0) || lat < -90 || lat > 90:
		bad("location", errorf(ErrInvalidLocation, "latitude %v out of range [-90, 90]", lat))
	}
	if t.Kind == 0 || int(t.Kind) >= len(kindNames) {
		bad("kind", fmt.Errorf("%w: no terminal kind", ErrMissingValue))
	}
	if t.Modes == 0 {
		bad("modes", fmt.Errorf("%w: a terminal handles at least one mode", ErrMissingValue))
	} else if t.Modes&^AllModes != 0 {
		bad("modes", fmt.Errorf("%w: bits %08b", ErrUnknownMode, uint8(t.Modes&^AllModes)))
	}
	if t.TimeZone != "" {
		var err error
		if zone, err = loadZone(t.TimeZone); err != nil {
			bad("time_zone", err)
		}
	}
	for _, a := range t.Aliases {
		if strings.TrimSpace(a) == "" {
			bad("aliases", fmt.Errorf("%w: empty alias", ErrInvalidValue))
		}
	}
	if err := checkDuration(t.CustomsDwell); err != nil {
		bad("customs_dwell", err)
	}
	for i, x := range t.Transfers {
		for _, e := range checkTransfer(x) {
			bad("transfers "+x.From.String()+"→"+x.To.String()+" "+e.field, e.err)
		}
		if slices.ContainsFunc(t.Transfers[:i], func(y Transfer) bool { return y.From == x.From && y.To == x.To }) {
			bad("transfers", errorf(ErrDuplicateID, "two rules for %s→%s", x.From, x.To))
		}
	}
	if t.Border != nil {
		if t.Kind != BorderCrossing {
			bad("border", errorf(ErrInvalidValue, "border rules on a terminal of kind %s", t.Kind))
		}
		if err := checkDuration(t.Border.Dwell); err != nil {
			bad("border.dwell", err)
		}
		if !t.Border.Fee.IsZero() {
			for _, e := range checkPrice(&t.Border.Fee) {
				bad("border.fee"+e.field, e.err)
			}
		}
		g1, g2 := t.Border.GaugeFrom, t.Border.GaugeTo
		if (g1 == 0) != (g2 == 0) || g1 < 0 || g2 < 0 || g1 > 3000 || g2 > 3000 {
			bad("border.gauge", errorf(ErrInvalidValue, "gauges %d/%d mm: give both sides in mm or neither", g1, g2))
		}
		if t.Border.Across == t.ID && t.ID != "" {
			bad("border.across", errorf(ErrInvalidValue, "terminal is across the border from itself"))
		}
	}
	return fe, zone
}

func checkTransfer(x Transfer) []fieldErr {
	var fe []fieldErr
	if !x.From.Valid() {
		fe = append(fe, fieldErr{"from", fmt.Errorf("%w: %d", ErrUnknownMode, x.From)})
	}
	if !x.To.Valid() {
		fe = append(fe, fieldErr{"to", fmt.Errorf("%w: %d", ErrUnknownMode, x.To)})
	}
	if x.From == x.To && x.From.Valid() {
		fe = append(fe, fieldErr{"to", errorf(ErrInvalidValue, "a transfer changes mode; %s→%s does not", x.From, x.To)})
	}
	if err := checkDuration(x.Time); err != nil {
		fe = append(fe, fieldErr{"time", err})
	}
	if !x.Charge.IsZero() {
		for _, e := range checkPrice(&x.Charge) {
			fe = append(fe, fieldErr{"charge" + e.field, e.err})
		}
	}
	return fe
}

func checkLeg(l *Leg) []fieldErr {
	var fe []fieldErr
	bad := func(field string, err error) { fe = append(fe, fieldErr{field, err}) }
	if l.ID != "" && !validID(l.ID) {
		bad("id", errorf(ErrInvalidValue, "ID %q: use up to 64 letters, digits and - _ . :", l.ID))
	}
	if !l.Mode.Valid() {
		if l.Mode == 0 {
			bad("mode", fmt.Errorf("%w: no mode", ErrMissingValue))
		} else {
			bad("mode", fmt.Errorf("%w: %d", ErrUnknownMode, l.Mode))
		}
	}
	switch d := l.DistanceKm; {
	case math.IsNaN(d) || math.IsInf(d, 0):
		bad("distance", errorf(ErrInvalidValue, "distance %v km", d))
	case d < 0:
		bad("distance", errorf(ErrInvalidValue, "negative distance %v km", d))
	case d > 60000:
		bad("distance", errorf(ErrInvalidValue, "distance %v km is longer than any freight route on Earth", d))
	}
	switch {
	case l.Duration == 0:
		bad("duration", fmt.Errorf("%w: no duration", ErrMissingValue))
	default:
		if err := checkDuration(l.Duration); err != nil {
			bad("duration", err)
		}
	}
	if l.Price.IsZero() {
		bad("price", fmt.Errorf("%w: no price terms (a free leg still names its currency)", ErrMissingValue))
	} else {
		for _, e := range checkPrice(&l.Price) {
			bad("price"+e.field, e.err)
		}
	}
	if v := l.CO2ePerTonneKm; math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 10000 {
		bad("co2e_g_per_tkm", errorf(ErrInvalidValue, "emission intensity %v g/tkm", v))
	}
	if v := l.MaxTonnes; math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
		bad("max_tonnes", errorf(ErrInvalidValue, "weight limit %v t", v))
	}
	if l.MaxTEU < 0 {
		bad("max_teu", errorf(ErrInvalidValue, "capacity %d TEU", l.MaxTEU))
	}
	if l.Schedule != nil {
		for _, e := range checkSchedule(l.Schedule) {
			bad("schedule"+e.field, e.err)
		}
	}
	return fe
}

func checkPrice(p *PriceTerms) []fieldErr {
	var fe []fieldErr
	bad := func(field string, err error) { fe = append(fe, fieldErr{field, err}) }
	if p.Currency == "" {
		bad(".currency", fmt.Errorf("%w: no currency", ErrMissingValue))
	} else if !p.Currency.Valid() {
		bad(".currency", fmt.Errorf("%w %q", ErrUnknownCurrency, p.Currency))
	}
	nonNeg := func(field string, a Amount) {
		if a < 0 {
			bad(field, errorf(ErrInvalidValue, "negative amount %s", a))
		}
	}
	nonNeg(".per_teu", p.PerTEU)
	nonNeg(".per_tonne", p.PerTonne)
	nonNeg(".per_kg", p.PerKg)
	nonNeg(".fixed", p.Fixed)
	nonNeg(".minimum", p.Minimum)
	// Price lists are short: a linear scan finds duplicates without a map
	// per leg.
	for i, r := range p.PerContainer {
		if !r.Type.validPriceKey() {
			bad(".per_container", errorf(ErrInvalidValue, "unknown container type %q (want e.g. 20GP, 40HC, 45HC, 40RF or a length 20/40/45)", r.Type))
		}
		if slices.ContainsFunc(p.PerContainer[:i], func(q ContainerRate) bool { return q.Type == r.Type }) {
			bad(".per_container", errorf(ErrDuplicateID, "two prices for %s", r.Type))
		}
		if r.Price < 0 { // the field name is built only when needed: this runs per leg
			nonNeg(".per_container."+string(r.Type), r.Price)
		}
	}
	for _, s := range p.Surcharges {
		if strings.TrimSpace(s.Name) == "" {
			bad(".surcharges", fmt.Errorf("%w: surcharge without a name", ErrMissingValue))
		}
		if s.BasisPoints < 0 || s.BasisPoints > 100_000 {
			bad(".surcharges."+s.Name, errorf(ErrInvalidValue, "surcharge of %s%%", formatFixed(s.BasisPoints, 2)))
		}
	}
	return fe
}

func checkSchedule(s *Schedule) []fieldErr {
	var fe []fieldErr
	bad := func(field string, err error) { fe = append(fe, fieldErr{field, err}) }
	if len(s.Weekly) == 0 && len(s.Dated) == 0 {
		bad("", fmt.Errorf("%w: no departures", ErrInvalidSchedule))
	}
	for i, w := range s.Weekly {
		if w.Day < time.Sunday || w.Day > time.Saturday {
			bad(".weekly", fmt.Errorf("%w: weekday %d", ErrInvalidSchedule, w.Day))
		}
		if w.Minute < 0 || w.Minute >= 24*60 {
			bad(".weekly", fmt.Errorf("%w: time of day %d minutes", ErrInvalidSchedule, w.Minute))
		}
		if slices.Contains(s.Weekly[:i], w) {
			bad(".weekly", fmt.Errorf("%w: departure %s listed twice", ErrInvalidSchedule, w))
		}
	}
	for i, d := range s.Dated {
		if d.IsZero() {
			bad(".dated", fmt.Errorf("%w: zero departure time", ErrInvalidSchedule))
		}
		if d.Truncate(time.Minute) != d {
			bad(".dated", fmt.Errorf("%w: departure %s is not on a whole minute", ErrInvalidSchedule, d.Format(time.RFC3339)))
		}
		if i > 0 && !s.Dated[i-1].Before(d) {
			bad(".dated", fmt.Errorf("%w: departures must be strictly increasing (%s then %s)", ErrInvalidSchedule,
				s.Dated[i-1].Format(time.RFC3339), d.Format(time.RFC3339)))
		}
	}
	if err := checkDuration(s.Cutoff); err != nil {
		bad(".cutoff", err)
	}
	for _, d := range []Date{s.ValidFrom, s.ValidUntil} {
		if !d.IsZero() && (d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 ||
			time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC).Day() != d.Day) {
			bad(".valid", fmt.Errorf("%w: no such date %s", ErrInvalidSchedule, d))
		}
	}
	if !s.ValidFrom.IsZero() && !s.ValidUntil.IsZero() && s.ValidUntil.Before(s.ValidFrom) {
		bad(".valid_until", fmt.Errorf("%w: validity ends %s before it starts %s", ErrInvalidSchedule, s.ValidUntil, s.ValidFrom))
	}
	return fe
}

func cloneTerminal(t Terminal) Terminal {
	t.Aliases = slices.Clone(t.Aliases)
	t.Transfers = cloneTransfers(t.Transfers)
	t.Sources = slices.Clone(t.Sources)
	if t.Border != nil {
		b := *t.Border
		b.Fee = b.Fee.clone()
		t.Border = &b
	}
	return t
}

func cloneTransfers(xs []Transfer) []Transfer {
	if xs == nil {
		return nil
	}
	out := make([]Transfer, len(xs))
	for i, x := range xs {
		x.Charge = x.Charge.clone()
		x.Sources = slices.Clone(x.Sources)
		out[i] = x
	}
	return out
}

// legSlab holds the slices of all legs' copies in a few large arrays, so
// that Build allocates a handful of times instead of several times per
// leg. Each leg's slices are capped (s[i:j:j]) so that appending to one
// cannot overwrite the next.
type legSlab struct {
	strs   []string
	rates  []ContainerRate
	surch  []Surcharge
	scheds []Schedule
	weekly []WeeklyDeparture
	dated  []time.Time
}

func newLegSlab(legs []Leg) *legSlab {
	var strs, rates, surch, scheds, weekly, dated int
	for i := range legs {
		l := &legs[i]
		strs += len(l.Corridor) + len(l.Sources)
		rates += len(l.Price.PerContainer)
		surch += len(l.Price.Surcharges)
		if s := l.Schedule; s != nil {
			scheds++
			weekly += len(s.Weekly)
			dated += len(s.Dated)
		}
	}
	return &legSlab{strs: make([]string, 0, strs), rates: make([]ContainerRate, 0, rates), surch: make([]Surcharge, 0, surch),
		scheds: make([]Schedule, 0, scheds), weekly: make([]WeeklyDeparture, 0, weekly), dated: make([]time.Time, 0, dated)}
}

// carve appends src to the slab and returns the appended part, nil for a
// nil src as slices.Clone does.
func carve[T any](slab *[]T, src []T) []T {
	if src == nil {
		return nil
	}
	i := len(*slab)
	*slab = append(*slab, src...)
	j := len(*slab)
	return (*slab)[i:j:j]
}

// clone copies l to c, its slices into the slab.
func (s *legSlab) clone(c, l *Leg) {
	*c = *l
	c.Corridor = carve(&s.strs, l.Corridor)
	c.Sources = carve(&s.strs, l.Sources)
	c.Price.PerContainer = carve(&s.rates, l.Price.PerContainer)
	c.Price.Surcharges = carve(&s.surch, l.Price.Surcharges)
	if l.Schedule != nil {
		s.scheds = append(s.scheds, *l.Schedule)
		sc := &s.scheds[len(s.scheds)-1]
		sc.Weekly = carve(&s.weekly, l.Schedule.Weekly)
		sc.Dated = carve(&s.dated, l.Schedule.Dated)
		c.Schedule = sc
	}
}
