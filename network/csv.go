package network

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Names of the CSV files, as ReadCSV looks for them.
const (
	CSVNetwork   = "network.csv"
	CSVSources   = "sources.csv"
	CSVTerminals = "terminals.csv"
	CSVBorders   = "borders.csv"
	CSVTransfers = "transfers.csv"
	CSVLegs      = "legs.csv"
)

// Fields is a record as text fields by column name: a CSV row, or a GeoJSON
// feature's properties. A missing or empty field means "not given".
type Fields map[string]string

var priceColumns = []string{"currency", "per_container", "per_teu", "per_tonne", "per_kg", "fixed", "minimum", "surcharges"}

func cols(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

var (
	networkColumns  = []string{"name"}
	sourceColumns   = []string{"id", "title", "url", "date"}
	terminalColumns = []string{"id", "name", "country", "kind", "modes", "lon", "lat", "time_zone", "locode", "aliases",
		"customs_dwell", "sources", "estimate"}
	borderColumns   = cols([]string{"terminal", "dwell"}, priceColumns, []string{"gauge_from_mm", "gauge_to_mm", "across"})
	transferColumns = cols([]string{"terminal", "from", "to", "time"}, priceColumns, []string{"sources", "estimate"})
	legColumns      = cols([]string{"id", "from", "to", "mode", "service", "operator", "corridors", "distance_km", "duration"},
		priceColumns, []string{"co2e_g_per_tkm", "max_tonnes", "max_teu", "no_dangerous_goods", "reefer",
			"weekly", "dated", "cutoff", "valid_from", "valid_until", "sources", "estimate"})
)

type csvFile struct {
	name     string
	columns  []string
	required []string
	optional bool // the file may be absent
}

var csvFiles = []csvFile{
	{CSVNetwork, networkColumns, []string{"name"}, true},
	{CSVSources, sourceColumns, []string{"id"}, true},
	{CSVTerminals, terminalColumns, []string{"id", "name", "country", "kind", "modes", "lon", "lat"}, false},
	{CSVBorders, borderColumns, []string{"terminal"}, true},
	{CSVTransfers, transferColumns, []string{"from", "to"}, true},
	{CSVLegs, legColumns, []string{"from", "to", "mode", "duration", "currency"}, false},
}

// CSVColumns returns the columns of a CSV file of the format (CSVLegs …) in
// the order WriteCSV writes them, or nil for an unknown file name.
func CSVColumns(file string) []string {
	for _, f := range csvFiles {
		if f.name == file {
			return append([]string(nil), f.columns...)
		}
	}
	return nil
}

// ReadCSV reads a network from the CSV files in fsys: terminals.csv and
// legs.csv, and network.csv, sources.csv, borders.csv and transfers.csv if
// present. Use os.DirFS(dir) for a directory or an embed.FS. It reports
// every bad record at once; each error is a *RecordError with the file and
// line.
//
// The files are RFC 4180 CSV, UTF-8 (a leading byte-order mark is
// skipped), comma separated, with one header row naming the columns;
// WriteCSV writes the same set. Columns may come in any order and may be
// left out unless marked required; an unknown or repeated column is an
// error. An empty cell means "not given". Text may hold line breaks
// (quoted), but not CR LF, which CSV readers turn into LF.
//
//	network.csv   (optional) name
//	sources.csv   (optional) id*, title, url, date
//	terminals.csv (required) id*, name*, country*, kind*, modes*, lon*, lat*,
//	              time_zone, locode, aliases, customs_dwell, sources, estimate
//	borders.csv   (optional) terminal*, dwell, PRICE (the fee), gauge_from_mm,
//	              gauge_to_mm, across
//	transfers.csv (optional) terminal, from*, to*, time, PRICE (the charge),
//	              sources, estimate
//	legs.csv      (required) id, from*, to*, mode*, service, operator,
//	              corridors, distance_km, duration*, PRICE, co2e_g_per_tkm,
//	              max_tonnes, max_teu, no_dangerous_goods, reefer, weekly,
//	              dated, cutoff, valid_from, valid_until, sources, estimate
//
// (* = required column). PRICE stands for the columns currency, per_container,
// per_teu, per_tonne, per_kg, fixed, minimum and surcharges (currency is
// required in legs.csv). Lists are ";"-separated: modes "rail;road",
// aliases, corridors, sources, weekly "mon 09:00;thu 09:00", dated
// "2026-03-02T09:00:00+08:00;…"; per_container and surcharges are
// "key=value" lists: "40HC=9000;20=5200", "BAF=12.5;PSS=3" (percent).
// Amounts, durations and dates are written as in the JSON format;
// no_dangerous_goods and reefer are "true" or empty. A row of borders.csv
// gives the border rules of a border-crossing terminal; a row of
// transfers.csv with an empty terminal is a network-wide default rule, one
// naming a terminal overrides the default there.
//
// The functions EncodeTerminal, DecodeTerminal and their siblings convert
// one record to and from its fields by column name; the GeoJSON sub-package
// uses them for feature properties.
func ReadCSV(fsys fs.FS) (*Network, error) {
	b := &Builder{}
	var errs []error
	bad := func(loc Loc, rec, id string, err error) { errs = append(errs, AtRecord(err, loc, rec, id)) }
	// Terminals that failed to decode are not in b: their border and
	// transfer rows are skipped rather than reported as naming an unknown
	// terminal on top of the terminal's own error.
	termFailed := map[string]bool{}
	for _, f := range csvFiles {
		err := readCSVFile(fsys, f, func(loc Loc, row Fields) {
			switch f.name {
			case CSVNetwork:
				if loc.Index > 1 {
					bad(loc, "network", "", fmt.Errorf("%w: network.csv has more than one row", ErrInvalidValue))
					return
				}
				b.name = row["name"]
			case CSVSources:
				b.AddSourceAt(loc, DecodeSource(row))
			case CSVTerminals:
				t, err := DecodeTerminal(row)
				if err != nil {
					termFailed[row["id"]] = true
					bad(loc, "terminal", row["id"], err)
					return
				}
				b.AddTerminalAt(loc, t)
			case CSVBorders:
				id := row["terminal"]
				switch {
				case termFailed[id]:
					return
				case id == "":
					bad(loc, "border", "", &RecordError{Field: "terminal", Err: fmt.Errorf("%w: no terminal", ErrMissingValue)})
					return
				}
				// An unknown terminal or a second row for it is reported
				// rather than the row's own errors, and a row that fails to
				// decode still counts as the terminal's border row: set the
				// rules first. They are not built, as the error stops the
				// read.
				bd, err := DecodeBorder(row)
				if serr := b.SetBorderAt(loc, id, bd); serr != nil {
					err = serr
				}
				if err != nil {
					bad(loc, "border", id, err)
				}
			case CSVTransfers:
				x, err := DecodeTransfer(row)
				id := row["from"] + "→" + row["to"]
				if term := row["terminal"]; term != "" {
					id = term + " " + id
				}
				if err != nil {
					bad(loc, "transfer", id, err)
					return
				}
				switch term := row["terminal"]; {
				case term == "":
					b.AddTransferAt(loc, x)
				case termFailed[term]:
				default:
					if err := b.AddTerminalTransferAt(loc, term, x); err != nil {
						bad(loc, "transfer", id, err)
					}
				}
			case CSVLegs:
				l, err := DecodeLeg(row)
				if err != nil {
					bad(loc, "leg", l.Name(), err)
					return
				}
				b.AddLegAt(loc, l)
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return b.Build()
}

// readCSVFile reads one file and calls row for each record, reusing the
// Fields map from row to row. It returns an
// error when the file cannot be read at all: missing, not UTF-8, malformed
// CSV or a bad header. Loc.Index is the 1-based row number.
func readCSVFile(fsys fs.FS, f csvFile, row func(Loc, Fields)) error {
	fileErr := func(line int, err error) error {
		return &RecordError{Loc: Loc{File: f.name, Line: line}, Record: "file", Err: err}
	}
	data, err := fs.ReadFile(fsys, f.name)
	if err != nil {
		if f.optional && errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if errors.Is(err, fs.ErrNotExist) {
			return fileErr(0, fmt.Errorf("%w: required file missing: %w", ErrMissingValue, err))
		}
		return fileErr(0, fmt.Errorf("%w: %w", ErrSyntax, err))
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // spreadsheets write a byte-order mark
	if off, bad := invalidUTF8(data); bad {
		return fileErr(lineAt(data, int64(off)), fmt.Errorf("%w: invalid UTF-8 at byte %d", ErrSyntax, off))
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.ReuseRecord = true
	csvErr := func(err error) error {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return fileErr(pe.Line, fmt.Errorf("%w: %v", ErrSyntax, pe.Err))
		}
		return fileErr(0, fmt.Errorf("%w: %v", ErrSyntax, err))
	}
	header, err := r.Read()
	if err == io.EOF {
		return fileErr(1, fmt.Errorf("%w: empty file, want a header row", ErrSyntax))
	}
	if err != nil {
		return csvErr(err)
	}
	known := map[string]bool{}
	for _, c := range f.columns {
		known[c] = true
	}
	names := make([]string, len(header))
	seen := map[string]bool{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		switch {
		case !known[h]:
			return fileErr(1, fmt.Errorf("%w: unknown column %q (want %s)", ErrSyntax, h, strings.Join(f.columns, ",")))
		case seen[h]:
			return fileErr(1, fmt.Errorf("%w: column %q twice", ErrSyntax, h))
		}
		seen[h] = true
		names[i] = h
	}
	for _, c := range f.required {
		if !seen[c] {
			return fileErr(1, fmt.Errorf("%w: required column %q missing", ErrSyntax, c))
		}
	}
	fields := make(Fields, len(names))
	for i := 1; ; i++ {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return csvErr(err)
		}
		line, _ := r.FieldPos(0)
		clear(fields) // row must not keep the map
		for j, v := range rec {
			if strings.Contains(v, "\r\n") {
				// What "\r\r\n" in a quoted field reads as; no writer could
				// reproduce it (readers turn CR LF into LF).
				return fileErr(line, fmt.Errorf("%w: column %q holds a CR LF line break", ErrSyntax, names[j]))
			}
			if v != "" {
				fields[names[j]] = v
			}
		}
		row(Loc{File: f.name, Line: line, Index: i}, fields)
	}
}

// WriteCSV writes n as CSV files into the directory dir, which must exist.
// It writes every file of the format, with a header row even when a file
// has no records, so that no stale file from an earlier write is read back.
func WriteCSV(dir string, n *Network) error {
	var files []*os.File
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	err := WriteCSVFiles(n, func(name string) (io.Writer, error) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		files = append(files, f)
		return f, nil
	})
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := f.Close(); err != nil {
			return err
		}
	}
	files = nil
	return nil
}

// WriteCSVFiles writes n as CSV, asking create for a writer for each file
// of the format by name (CSVNetwork, CSVSources …). It fails, naming the
// record, when a value cannot be written as CSV: a list element that holds
// a ";", is empty or has surrounding space, or text holding a CR LF line
// break (which CSV readers turn into LF).
func WriteCSVFiles(n *Network, create func(name string) (io.Writer, error)) error {
	for _, f := range csvFiles {
		w, err := create(f.name)
		if err != nil {
			return err
		}
		cw := csv.NewWriter(w)
		if err := cw.Write(f.columns); err != nil {
			return err
		}
		row := make([]string, len(f.columns))
		var rec, id string // the record being written, for errors
		emit := func(fields Fields) error {
			for i, c := range f.columns {
				// CSV readers turn a CR LF inside a quoted field into LF, so
				// text holding one cannot be written faithfully.
				if v := fields[c]; strings.Contains(v, "\r\n") {
					return &RecordError{Loc: Loc{File: f.name}, Record: rec, ID: id, Field: c,
						Err: fmt.Errorf("%w: %q holds a CR LF line break", ErrInvalidValue, v)}
				}
				row[i] = fields[c]
			}
			return cw.Write(row)
		}
		fail := func(rec, id string, err error) error { return AtRecord(err, Loc{File: f.name}, rec, id) }
		switch f.name {
		case CSVNetwork:
			rec = "network"
			err = emit(Fields{"name": n.name})
		case CSVSources:
			for _, s := range n.sources {
				rec, id = "source", s.ID
				fs, e := EncodeSource(s)
				if e != nil {
					return fail("source", s.ID, e)
				}
				if err = emit(fs); err != nil {
					break
				}
			}
		case CSVTerminals:
			for i := range n.terminals {
				t := &n.terminals[i]
				rec, id = "terminal", t.ID
				fs, e := EncodeTerminal(t)
				if e != nil {
					return fail("terminal", t.ID, e)
				}
				if err = emit(fs); err != nil {
					break
				}
			}
		case CSVBorders:
			for i := range n.terminals {
				t := &n.terminals[i]
				if t.Border == nil {
					continue
				}
				rec, id = "border", t.ID
				fs, e := EncodeBorder(t.Border)
				if e != nil {
					return fail("border", t.ID, e)
				}
				fs["terminal"] = t.ID
				if err = emit(fs); err != nil {
					break
				}
			}
		case CSVTransfers:
			write := func(term string, x Transfer) error {
				rec, id = "transfer", x.From.String()+"→"+x.To.String()
				fs, e := EncodeTransfer(x)
				if e != nil {
					return fail(rec, id, e)
				}
				fs["terminal"] = term
				return emit(fs)
			}
			for _, x := range n.transfers {
				if err = write("", x); err != nil {
					return err
				}
			}
			for i := range n.terminals {
				for _, x := range n.terminals[i].Transfers {
					if err = write(n.terminals[i].ID, x); err != nil {
						return err
					}
				}
			}
		case CSVLegs:
			for i := range n.legs {
				l := &n.legs[i]
				rec, id = "leg", l.Name()
				fs, e := EncodeLeg(l)
				if e != nil {
					return fail("leg", l.Name(), e)
				}
				if err = emit(fs); err != nil {
					break
				}
			}
		}
		if err != nil {
			return err
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
	}
	return nil
}

// EncodeSource returns the fields of a source (columns of sources.csv).
func EncodeSource(s Source) (Fields, error) {
	f := Fields{}
	for _, kv := range [][2]string{{"id", s.ID}, {"title", s.Title}, {"url", s.URL}, {"date", s.Date}} {
		setText(f, kv[0], kv[1])
	}
	return f, nil
}

// DecodeSource is the inverse of EncodeSource. It cannot fail: Build checks
// sources.
func DecodeSource(f Fields) Source {
	return Source{ID: f["id"], Title: f["title"], URL: f["url"], Date: f["date"]}
}

// EncodeTerminal returns the fields of a terminal (columns of
// terminals.csv). Its border rules and transfer overrides are not included:
// see EncodeBorder and EncodeTransfer.
func EncodeTerminal(t *Terminal) (Fields, error) {
	f := Fields{"kind": t.Kind.String(), "lon": formatFloat(t.Location[0]), "lat": formatFloat(t.Location[1])}
	if t.Kind == 0 || int(t.Kind) >= len(kindNames) {
		return nil, &RecordError{Field: "kind", Err: fmt.Errorf("%w: terminal kind %d", ErrInvalidValue, t.Kind)}
	}
	var words []string
	for _, m := range t.Modes.Modes() {
		words = append(words, m.String())
	}
	f["modes"] = strings.Join(words, ";")
	for _, kv := range [][2]string{{"id", t.ID}, {"name", t.Name}, {"country", t.Country}, {"time_zone", t.TimeZone},
		{"locode", t.LOCODE}, {"estimate", t.Estimate}} {
		setText(f, kv[0], kv[1])
	}
	if err := setList(f, "aliases", t.Aliases); err != nil {
		return nil, err
	}
	if err := setList(f, "sources", t.Sources); err != nil {
		return nil, err
	}
	setDuration(f, "customs_dwell", t.CustomsDwell)
	return f, nil
}

// DecodeTerminal is the inverse of EncodeTerminal. It checks that each
// field parses; Build checks the values. An error is a *RecordError naming
// the field.
func DecodeTerminal(f Fields) (Terminal, error) {
	t := Terminal{ID: f["id"], Name: f["name"], Country: f["country"], TimeZone: f["time_zone"], LOCODE: f["locode"],
		Provenance: Provenance{Estimate: f["estimate"]}}
	var err error
	if t.Kind, err = ParseTerminalKind(f["kind"]); err != nil {
		return t, fieldErrOf("kind", f, err)
	}
	if f["modes"] == "" {
		return t, field("modes", fmt.Errorf("%w: no modes", ErrMissingValue))
	}
	if t.Modes, err = ParseModeSet(f["modes"]); err != nil {
		return t, field("modes", err)
	}
	for i, c := range []string{"lon", "lat"} {
		if f[c] == "" {
			return t, field(c, fmt.Errorf("%w: no %s", ErrMissingValue, map[string]string{"lon": "longitude", "lat": "latitude"}[c]))
		}
		v, err := parseFloat(f[c])
		if err != nil {
			return t, field(c, err)
		}
		t.Location[i] = v
	}
	if t.Aliases, err = getList(f, "aliases"); err != nil {
		return t, err
	}
	if t.Sources, err = getList(f, "sources"); err != nil {
		return t, err
	}
	if t.CustomsDwell, err = optDuration("customs_dwell", f["customs_dwell"]); err != nil {
		return t, err
	}
	return t, nil
}

// EncodeBorder returns the fields of border rules (columns of borders.csv
// but terminal).
func EncodeBorder(b *Border) (Fields, error) {
	f := Fields{}
	setDuration(f, "dwell", b.Dwell)
	if err := setPrice(f, &b.Fee); err != nil {
		return nil, err
	}
	if b.GaugeFrom != 0 {
		f["gauge_from_mm"] = strconv.Itoa(b.GaugeFrom)
	}
	if b.GaugeTo != 0 {
		f["gauge_to_mm"] = strconv.Itoa(b.GaugeTo)
	}
	setText(f, "across", b.Across)
	return f, nil
}

// DecodeBorder is the inverse of EncodeBorder.
func DecodeBorder(f Fields) (Border, error) {
	b := Border{Across: f["across"]}
	var err error
	if b.Dwell, err = optDuration("dwell", f["dwell"]); err != nil {
		return b, err
	}
	if b.Fee, err = getPrice(f, false); err != nil {
		return b, err
	}
	if b.GaugeFrom, err = optInt(f, "gauge_from_mm"); err != nil {
		return b, err
	}
	if b.GaugeTo, err = optInt(f, "gauge_to_mm"); err != nil {
		return b, err
	}
	return b, nil
}

// EncodeTransfer returns the fields of a transfer rule (columns of
// transfers.csv but terminal).
func EncodeTransfer(x Transfer) (Fields, error) {
	f := Fields{"from": x.From.String(), "to": x.To.String()}
	if !x.From.Valid() || !x.To.Valid() {
		return nil, &RecordError{Field: "from", Err: fmt.Errorf("%w: %s→%s", ErrUnknownMode, x.From, x.To)}
	}
	setDuration(f, "time", x.Time)
	if err := setPrice(f, &x.Charge); err != nil {
		return nil, err
	}
	if err := setProvenance(f, x.Provenance); err != nil {
		return nil, err
	}
	return f, nil
}

// DecodeTransfer is the inverse of EncodeTransfer.
func DecodeTransfer(f Fields) (Transfer, error) {
	var x Transfer
	var err error
	if x.From, err = ParseMode(f["from"]); err != nil {
		return x, fieldErrOf("from", f, err)
	}
	if x.To, err = ParseMode(f["to"]); err != nil {
		return x, fieldErrOf("to", f, err)
	}
	if x.Time, err = optDuration("time", f["time"]); err != nil {
		return x, err
	}
	if x.Charge, err = getPrice(f, false); err != nil {
		return x, err
	}
	if x.Provenance, err = getProvenance(f); err != nil {
		return x, err
	}
	return x, nil
}

// EncodeLeg returns the fields of a leg (columns of legs.csv). An estimated
// distance is left out: decoding and building estimate it again.
func EncodeLeg(l *Leg) (Fields, error) {
	if !l.Mode.Valid() {
		return nil, &RecordError{Field: "mode", Err: fmt.Errorf("%w: %d", ErrUnknownMode, l.Mode)}
	}
	f := Fields{"mode": l.Mode.String()}
	for _, kv := range [][2]string{{"id", l.ID}, {"from", l.From}, {"to", l.To}, {"service", l.Service}, {"operator", l.Operator}} {
		setText(f, kv[0], kv[1])
	}
	if err := setList(f, "corridors", l.Corridor); err != nil {
		return nil, err
	}
	if !l.DistanceEstimated && l.DistanceKm != 0 {
		f["distance_km"] = formatFloat(l.DistanceKm)
	}
	if l.Duration != 0 {
		f["duration"] = FormatDuration(l.Duration)
	}
	if err := setPrice(f, &l.Price); err != nil {
		return nil, err
	}
	if l.CO2ePerTonneKm != 0 {
		f["co2e_g_per_tkm"] = formatFloat(l.CO2ePerTonneKm)
	}
	if l.MaxTonnes != 0 {
		f["max_tonnes"] = formatFloat(l.MaxTonnes)
	}
	if l.MaxTEU != 0 {
		f["max_teu"] = strconv.Itoa(l.MaxTEU)
	}
	if l.NoDangerousGoods {
		f["no_dangerous_goods"] = "true"
	}
	if l.Reefer {
		f["reefer"] = "true"
	}
	if s := l.Schedule; s != nil {
		if s.isEmpty() {
			return nil, &RecordError{Field: "schedule", Err: fmt.Errorf("%w: an empty schedule cannot be written as CSV", ErrInvalidSchedule)}
		}
		words := make([]string, len(s.Weekly))
		for i, w := range s.Weekly {
			words[i] = w.String()
		}
		f["weekly"] = strings.Join(words, ";")
		words = make([]string, len(s.Dated))
		for i, d := range s.Dated {
			words[i] = d.Format(time.RFC3339)
		}
		f["dated"] = strings.Join(words, ";")
		setDuration(f, "cutoff", s.Cutoff)
		f["valid_from"], f["valid_until"] = s.ValidFrom.String(), s.ValidUntil.String()
	}
	if err := setProvenance(f, l.Provenance); err != nil {
		return nil, err
	}
	return f, nil
}

// DecodeLeg is the inverse of EncodeLeg. The leg has a schedule when any of
// weekly, dated, cutoff, valid_from and valid_until is given.
func DecodeLeg(f Fields) (Leg, error) {
	l := Leg{ID: f["id"], From: f["from"], To: f["to"], Service: f["service"], Operator: f["operator"]}
	var err error
	if l.Mode, err = ParseMode(f["mode"]); err != nil {
		return l, fieldErrOf("mode", f, err)
	}
	if l.Corridor, err = getList(f, "corridors"); err != nil {
		return l, err
	}
	if l.DistanceKm, err = optFloatField(f, "distance_km"); err != nil {
		return l, err
	}
	if f["duration"] == "" {
		return l, field("duration", fmt.Errorf("%w: no duration", ErrMissingValue))
	}
	if l.Duration, err = ParseDuration(f["duration"]); err != nil {
		return l, field("duration", err)
	}
	if l.Price, err = getPrice(f, true); err != nil {
		return l, err
	}
	if l.CO2ePerTonneKm, err = optFloatField(f, "co2e_g_per_tkm"); err != nil {
		return l, err
	}
	if l.MaxTonnes, err = optFloatField(f, "max_tonnes"); err != nil {
		return l, err
	}
	if l.MaxTEU, err = optInt(f, "max_teu"); err != nil {
		return l, err
	}
	if l.NoDangerousGoods, err = optBool(f, "no_dangerous_goods"); err != nil {
		return l, err
	}
	if l.Reefer, err = optBool(f, "reefer"); err != nil {
		return l, err
	}
	if f["weekly"] != "" || f["dated"] != "" || f["cutoff"] != "" || f["valid_from"] != "" || f["valid_until"] != "" {
		ws, err := getList(f, "weekly")
		if err != nil {
			return l, err
		}
		ds, err := getList(f, "dated")
		if err != nil {
			// A weekly departure that does not parse is reported before a
			// bad dated list, as the lists are read in column order.
			if _, werr := parseSchedule(ws, nil, "", "", "", "", false); werr != nil {
				return l, werr
			}
			return l, err
		}
		s, err := parseSchedule(ws, ds, f["cutoff"], f["valid_from"], f["valid_until"], "", true)
		if err != nil {
			return l, err
		}
		l.Schedule = s
	}
	if l.Provenance, err = getProvenance(f); err != nil {
		return l, err
	}
	return l, nil
}

// isEmpty reports whether s has no departures, no cut-off and no validity
// dates, the schedule that no text format can tell apart from none.
func (s *Schedule) isEmpty() bool {
	return len(s.Weekly) == 0 && len(s.Dated) == 0 && s.Cutoff == 0 && s.ValidFrom.IsZero() && s.ValidUntil.IsZero()
}

// Helpers.

// fieldErrOf turns a parse error of a required field into a missing-value
// error when the field is empty.
func fieldErrOf(key string, f Fields, err error) error {
	if strings.TrimSpace(f[key]) == "" {
		return field(key, fmt.Errorf("%w: no %s", ErrMissingValue, key))
	}
	return field(key, err)
}

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// parseFloat reads a decimal number. "NaN" and "Inf" parse, so that Build
// can name them as invalid values of their field.
func parseFloat(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "_xXpP") { // strconv accepts Go syntax (0x1p-2, 1_000) that data files do not use
		return 0, fmt.Errorf("%w: %q is not a decimal number", ErrInvalidValue, s)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %q is not a number", ErrInvalidValue, s)
	}
	return v, nil
}

func optFloatField(f Fields, key string) (float64, error) {
	s := f[key]
	if s == "" {
		return 0, nil
	}
	return nonZeroFloat(key, s, "empty", parseFloat)
}

func optInt(f Fields, key string) (int, error) {
	s := strings.TrimSpace(f[key])
	if s == "" {
		return 0, nil
	}
	v, err := strconv.ParseInt(s, 10, 32)
	if err != nil {
		return 0, field(key, fmt.Errorf("%w: %q is not a whole number", ErrInvalidValue, f[key]))
	}
	if v == 0 {
		return 0, field(key, fmt.Errorf("%w: explicit zero (leave the field empty instead)", ErrInvalidValue))
	}
	return int(v), nil
}

func optBool(f Fields, key string) (bool, error) {
	switch strings.TrimSpace(f[key]) {
	case "":
		return false, nil
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, field(key, fmt.Errorf("%w: %q is not true or false", ErrInvalidValue, f[key]))
}

// setText sets f[key] to v unless v is empty ("not given").
func setText(f Fields, key, v string) {
	if v != "" {
		f[key] = v
	}
}

func setDuration(f Fields, key string, d time.Duration) {
	if d != 0 {
		f[key] = FormatDuration(d)
	}
}

// setList joins a list with ";". An element that could not be read back as
// itself is an error.
func setList(f Fields, key string, list []string) error {
	for _, e := range list {
		if err := checkListElement(e); err != nil {
			return field(key, err)
		}
	}
	if len(list) > 0 {
		f[key] = strings.Join(list, ";")
	}
	return nil
}

func checkListElement(e string) error {
	switch {
	case e == "":
		return fmt.Errorf("%w: empty list element", ErrInvalidValue)
	case strings.Contains(e, ";"):
		return fmt.Errorf("%w: list element %q holds a \";\"", ErrInvalidValue, e)
	case strings.TrimSpace(e) != e:
		return fmt.Errorf("%w: list element %q has surrounding space", ErrInvalidValue, e)
	}
	return nil
}

// getList splits a ";"-separated list; elements are trimmed and none may be
// empty.
func getList(f Fields, key string) ([]string, error) {
	s := f[key]
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ";")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			return nil, field(key, fmt.Errorf("%w: empty element in list %q", ErrInvalidValue, s))
		}
		parts[i] = p
	}
	return parts, nil
}

func setProvenance(f Fields, p Provenance) error {
	if err := setList(f, "sources", p.Sources); err != nil {
		return err
	}
	setText(f, "estimate", p.Estimate)
	return nil
}

func getProvenance(f Fields) (Provenance, error) {
	src, err := getList(f, "sources")
	return Provenance{Sources: src, Estimate: f["estimate"]}, err
}

func setPrice(f Fields, p *PriceTerms) error {
	if p.IsZero() {
		return nil
	}
	setText(f, "currency", string(p.Currency))
	pairs := make([]string, len(p.PerContainer))
	for i, r := range p.PerContainer {
		if err := checkListElement(string(r.Type)); err != nil || strings.Contains(string(r.Type), "=") {
			return field("per_container", fmt.Errorf("%w: container type %q", ErrInvalidValue, r.Type))
		}
		pairs[i] = string(r.Type) + "=" + r.Price.String()
	}
	if len(pairs) > 0 {
		f["per_container"] = strings.Join(pairs, ";")
	}
	for _, a := range []struct {
		key string
		v   Amount
	}{{"per_teu", p.PerTEU}, {"per_tonne", p.PerTonne}, {"per_kg", p.PerKg}, {"fixed", p.Fixed}, {"minimum", p.Minimum}} {
		if a.v != 0 {
			f[a.key] = a.v.String()
		}
	}
	pairs = make([]string, len(p.Surcharges))
	for i, s := range p.Surcharges {
		if err := checkListElement(s.Name); err != nil {
			return field("surcharges", err)
		}
		pairs[i] = s.Name + "=" + formatFixed(s.BasisPoints, 2)
	}
	if len(pairs) > 0 {
		f["surcharges"] = strings.Join(pairs, ";")
	}
	return nil
}

// getPrice reads the price columns. When required, a price with no
// currency and no terms is missing; otherwise it is the zero PriceTerms.
func getPrice(f Fields, required bool) (PriceTerms, error) {
	var p PriceTerms
	if required && f["currency"] == "" {
		return p, field("currency", fmt.Errorf("%w: no currency (a free leg still names its currency)", ErrMissingValue))
	}
	p.Currency = Currency(strings.TrimSpace(f["currency"]))
	pairs, err := getList(f, "per_container")
	if err != nil {
		return p, err
	}
	for _, kv := range pairs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return p, field("per_container", fmt.Errorf("%w: %q is not TYPE=PRICE", ErrInvalidValue, kv))
		}
		a, err := ParseAmount(strings.TrimSpace(v))
		if err != nil {
			return p, field("per_container", err)
		}
		p.PerContainer = append(p.PerContainer, ContainerRate{Type: ContainerType(strings.TrimSpace(k)), Price: a})
	}
	for _, a := range []struct {
		key string
		dst *Amount
	}{{"per_teu", &p.PerTEU}, {"per_tonne", &p.PerTonne}, {"per_kg", &p.PerKg}, {"fixed", &p.Fixed}, {"minimum", &p.Minimum}} {
		if s := f[a.key]; s != "" {
			if *a.dst, err = ParseAmount(strings.TrimSpace(s)); err != nil {
				return p, field(a.key, err)
			}
		}
	}
	pairs, err = getList(f, "surcharges")
	if err != nil {
		return p, err
	}
	for _, kv := range pairs {
		i := strings.LastIndexByte(kv, '=')
		if i < 0 {
			return p, field("surcharges", fmt.Errorf("%w: %q is not NAME=PERCENT", ErrInvalidValue, kv))
		}
		bp, err := parseFixed(strings.TrimSpace(kv[i+1:]), 2)
		if err != nil {
			return p, field("surcharges", err)
		}
		p.Surcharges = append(p.Surcharges, Surcharge{Name: strings.TrimSpace(kv[:i]), BasisPoints: bp})
	}
	return p, nil
}
