package network

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paulmach/orb"

	"github.com/corridor-go/corridor/network/internal/jsonscan"
)

// JSONVersion is the version of the canonical JSON format that WriteJSON
// writes and ReadJSON reads.
const JSONVersion = 1

// ReadJSON decodes a network in the canonical JSON format (see the package
// documentation for the fields) and builds it. name is used in error
// messages, typically the file name. Unknown fields, duplicate keys, invalid
// UTF-8 and trailing data are errors; every error names the record and, for
// records, the line it starts on.
func ReadJSON(r io.Reader, name string) (*Network, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	b, err := decodeJSON(data, name)
	if err != nil {
		return nil, err
	}
	return b.Build()
}

// jsonSyntax wraps a JSON decoding error with the file, line and ErrSyntax.
func jsonSyntax(data []byte, name string, off int64, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		off = int64(len(data))
		err = errors.New("unexpected end of file (truncated?)")
	}
	return &RecordError{Loc: Loc{File: name, Line: lineAt(data, off)}, Record: "file", Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// valueBase returns the offset the decoder counts a record's error offsets
// from: just after the comma that precedes it, if any.
func valueBase(data []byte, off int64) int64 {
	for off >= 0 && off < int64(len(data)) && isJSONSpace(data[off]) {
		off++
	}
	if off >= 0 && off < int64(len(data)) && data[off] == ',' {
		off++
	}
	return off
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// recordSyntax reports an error that stops decoding inside a record. The
// offsets of encoding/json's errors count from the start of the record
// (base); other errors point at the record's first line.
func recordSyntax(data []byte, name string, base int64, loc Loc, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	line := loc.Line
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return jsonSyntax(data, name, int64(len(data)), err)
	case errors.As(err, &se):
		// The decoder's syntax offsets do not count the tokens read with
		// Token; a fresh decoder finds the same error from base.
		var raw json.RawMessage
		if err := json.NewDecoder(bytes.NewReader(data[base:])).Decode(&raw); errors.As(err, &se) {
			line = lineAt(data, base+se.Offset)
		}
	case errors.As(err, &te):
		line = lineAt(data, base+te.Offset)
	}
	return &RecordError{Loc: Loc{File: name, Line: line, Index: loc.Index}, Record: "file", Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// recordStart returns the offset of the next array element at or after
// off: the decoder's offset stops before the comma and the white space
// that precede an element, which may be on earlier lines.
func recordStart(data []byte, off int64) int64 {
	for off >= 0 && off < int64(len(data)) {
		switch data[off] {
		case ',', ' ', '\t', '\r', '\n':
			off++
			continue
		}
		break
	}
	return off
}

// lineCounter finds the lines of increasing offsets in one pass; calling
// lineAt per record would make reading quadratic.
type lineCounter struct {
	data []byte
	off  int64 // offset counted up to
	line int   // line at off
}

func (c *lineCounter) at(off int64) int {
	off = min(max(off, 0), int64(len(c.data)))
	if off < c.off {
		c.off, c.line = 0, 1
	}
	c.line += bytes.Count(c.data[c.off:off], []byte{'\n'})
	c.off = off
	return c.line
}

// invalidUTF8 returns the offset of the first byte of data that is not
// valid UTF-8, and whether there is one.
func invalidUTF8(data []byte) (int, bool) {
	if utf8.Valid(data) {
		return 0, false
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	return off, true
}

func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	if off < 0 {
		off = 0
	}
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}

func decodeJSON(data []byte, name string) (*Builder, error) {
	if off, bad := invalidUTF8(data); bad {
		return nil, &RecordError{Loc: Loc{File: name, Line: lineAt(data, int64(off))}, Record: "file",
			Err: fmt.Errorf("%w: invalid UTF-8 at byte %d", ErrSyntax, off)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	b := &Builder{}
	var errs []error
	fail := func(err error) (*Builder, error) { return nil, jsonSyntax(data, name, dec.InputOffset(), err) }

	if err := expectDelim(dec, '{'); err != nil {
		return fail(err)
	}
	seen := map[string]bool{}
	version := -1
	lines := lineCounter{data: data, line: 1}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key := tok.(string) // object keys are always strings
		if seen[key] {
			return fail(fmt.Errorf("duplicate key %q", key))
		}
		seen[key] = true
		switch key {
		case "version":
			var v json.Number
			if err := dec.Decode(&v); err != nil {
				return fail(err)
			}
			if v.String() != fmt.Sprint(JSONVersion) {
				return nil, &RecordError{Loc: Loc{File: name}, Record: "file", Field: "version",
					Err: fmt.Errorf("%w: version %s (this library reads version %d)", ErrUnsupportedFormat, v, JSONVersion)}
			}
			version = JSONVersion
		case "name":
			if err := dec.Decode(&b.name); err != nil {
				return fail(err)
			}
		case "sources", "transfers", "terminals", "legs":
			if err := expectDelim(dec, '['); err != nil {
				return fail(err)
			}
			for i := 1; dec.More(); i++ {
				base := valueBase(data, dec.InputOffset())
				loc := Loc{File: name, Line: lines.at(recordStart(data, base)), Index: i}
				if err := decodeRecord(dec, b, key, loc, &errs); err != nil {
					return nil, recordSyntax(data, name, base, loc, err)
				}
			}
			if err := expectDelim(dec, ']'); err != nil {
				return fail(err)
			}
		default:
			return fail(fmt.Errorf("unknown field %q", key))
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return fail(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &RecordError{Loc: Loc{File: name, Line: lineAt(data, dec.InputOffset())}, Record: "file",
			Err: fmt.Errorf("%w: data after the top-level object", ErrSyntax)}
	}
	if off, key, dup := jsonscan.DuplicateKey(data); dup {
		return nil, &RecordError{Loc: Loc{File: name, Line: lineAt(data, int64(off))}, Record: "file",
			Err: fmt.Errorf("%w: duplicate key %q", ErrSyntax, key)}
	}
	if version < 0 {
		return nil, &RecordError{Loc: Loc{File: name}, Record: "file", Field: "version",
			Err: fmt.Errorf("%w: no version field", ErrMissingValue)}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b, nil
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != d {
		return fmt.Errorf("expected %q, found %v", d, tok)
	}
	return nil
}

// decodeRecord decodes one array element. Syntax errors are returned (the
// file cannot be read further); value errors are collected in errs so that
// every bad record is reported.
func decodeRecord(dec *json.Decoder, b *Builder, list string, loc Loc, errs *[]error) error {
	rec := strings.TrimSuffix(list, "s")
	bad := func(id string, err error) { *errs = append(*errs, AtRecord(err, loc, rec, id)) }
	switch list {
	case "sources":
		var s jsonSource
		if err := dec.Decode(&s); err != nil {
			return err
		}
		b.AddSourceAt(loc, Source(s))
	case "transfers":
		var x jsonTransfer
		if err := dec.Decode(&x); err != nil {
			return err
		}
		t, err := x.transfer()
		if err != nil {
			bad(x.From+"→"+x.To, err)
			return nil
		}
		b.AddTransferAt(loc, t)
	case "terminals":
		var x jsonTerminal
		if err := dec.Decode(&x); err != nil {
			return err
		}
		t, err := x.terminal()
		if err != nil {
			bad(x.ID, err)
			return nil
		}
		b.AddTerminalAt(loc, t)
	case "legs":
		var x jsonLeg
		if err := dec.Decode(&x); err != nil {
			return err
		}
		l, err := x.leg()
		if err != nil {
			name := x.ID
			if name == "" {
				name = x.From + "→" + x.To + " (" + x.Mode + ")"
			}
			bad(name, err)
			return nil
		}
		b.AddLegAt(loc, l)
	}
	return nil
}

// WriteJSON writes n in the canonical JSON format, indented, with records in
// index order. Estimated distances are left out (ReadJSON estimates them
// again, identically), so a written network reads back equal.
func WriteJSON(w io.Writer, n *Network) error {
	// Terminals and legs are required members: write [] rather than null for
	// an empty network.
	doc := jsonNetwork{Version: JSONVersion, Name: n.name,
		Terminals: make([]jsonTerminal, 0, len(n.terminals)), Legs: make([]jsonLeg, 0, len(n.legs))}
	for _, s := range n.sources {
		doc.Sources = append(doc.Sources, jsonSource(s))
	}
	for _, x := range n.transfers {
		doc.Transfers = append(doc.Transfers, toJSONTransfer(x))
	}
	for i := range n.terminals {
		doc.Terminals = append(doc.Terminals, toJSONTerminal(&n.terminals[i]))
	}
	for i := range n.legs {
		doc.Legs = append(doc.Legs, toJSONLeg(&n.legs[i]))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

type jsonNetwork struct {
	Version   int            `json:"version"`
	Name      string         `json:"name,omitempty"`
	Sources   []jsonSource   `json:"sources,omitempty"`
	Transfers []jsonTransfer `json:"transfers,omitempty"`
	Terminals []jsonTerminal `json:"terminals"`
	Legs      []jsonLeg      `json:"legs"`
}

type jsonSource struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	URL   string `json:"url,omitempty"`
	Date  string `json:"date,omitempty"`
}

type jsonProvenance struct {
	Sources  []string `json:"sources,omitempty"`
	Estimate string   `json:"estimate,omitempty"`
}

type jsonTransfer struct {
	From   string     `json:"from"`
	To     string     `json:"to"`
	Time   string     `json:"time,omitempty"`
	Charge *jsonPrice `json:"charge,omitempty"`
	jsonProvenance
}

type jsonTerminal struct {
	ID           string         `json:"id"`
	Name         string         `json:"name"`
	Country      string         `json:"country"`
	Kind         string         `json:"kind"`
	Modes        []string       `json:"modes"`
	Location     []float64      `json:"location"` // [lon, lat], GeoJSON order
	TimeZone     string         `json:"time_zone,omitempty"`
	LOCODE       string         `json:"locode,omitempty"`
	Aliases      []string       `json:"aliases,omitempty"`
	CustomsDwell string         `json:"customs_dwell,omitempty"`
	Transfers    []jsonTransfer `json:"transfers,omitempty"`
	Border       *jsonBorder    `json:"border,omitempty"`
	jsonProvenance
}

type jsonBorder struct {
	Dwell     string     `json:"dwell,omitempty"`
	Fee       *jsonPrice `json:"fee,omitempty"`
	GaugeFrom int        `json:"gauge_from_mm,omitempty"`
	GaugeTo   int        `json:"gauge_to_mm,omitempty"`
	Across    string     `json:"across,omitempty"`
}

type jsonLeg struct {
	ID               string        `json:"id,omitempty"`
	From             string        `json:"from"`
	To               string        `json:"to"`
	Mode             string        `json:"mode"`
	Service          string        `json:"service,omitempty"`
	Operator         string        `json:"operator,omitempty"`
	Corridors        []string      `json:"corridors,omitempty"`
	DistanceKm       *json.Number  `json:"distance_km,omitempty"`
	Duration         string        `json:"duration"`
	Price            *jsonPrice    `json:"price"`
	CO2ePerTonneKm   *json.Number  `json:"co2e_g_per_tkm,omitempty"`
	MaxTonnes        *json.Number  `json:"max_tonnes,omitempty"`
	MaxTEU           int           `json:"max_teu,omitempty"`
	NoDangerousGoods bool          `json:"no_dangerous_goods,omitempty"`
	Reefer           bool          `json:"reefer,omitempty"`
	Schedule         *jsonSchedule `json:"schedule,omitempty"`
	jsonProvenance
}

type jsonPrice struct {
	Currency     string            `json:"currency"`
	PerContainer jsonContainerRate `json:"per_container,omitempty"`
	PerTEU       json.Number       `json:"per_teu,omitempty"`
	PerTonne     json.Number       `json:"per_tonne,omitempty"`
	PerKg        json.Number       `json:"per_kg,omitempty"`
	Fixed        json.Number       `json:"fixed,omitempty"`
	Minimum      json.Number       `json:"minimum,omitempty"`
	Surcharges   []jsonSurcharge   `json:"surcharges,omitempty"`
}

type jsonSurcharge struct {
	Name    string      `json:"name"`
	Percent json.Number `json:"percent"`
}

type jsonSchedule struct {
	Weekly     []string `json:"weekly,omitempty"` // "mon 09:00"
	Dated      []string `json:"dated,omitempty"`  // RFC 3339
	Cutoff     string   `json:"cutoff,omitempty"`
	ValidFrom  string   `json:"valid_from,omitempty"`
	ValidUntil string   `json:"valid_until,omitempty"`
}

// jsonContainerRate is an ordered object {"40HC": 9000, "20": 5200} that
// refuses duplicate keys, which encoding/json would silently collapse.
type jsonContainerRate []ContainerRate

// UnmarshalJSON reads the usual object of number members with a byte scan:
// a json.Decoder per leg cost a sixth of ReadJSON. Anything else (a
// quoted number, a value of another type, not an object) goes to
// decodeJSON, which reads and words it as encoding/json does.
func (r *jsonContainerRate) UnmarshalJSON(b []byte) error {
	if len(b) == 0 || b[0] != '{' {
		return r.decodeJSON(b)
	}
	var out jsonContainerRate
	for k, v := range jsonscan.Members(b) {
		if c := v[0]; c != '-' && (c < '0' || c > '9') {
			return r.decodeJSON(b)
		}
		if err := out.add(k, string(v)); err != nil {
			return err
		}
	}
	*r = out
	return nil
}

// add appends the rate for k, price text v, refusing a repeated k.
func (r *jsonContainerRate) add(k, v string) error {
	a, err := ParseAmount(v)
	if err != nil {
		return fmt.Errorf("per_container %q: %w", k, err)
	}
	for _, e := range *r {
		if string(e.Type) == k {
			return fmt.Errorf("per_container: duplicate key %q", k)
		}
	}
	*r = append(*r, ContainerRate{Type: ContainerType(k), Price: a})
	return nil
}

// decodeJSON is UnmarshalJSON with a json.Decoder, for the odd value.
func (r *jsonContainerRate) decodeJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := expectDelim(dec, '{'); err != nil {
		return fmt.Errorf("per_container: %w", err)
	}
	var out jsonContainerRate
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		k := tok.(string)
		var v json.Number
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("per_container %q: %w", k, err)
		}
		if err := out.add(k, v.String()); err != nil {
			return err
		}
	}
	*r = out
	return nil
}

func (r jsonContainerRate) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, e := range r {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(string(e.Type))
		b.Write(k)
		b.WriteByte(':')
		b.WriteString(e.Price.String())
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func field(name string, err error) error {
	return &RecordError{Field: name, Err: err}
}

func optDuration(name, s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	d, err := ParseDuration(s)
	if err != nil {
		return 0, field(name, err)
	}
	return d, nil
}

func optAmount(name string, n json.Number) (Amount, error) {
	if n == "" {
		return 0, nil
	}
	a, err := ParseAmount(n.String())
	if err != nil {
		return 0, field(name, err)
	}
	return a, nil
}

func optFloat(name string, n *json.Number) (float64, error) {
	if n == nil {
		return 0, nil
	}
	return nonZeroFloat(name, n.String(), "out", func(s string) (float64, error) {
		v, err := json.Number(s).Float64()
		if err != nil {
			return 0, fmt.Errorf("%w: %q", ErrInvalidValue, s)
		}
		return v, nil
	})
}

// nonZeroFloat parses the number text s of the optional field name with
// parse. A zero is an error: an absent field means zero, so the field is to
// be left leave ("out", "empty") instead.
func nonZeroFloat(name, s, leave string, parse func(string) (float64, error)) (float64, error) {
	v, err := parse(s)
	if err != nil {
		return 0, field(name, err)
	}
	if v == 0 {
		return 0, field(name, fmt.Errorf("%w: explicit zero (leave the field %s instead)", ErrInvalidValue, leave))
	}
	return v, nil
}

func (p *jsonPrice) terms(name string) (PriceTerms, error) {
	var t PriceTerms
	var err error
	if p.Currency == "" {
		return t, field(name+".currency", fmt.Errorf("%w: no currency", ErrMissingValue))
	}
	t.Currency = Currency(p.Currency)
	t.PerContainer = slices.Clone([]ContainerRate(p.PerContainer))
	for _, f := range []struct {
		dst *Amount
		n   json.Number
		key string
	}{{&t.PerTEU, p.PerTEU, "per_teu"}, {&t.PerTonne, p.PerTonne, "per_tonne"}, {&t.PerKg, p.PerKg, "per_kg"},
		{&t.Fixed, p.Fixed, "fixed"}, {&t.Minimum, p.Minimum, "minimum"}} {
		if *f.dst, err = optAmount(name+"."+f.key, f.n); err != nil {
			return t, err
		}
	}
	for _, s := range p.Surcharges {
		bp, err := parseFixed(s.Percent.String(), 2)
		if err != nil {
			return t, field(name+".surcharges."+s.Name, err)
		}
		t.Surcharges = append(t.Surcharges, Surcharge{Name: s.Name, BasisPoints: bp})
	}
	return t, nil
}

func toJSONPrice(t PriceTerms) *jsonPrice {
	if t.IsZero() {
		return nil
	}
	p := &jsonPrice{Currency: string(t.Currency), PerContainer: jsonContainerRate(t.PerContainer)}
	num := func(a Amount) json.Number {
		if a == 0 {
			return ""
		}
		return json.Number(a.String())
	}
	p.PerTEU, p.PerTonne, p.PerKg, p.Fixed, p.Minimum = num(t.PerTEU), num(t.PerTonne), num(t.PerKg), num(t.Fixed), num(t.Minimum)
	for _, s := range t.Surcharges {
		p.Surcharges = append(p.Surcharges, jsonSurcharge{Name: s.Name, Percent: json.Number(formatFixed(s.BasisPoints, 2))})
	}
	return p
}

func (x *jsonTransfer) transfer() (Transfer, error) {
	var t Transfer
	var err error
	if t.From, err = ParseMode(x.From); err != nil {
		return t, field("from", err)
	}
	if t.To, err = ParseMode(x.To); err != nil {
		return t, field("to", err)
	}
	if t.Time, err = optDuration("time", x.Time); err != nil {
		return t, err
	}
	if x.Charge != nil {
		if t.Charge, err = x.Charge.terms("charge"); err != nil {
			return t, err
		}
	}
	t.Provenance = Provenance{Sources: x.Sources, Estimate: x.Estimate}
	return t, nil
}

func toJSONTransfer(t Transfer) jsonTransfer {
	x := jsonTransfer{From: t.From.String(), To: t.To.String(), Charge: toJSONPrice(t.Charge),
		jsonProvenance: jsonProvenance{Sources: t.Sources, Estimate: t.Estimate}}
	if t.Time != 0 {
		x.Time = FormatDuration(t.Time)
	}
	return x
}

func (x *jsonTerminal) terminal() (Terminal, error) {
	t := Terminal{ID: x.ID, Name: x.Name, Country: x.Country, TimeZone: x.TimeZone, LOCODE: x.LOCODE,
		Aliases: x.Aliases, Provenance: Provenance{Sources: x.Sources, Estimate: x.Estimate}}
	var err error
	if x.Kind == "" {
		return t, field("kind", fmt.Errorf("%w: no kind", ErrMissingValue))
	}
	if t.Kind, err = ParseTerminalKind(x.Kind); err != nil {
		return t, field("kind", err)
	}
	for _, m := range x.Modes {
		mode, err := ParseMode(m)
		if err != nil {
			return t, field("modes", err)
		}
		t.Modes = t.Modes.With(mode)
	}
	if x.Location == nil {
		return t, field("location", fmt.Errorf("%w: no location", ErrMissingValue))
	}
	if len(x.Location) != 2 {
		return t, field("location", fmt.Errorf("%w: %d coordinates, want [longitude, latitude]", ErrInvalidLocation, len(x.Location)))
	}
	t.Location = orb.Point{x.Location[0], x.Location[1]}
	if t.CustomsDwell, err = optDuration("customs_dwell", x.CustomsDwell); err != nil {
		return t, err
	}
	for _, jx := range x.Transfers {
		xf, err := jx.transfer()
		if err != nil {
			return t, field("transfers", err)
		}
		t.Transfers = append(t.Transfers, xf)
	}
	if x.Border != nil {
		bd := &Border{GaugeFrom: x.Border.GaugeFrom, GaugeTo: x.Border.GaugeTo, Across: x.Border.Across}
		if bd.Dwell, err = optDuration("border.dwell", x.Border.Dwell); err != nil {
			return t, err
		}
		if x.Border.Fee != nil {
			if bd.Fee, err = x.Border.Fee.terms("border.fee"); err != nil {
				return t, err
			}
		}
		t.Border = bd
	}
	return t, nil
}

func toJSONTerminal(t *Terminal) jsonTerminal {
	x := jsonTerminal{ID: t.ID, Name: t.Name, Country: t.Country, Kind: t.Kind.String(), Location: []float64{t.Location[0], t.Location[1]},
		TimeZone: t.TimeZone, LOCODE: t.LOCODE, Aliases: t.Aliases,
		jsonProvenance: jsonProvenance{Sources: t.Sources, Estimate: t.Estimate}}
	for _, m := range t.Modes.Modes() {
		x.Modes = append(x.Modes, m.String())
	}
	if t.CustomsDwell != 0 {
		x.CustomsDwell = FormatDuration(t.CustomsDwell)
	}
	for _, xf := range t.Transfers {
		x.Transfers = append(x.Transfers, toJSONTransfer(xf))
	}
	if b := t.Border; b != nil {
		x.Border = &jsonBorder{GaugeFrom: b.GaugeFrom, GaugeTo: b.GaugeTo, Across: b.Across, Fee: toJSONPrice(b.Fee)}
		if b.Dwell != 0 {
			x.Border.Dwell = FormatDuration(b.Dwell)
		}
	}
	return x
}

func (x *jsonLeg) leg() (Leg, error) {
	l := Leg{ID: x.ID, From: x.From, To: x.To, Service: x.Service, Operator: x.Operator, Corridor: x.Corridors,
		MaxTEU: x.MaxTEU, NoDangerousGoods: x.NoDangerousGoods, Reefer: x.Reefer,
		Provenance: Provenance{Sources: x.Sources, Estimate: x.Estimate}}
	var err error
	if x.Mode == "" {
		return l, field("mode", fmt.Errorf("%w: no mode", ErrMissingValue))
	}
	if l.Mode, err = ParseMode(x.Mode); err != nil {
		return l, field("mode", err)
	}
	if l.DistanceKm, err = optFloat("distance_km", x.DistanceKm); err != nil {
		return l, err
	}
	if x.Duration == "" {
		return l, field("duration", fmt.Errorf("%w: no duration", ErrMissingValue))
	}
	if l.Duration, err = ParseDuration(x.Duration); err != nil {
		return l, field("duration", err)
	}
	if x.Price == nil {
		return l, field("price", fmt.Errorf("%w: no price (a free leg still names its currency)", ErrMissingValue))
	}
	if l.Price, err = x.Price.terms("price"); err != nil {
		return l, err
	}
	if l.CO2ePerTonneKm, err = optFloat("co2e_g_per_tkm", x.CO2ePerTonneKm); err != nil {
		return l, err
	}
	if l.MaxTonnes, err = optFloat("max_tonnes", x.MaxTonnes); err != nil {
		return l, err
	}
	if x.Schedule != nil {
		js := x.Schedule
		s, err := parseSchedule(js.Weekly, js.Dated, js.Cutoff, js.ValidFrom, js.ValidUntil, "schedule.", false)
		if err != nil {
			return l, err
		}
		l.Schedule = s
	}
	return l, nil
}

func toJSONLeg(l *Leg) jsonLeg {
	x := jsonLeg{ID: l.ID, From: l.From, To: l.To, Mode: l.Mode.String(), Service: l.Service, Operator: l.Operator,
		Corridors: l.Corridor, Duration: FormatDuration(l.Duration), Price: toJSONPrice(l.Price),
		MaxTEU: l.MaxTEU, NoDangerousGoods: l.NoDangerousGoods, Reefer: l.Reefer,
		jsonProvenance: jsonProvenance{Sources: l.Sources, Estimate: l.Estimate}}
	num := func(v float64) *json.Number {
		if v == 0 {
			return nil
		}
		n := json.Number(fmt.Sprint(v))
		return &n
	}
	if !l.DistanceEstimated {
		x.DistanceKm = num(l.DistanceKm)
	}
	x.CO2ePerTonneKm, x.MaxTonnes = num(l.CO2ePerTonneKm), num(l.MaxTonnes)
	if s := l.Schedule; s != nil {
		js := &jsonSchedule{ValidFrom: s.ValidFrom.String(), ValidUntil: s.ValidUntil.String()}
		for _, w := range s.Weekly {
			js.Weekly = append(js.Weekly, w.String())
		}
		for _, d := range s.Dated {
			js.Dated = append(js.Dated, d.Format(time.RFC3339))
		}
		if s.Cutoff != 0 {
			js.Cutoff = FormatDuration(s.Cutoff)
		}
		x.Schedule = js
	}
	return x
}

// parseSchedule reads a schedule's departures, cut-off and validity dates,
// as text, reporting the first that does not parse in the field
// fieldPrefix+"weekly", +"dated" …, in that order. An empty cutoff, from or
// until is not given; trimDates trims space around given dates (the CSV
// format's cells) before parsing them.
func parseSchedule(weekly, dated []string, cutoff, from, until, fieldPrefix string, trimDates bool) (*Schedule, error) {
	s := &Schedule{}
	var err error
	for _, w := range weekly {
		d, err := ParseWeeklyDeparture(w)
		if err != nil {
			return nil, field(fieldPrefix+"weekly", err)
		}
		s.Weekly = append(s.Weekly, d)
	}
	for _, d := range dated {
		t, err := time.Parse(time.RFC3339, d)
		if err != nil {
			return nil, field(fieldPrefix+"dated", fmt.Errorf("%w: %q is not an RFC 3339 time", ErrInvalidSchedule, d))
		}
		s.Dated = append(s.Dated, t)
	}
	if s.Cutoff, err = optDuration(fieldPrefix+"cutoff", cutoff); err != nil {
		return nil, err
	}
	for _, c := range []struct {
		key, v string
		dst    *Date
	}{{"valid_from", from, &s.ValidFrom}, {"valid_until", until, &s.ValidUntil}} {
		if c.v == "" {
			continue
		}
		if trimDates {
			c.v = strings.TrimSpace(c.v)
		}
		if *c.dst, err = ParseDate(c.v); err != nil {
			return nil, field(fieldPrefix+c.key, err)
		}
	}
	return s, nil
}

// ParseWeeklyDeparture reads "mon 09:00" (weekday, space, 24-hour local
// time).
func ParseWeeklyDeparture(s string) (WeeklyDeparture, error) {
	day, clock, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok {
		return WeeklyDeparture{}, fmt.Errorf("%w: departure %q is not \"mon 09:00\"", ErrInvalidSchedule, s)
	}
	wd, err := ParseWeekday(day)
	if err != nil {
		return WeeklyDeparture{}, err
	}
	m, err := ParseClock(strings.TrimSpace(clock))
	if err != nil {
		return WeeklyDeparture{}, err
	}
	return WeeklyDeparture{Day: wd, Minute: m}, nil
}
