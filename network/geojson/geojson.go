package geojson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/internal/jsonscan"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"
)

// ErrInvalidFeature is wrapped by errors about a feature's shape: a wrong
// geometry type, a nested property value, an unknown property.
var ErrInvalidFeature = errors.New("geojson: invalid feature")

// Property and member names beyond the CSV columns.
const (
	borderFlag   = "border"  // true on a terminal with border rules
	borderPrefix = "border_" // prefix of the border columns on a terminal
)

var (
	numberProps = map[string]bool{"distance_km": true, "co2e_g_per_tkm": true, "max_tonnes": true, "max_teu": true,
		"gauge_from_mm": true, "gauge_to_mm": true}
	boolProps = map[string]bool{"no_dangerous_goods": true, "reefer": true}
)

// terminalProps lists the properties a terminal feature may carry.
var terminalProps = func() map[string]bool {
	m := map[string]bool{borderFlag: true}
	for _, c := range network.CSVColumns(network.CSVTerminals) {
		if c != "lon" && c != "lat" {
			m[c] = true
		}
	}
	for _, c := range network.CSVColumns(network.CSVBorders) {
		if c != "terminal" {
			m[borderPrefix+c] = true
		}
	}
	return m
}()

var legProps = setOf(network.CSVColumns(network.CSVLegs))

var transferProps = setOf(network.CSVColumns(network.CSVTransfers))

var sourceProps = setOf(network.CSVColumns(network.CSVSources))

func setOf(cols []string) map[string]bool {
	m := map[string]bool{}
	for _, c := range cols {
		m[c] = true
	}
	return m
}

// Encode returns n as a FeatureCollection: terminals then legs, in index
// order. It fails, naming the record, when a value cannot be written (see
// network.WriteCSVFiles).
func Encode(n *network.Network) (*geojson.FeatureCollection, error) {
	fc := geojson.NewFeatureCollection()
	fail := func(rec, id string, err error) error { return network.AtRecord(err, network.Loc{}, rec, id) }
	var transfers []any
	addTransfer := func(term string, x network.Transfer) error {
		f, err := network.EncodeTransfer(x)
		if err != nil {
			return fail("transfer", x.From.String()+"→"+x.To.String(), err)
		}
		if term != "" {
			f["terminal"] = term
		}
		transfers = append(transfers, props(f))
		return nil
	}
	for _, x := range n.Transfers() {
		if err := addTransfer("", x); err != nil {
			return nil, err
		}
	}
	for t := range n.Terminals() {
		f, err := network.EncodeTerminal(t)
		if err != nil {
			return nil, fail("terminal", t.ID, err)
		}
		delete(f, "lon")
		delete(f, "lat")
		p := props(f)
		if t.Border != nil {
			bf, err := network.EncodeBorder(t.Border)
			if err != nil {
				return nil, fail("terminal", t.ID, err)
			}
			for k, v := range props(bf) {
				p[borderPrefix+k] = v
			}
			p[borderFlag] = true
		}
		feat := geojson.NewFeature(t.Location)
		feat.ID = t.ID
		feat.Properties = p
		fc.Append(feat)
		for _, x := range t.Transfers {
			if err := addTransfer(t.ID, x); err != nil {
				return nil, err
			}
		}
	}
	for l := range n.Legs() {
		f, err := network.EncodeLeg(l)
		if err != nil {
			return nil, fail("leg", l.Name(), err)
		}
		from, _ := n.Terminal(l.From)
		to, _ := n.Terminal(l.To)
		feat := geojson.NewFeature(orb.LineString{from.Location, to.Location})
		if l.ID != "" {
			feat.ID = l.ID
		}
		feat.Properties = props(f)
		fc.Append(feat)
	}
	fc.ExtraMembers = geojson.Properties{}
	if n.Name() != "" {
		fc.ExtraMembers["name"] = n.Name()
	}
	if len(n.Sources()) > 0 {
		var sources []any
		for _, s := range n.Sources() {
			f, err := network.EncodeSource(s)
			if err != nil {
				return nil, fail("source", s.ID, err)
			}
			sources = append(sources, props(f))
		}
		fc.ExtraMembers["sources"] = sources
	}
	if len(transfers) > 0 {
		fc.ExtraMembers["transfers"] = transfers
	}
	return fc, nil
}

// props turns text fields into JSON property values: numbers and booleans
// where the column holds them, strings otherwise.
func props(f network.Fields) geojson.Properties {
	p := make(geojson.Properties, len(f))
	for k, v := range f {
		switch {
		case numberProps[k]:
			p[k] = json.Number(v)
		case boolProps[k]:
			p[k] = v == "true"
		default:
			p[k] = v
		}
	}
	return p
}

// Write writes n as an indented GeoJSON FeatureCollection.
func Write(w io.Writer, n *network.Network) error {
	fc, err := Encode(n)
	if err != nil {
		return err
	}
	data, err := json.Marshal(fc)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, data, "", " "); err != nil {
		return err
	}
	buf.WriteByte('\n')
	_, err = w.Write(buf.Bytes())
	return err
}

// Read reads a network written by Write, or edited since, and builds it.
// name is used in error messages, typically the file name. Invalid UTF-8,
// malformed JSON, unknown members or properties, nested property values
// and features that are neither Points nor LineStrings are errors.
func Read(r io.Reader, name string) (*network.Network, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	fileErr := func(field string, err error) error {
		return &network.RecordError{Loc: network.Loc{File: name}, Record: "file", Field: field, Err: err}
	}
	if !utf8.Valid(data) {
		return nil, fileErr("", fmt.Errorf("%w: invalid UTF-8", network.ErrSyntax))
	}
	// One check of the whole text; the document is then walked with byte
	// scans, and only each feature is decoded.
	if start := firstByte(data); !json.Valid(data) || start != '{' && start != 'n' {
		var top map[string]json.RawMessage // for encoding/json's message
		err := unmarshal(data, &top)
		return nil, fileErr("", fmt.Errorf("%w: %v", network.ErrSyntax, err))
	}
	if off, key, dup := jsonscan.DuplicateKey(data); dup {
		return nil, &network.RecordError{Loc: network.Loc{File: name, Line: bytes.Count(data[:off], []byte{'\n'}) + 1},
			Record: "file", Err: fmt.Errorf("%w: duplicate key %q", network.ErrSyntax, key)}
	}
	if firstByte(data) == 'n' { // null
		return nil, fileErr("", fmt.Errorf("%w: not a FeatureCollection", network.ErrSyntax))
	}
	type member struct {
		key string
		raw []byte
	}
	var typ, feats, transfers []byte
	var rest []member
	for key, raw := range jsonscan.Members(data) {
		switch key {
		case "type":
			typ = raw
		case "features":
			feats = raw
		case "transfers":
			transfers = raw
		case "bbox", "crs":
		default:
			rest = append(rest, member{key, raw})
		}
	}
	var typeName string
	if err := unmarshal(typ, &typeName); err != nil || typeName != "FeatureCollection" {
		return nil, fileErr("type", fmt.Errorf("%w: not a FeatureCollection", network.ErrSyntax))
	}
	b := network.NewBuilder("")
	var errs []error
	bad := func(loc network.Loc, rec, id string, err error) {
		errs = append(errs, network.AtRecord(err, loc, rec, id))
	}
	for _, m := range rest {
		switch m.key {
		case "name":
			var s string
			if err := unmarshal(m.raw, &s); err != nil {
				return nil, fileErr("name", fmt.Errorf("%w: name is not a string", network.ErrSyntax))
			}
			b.SetName(s)
		case "sources":
			objs, err := objects(m.raw)
			if err != nil {
				return nil, fileErr("sources", err)
			}
			for i, o := range objs {
				f, err := fields(o, sourceProps)
				if err != nil {
					bad(network.Loc{File: name, Index: i + 1}, "source", "", err)
					continue
				}
				b.AddSourceAt(network.Loc{File: name, Index: i + 1}, network.DecodeSource(f))
			}
		default:
			return nil, fileErr(m.key, fmt.Errorf("%w: unknown member %q", network.ErrSyntax, m.key))
		}
	}

	if firstByte(feats) != '[' {
		return nil, fileErr("features", fmt.Errorf("%w: features is not an array", network.ErrSyntax))
	}
	// Terminals that failed to decode are not in b: transfer rules at them
	// are skipped rather than reported as naming an unknown terminal on top
	// of the terminal's own error.
	termFailed := map[string]bool{}
	i := 0
	for raw := range jsonscan.Elements(feats) {
		i++
		loc := network.Loc{File: name, Index: i}
		var feat geojson.FeatureOf[map[string]json.RawMessage]
		if err := unmarshal(raw, &feat); err != nil {
			bad(loc, "feature", "", fmt.Errorf("%w: %v", ErrInvalidFeature, err))
			continue
		}
		if feat.Properties == nil {
			feat.Properties = map[string]json.RawMessage{}
		}
		if len(feat.ExtraMembers) > 0 {
			bad(loc, "feature", featureID(feat.ID), fmt.Errorf("%w: want only type, id, bbox, geometry and properties", ErrInvalidFeature))
			continue
		}
		switch g := feat.Geometry.(type) {
		case orb.Point:
			if err := checkPoint(raw); err != nil {
				bad(loc, "terminal", featureID(feat.ID), err)
				continue
			}
			id, t, err := decodeTerminal(feat.Properties, g)
			if err == nil && feat.ID != nil && feat.ID != any(t.ID) {
				err = fmt.Errorf("%w: feature id %v is not the terminal's id %q", ErrInvalidFeature, feat.ID, t.ID)
			}
			if err != nil {
				termFailed[id] = true
				bad(loc, "terminal", id, err)
				continue
			}
			b.AddTerminalAt(loc, t)
		case orb.LineString:
			f, err := fields(feat.Properties, legProps)
			if err != nil {
				bad(loc, "leg", featureID(feat.ID), err)
				continue
			}
			l, err := network.DecodeLeg(f)
			if err == nil && feat.ID != nil && feat.ID != any(l.ID) {
				err = fmt.Errorf("%w: feature id %v is not the leg's id %q", ErrInvalidFeature, feat.ID, l.ID)
			}
			if err == nil && len(g) < 2 {
				err = fmt.Errorf("%w: a leg's LineString needs two points", ErrInvalidFeature)
			}
			if err != nil {
				bad(loc, "leg", l.Name(), err)
				continue
			}
			b.AddLegAt(loc, l)
		default:
			kind := "no geometry"
			if g != nil {
				kind = g.GeoJSONType()
			}
			bad(loc, "feature", featureID(feat.ID), fmt.Errorf("%w: %s (want a Point for a terminal or a LineString for a leg)", ErrInvalidFeature, kind))
		}
	}

	if transfers != nil {
		objs, err := objects(transfers)
		if err != nil {
			return nil, fileErr("transfers", err)
		}
		for i, o := range objs {
			loc := network.Loc{File: name, Index: i + 1}
			f, err := fields(o, transferProps)
			if err == nil {
				var x network.Transfer
				x, err = network.DecodeTransfer(f)
				if err == nil {
					term := f["terminal"]
					switch {
					case term == "":
						b.AddTransferAt(loc, x)
					case termFailed[term]:
					default:
						err = b.AddTerminalTransferAt(loc, term, x)
					}
				}
			}
			if err != nil {
				bad(loc, "transfer", f["terminal"]+" "+f["from"]+"→"+f["to"], err)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b.Build()
}

func decodeTerminal(p map[string]json.RawMessage, pt orb.Point) (string, network.Terminal, error) {
	f, err := fields(p, terminalProps)
	if err != nil {
		return f["id"], network.Terminal{}, err
	}
	border := f[borderFlag]
	delete(f, borderFlag)
	tf, bf := network.Fields{}, network.Fields{}
	for k, v := range f {
		if c, ok := strings.CutPrefix(k, borderPrefix); ok {
			bf[c] = v
		} else {
			tf[k] = v
		}
	}
	tf["lon"], tf["lat"] = fmt.Sprint(pt[0]), fmt.Sprint(pt[1])
	t, err := network.DecodeTerminal(tf)
	if err != nil {
		return tf["id"], t, err
	}
	switch {
	case border == "true":
		bd, err := network.DecodeBorder(bf)
		if err != nil {
			var re *network.RecordError
			if errors.As(err, &re) {
				re.Field = borderPrefix + re.Field
			}
			return t.ID, t, err
		}
		t.Border = &bd
	case border != "" && border != "false":
		return t.ID, t, &network.RecordError{Field: borderFlag, Err: fmt.Errorf("%w: %q is not true or false", network.ErrInvalidValue, border)}
	case len(bf) > 0:
		return t.ID, t, &network.RecordError{Field: borderFlag, Err: fmt.Errorf("%w: border_ properties without \"border\": true", network.ErrInvalidValue)}
	}
	return t.ID, t, nil
}

// checkPoint checks that the Point feature raw, which orb decoded, has two
// coordinates (or three, the third an altitude): orb reads [lon] as
// [lon, 0].
func checkPoint(raw []byte) error {
	n, ok := pointCoordinates(raw)
	if !ok {
		var f struct {
			Geometry struct {
				Coordinates []json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		}
		if err := unmarshal(raw, &f); err != nil {
			return fmt.Errorf("%w: %v", ErrInvalidFeature, err)
		}
		n = len(f.Geometry.Coordinates)
	}
	if n != 2 && n != 3 {
		return &network.RecordError{Field: "location", Err: fmt.Errorf("%w: a Point has %d coordinates, want longitude and latitude", network.ErrInvalidLocation, n)}
	}
	return nil
}

// pointCoordinates counts the coordinates of the Point feature raw with a
// byte scan. It gives up (ok false) unless the geometry has only the
// members type, coordinates and bbox, spelt so, and the coordinates are an
// array: encoding/json, which orb uses for the geometry, would also match
// other spellings of "coordinates" ("Coordinates"), the last one winning.
func pointCoordinates(raw []byte) (n int, ok bool) {
	for key, g := range jsonscan.Members(raw) {
		if key != "geometry" { // orb takes only this spelling
			continue
		}
		var coords []byte
		for key, v := range jsonscan.Members(g) {
			switch key {
			case "coordinates":
				coords = v
			case "type", "bbox":
			default:
				return 0, false
			}
		}
		if firstByte(coords) != '[' {
			return 0, false
		}
		for range jsonscan.Elements(coords) {
			n++
		}
		return n, true
	}
	return 0, false
}

// fields turns flat JSON property values into text fields. Strings stay,
// numbers keep their literal text, booleans become "true"/"false", null
// is "not given"; objects and arrays are errors, as are names not in known.
func fields(p map[string]json.RawMessage, known map[string]bool) (network.Fields, error) {
	f := make(network.Fields, len(p))
	for k, raw := range p {
		if !known[k] {
			return network.Fields{"id": propertyID(p)}, &network.RecordError{Field: k, Err: fmt.Errorf("%w: unknown property %q", ErrInvalidFeature, k)}
		}
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		switch raw[0] {
		case 'n':
			continue
		case '"':
			if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) { // no escapes: the text is the string
				if len(raw) > 2 {
					f[k] = string(raw[1 : len(raw)-1])
				}
				continue
			}
			var s string
			if err := unmarshal(raw, &s); err != nil {
				return f, &network.RecordError{Field: k, Err: fmt.Errorf("%w: %v", ErrInvalidFeature, err)}
			}
			if s != "" {
				f[k] = s
			}
		case 't', 'f':
			f[k] = string(raw)
		case '{', '[':
			return network.Fields{"id": propertyID(p)}, &network.RecordError{Field: k, Err: fmt.Errorf("%w: property %q is not a flat value", ErrInvalidFeature, k)}
		default:
			f[k] = string(raw) // a number
		}
	}
	return f, nil
}

// propertyID returns the id property if it is a string, for an error
// about the record.
func propertyID(p map[string]json.RawMessage) string {
	var id string
	_ = unmarshal(p["id"], &id)
	return id
}

// firstByte returns the first byte of data that is not JSON white space,
// or 0.
func firstByte(data []byte) byte {
	data = bytes.TrimLeft(data, " \t\n\r")
	if len(data) == 0 {
		return 0
	}
	return data[0]
}

func objects(raw json.RawMessage) ([]map[string]json.RawMessage, error) {
	var objs []map[string]json.RawMessage
	if err := unmarshal(raw, &objs); err != nil {
		return nil, fmt.Errorf("%w: want an array of objects: %v", network.ErrSyntax, err)
	}
	return objs, nil
}

func featureID(id any) string {
	if id == nil {
		return ""
	}
	return fmt.Sprint(id)
}

func unmarshal(data []byte, v any) error {
	if data == nil {
		return errors.New("missing")
	}
	return json.Unmarshal(data, v)
}
