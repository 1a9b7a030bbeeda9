package network

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeCSVFS writes n as CSV into an in-memory file system.
func writeCSVFS(t testing.TB, n *Network) fstest.MapFS {
	t.Helper()
	bufs := map[string]*bytes.Buffer{}
	err := WriteCSVFiles(n, func(name string) (io.Writer, error) {
		bufs[name] = &bytes.Buffer{}
		return bufs[name], nil
	})
	require.NoError(t, err)
	fsys := fstest.MapFS{}
	for name, b := range bufs {
		fsys[name] = &fstest.MapFile{Data: b.Bytes()}
	}
	return fsys
}

func readJSONFile(t testing.TB, path string) *Network {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	n, err := ReadJSON(f, filepath.Base(path))
	require.NoError(t, err)
	return n
}

func TestCSVRoundTrip(t *testing.T) {
	for _, file := range []string{"testdata/small.json", "testdata/full.json"} {
		t.Run(filepath.Base(file), func(t *testing.T) {
			want := readJSONFile(t, file)
			files := writeCSVFS(t, want)
			got, err := ReadCSV(files)
			require.NoError(t, err)
			assertSameNetwork(t, want, got)

			// Writing what was read gives the same bytes.
			again := writeCSVFS(t, got)
			require.Len(t, again, len(files))
			for name, f := range files {
				assert.Equal(t, string(f.Data), string(again[name].Data), name)
			}
		})
	}
}

// TestCSVLineBreaks checks that text with line breaks and lone carriage
// returns survives a round trip.
func TestCSVLineBreaks(t *testing.T) {
	fsys := csvFS(map[string]string{CSVTerminals: termHeader + termCQ +
		"DEDUI,\"Duis\rburg\nam Rhein\r\",DE,rail_terminal,rail,6.75,51.47,Europe/Berlin,\n"})
	n, err := ReadCSV(fsys)
	require.NoError(t, err)
	term, _ := n.Terminal("DEDUI")
	assert.Equal(t, "Duis\rburg\nam Rhein\r", term.Name)
	again, err := ReadCSV(writeCSVFS(t, n))
	require.NoError(t, err)
	assertSameNetwork(t, n, again)
}

func TestWriteCSVDir(t *testing.T) {
	want := readJSONFile(t, "testdata/full.json")
	dir := t.TempDir()
	require.NoError(t, WriteCSV(dir, want))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 6)
	got, err := ReadCSV(os.DirFS(dir))
	require.NoError(t, err)
	assertSameNetwork(t, want, got)

	assert.Error(t, WriteCSV(filepath.Join(dir, "missing"), want))
}

func TestCSVColumns(t *testing.T) {
	cols := CSVColumns(CSVLegs)
	assert.Equal(t, []string{"id", "from", "to", "mode"}, cols[:4])
	cols[0] = "changed"
	assert.Equal(t, "id", CSVColumns(CSVLegs)[0], "CSVColumns returns a copy")
	assert.Nil(t, CSVColumns("nope.csv"))
}

// TestReadCSVFormat checks what the reader accepts: any column order,
// optional columns left out, a byte-order mark, CRLF line ends, absent
// optional files, lists with spaces.
func TestReadCSVFormat(t *testing.T) {
	fsys := fstest.MapFS{
		CSVTerminals: {Data: []byte("\uFEFFlat,lon,id,name,country,kind,modes,time_zone\r\n" +
			"29.58,106.55,CNCQI,Chongqing,CN,rail,\"rail; road\",Asia/Shanghai\r\n" +
			"51.47,6.75,DEDUI,Duisburg,DE,rail_terminal,rail,Europe/Berlin\r\n")},
		CSVLegs: {Data: []byte("currency,duration,mode,to,from,per_container,surcharges,weekly,corridors\n" +
			"USD,16d,train,DEDUI,CNCQI, 40HC = 9000 ; 20=5200 ,BAF=12.5; PSS = 3,mon 09:00;Thursday 09:00,CRE ; NORTH\n")},
	}
	n, err := ReadCSV(fsys)
	require.NoError(t, err)
	require.Equal(t, 1, n.NumLegs())
	l := n.LegAt(0)
	assert.Equal(t, Rail, l.Mode)
	assert.Equal(t, []string{"CRE", "NORTH"}, l.Corridor)
	assert.Equal(t, []ContainerRate{{"40HC", 9000 * Micro}, {"20", 5200 * Micro}}, l.Price.PerContainer)
	assert.Equal(t, []Surcharge{{"BAF", 1250}, {"PSS", 300}}, l.Price.Surcharges)
	assert.Equal(t, []WeeklyDeparture{{1, 9 * 60}, {4, 9 * 60}}, l.Schedule.Weekly)
	assert.True(t, l.DistanceEstimated)
	term, _ := n.Terminal("CNCQI")
	assert.Equal(t, SetOf(Rail, Road), term.Modes)
	assert.Equal(t, "", n.Name())
}

// baseCSV is a valid two-terminal, one-leg network; the error cases replace
// one of its files.
var baseCSV = map[string]string{
	CSVTerminals: "id,name,country,kind,modes,lon,lat,time_zone,locode\n" +
		"CNCQI,Chongqing,CN,rail_terminal,rail;road,106.55,29.58,Asia/Shanghai,\n" +
		"DEDUI,Duisburg,DE,rail_terminal,rail,6.75,51.47,Europe/Berlin,\n",
	CSVLegs: "id,from,to,mode,distance_km,duration,currency,per_container,weekly,cutoff,sources,no_dangerous_goods\n" +
		"L1,CNCQI,DEDUI,rail,,16d,USD,40=9000,,,,\n",
}

func csvFS(override map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range baseCSV {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	for name, data := range override {
		if data == "<absent>" {
			delete(fsys, name)
			continue
		}
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

const (
	termHeader = "id,name,country,kind,modes,lon,lat,time_zone,locode\n"
	termCQ     = "CNCQI,Chongqing,CN,rail_terminal,rail;road,106.55,29.58,Asia/Shanghai,\n"
	termDUI    = "DEDUI,Duisburg,DE,rail_terminal,rail,6.75,51.47,Europe/Berlin,\n"
	legHeader  = "id,from,to,mode,distance_km,duration,currency,per_container,weekly,cutoff,sources,no_dangerous_goods\n"
)

func TestReadCSVErrors(t *testing.T) {
	require.NoError(t, func() error { _, err := ReadCSV(csvFS(nil)); return err }(), "the base network is valid")

	leg := func(row string) map[string]string { return map[string]string{CSVLegs: legHeader + row + "\n"} }
	terms := func(rows ...string) map[string]string {
		return map[string]string{CSVTerminals: termHeader + strings.Join(rows, "")}
	}
	tests := []struct {
		name  string
		files map[string]string
		want  error
		where []string // substrings the message must hold: file:line, record
	}{
		{"duplicate terminal", terms(termCQ, termDUI, termCQ), ErrDuplicateID, []string{"terminals.csv:4", `terminal "CNCQI"`}},
		{"unknown terminal", leg("L1,CNCQI,DEXXX,rail,,16d,USD,40=9000,,,,"), ErrUnknownTerminal, []string{"legs.csv:2", `leg "L1"`, "DEXXX"}},
		{"self-loop", leg("L1,CNCQI,CNCQI,rail,,16d,USD,40=9000,,,,"), ErrSelfLoop, []string{"legs.csv:2", `leg "L1"`}},
		{"negative distance", leg("L1,CNCQI,DEDUI,rail,-5,16d,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "distance"}},
		{"NaN distance", leg("L1,CNCQI,DEDUI,rail,NaN,16d,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "distance", "NaN"}},
		{"infinite distance", leg("L1,CNCQI,DEDUI,rail,+Inf,16d,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "distance"}},
		{"huge distance", leg("L1,CNCQI,DEDUI,rail,1e400,16d,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "distance_km"}},
		{"hex distance", leg("L1,CNCQI,DEDUI,rail,0x10,16d,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "distance_km"}},
		{"zero distance", leg("L1,CNCQI,DEDUI,rail,0,16d,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "explicit zero"}},
		{"text distance", leg("L1,CNCQI,DEDUI,rail,far,16d,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "distance_km"}},
		{"negative duration", leg("L1,CNCQI,DEDUI,rail,,-16d,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "duration"}},
		{"missing duration", leg("L1,CNCQI,DEDUI,rail,,,USD,40=9000,,,,"), ErrMissingValue, []string{"legs.csv:2", "duration"}},
		{"NaN duration", leg("L1,CNCQI,DEDUI,rail,,NaN,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "duration"}},
		{"negative price", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=-9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "per_container"}},
		{"NaN price", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=NaN,,,,"), ErrInvalidValue, []string{"legs.csv:2", "per_container"}},
		{"infinite price", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=Inf,,,,"), ErrInvalidValue, []string{"legs.csv:2", "per_container"}},
		{"missing price", leg("L1,CNCQI,DEDUI,rail,,16d,,,,,,"), ErrMissingValue, []string{"legs.csv:2", "currency"}},
		{"malformed price", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40:9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "per_container"}},
		{"unknown container", leg("L1,CNCQI,DEDUI,rail,,16d,USD,53=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "per_container"}},
		{"unknown currency", leg("L1,CNCQI,DEDUI,rail,,16d,XYZ,40=9000,,,,"), ErrUnknownCurrency, []string{"legs.csv:2", "XYZ"}},
		{"unknown mode", leg("L1,CNCQI,DEDUI,hovercraft,,16d,USD,40=9000,,,,"), ErrUnknownMode, []string{"legs.csv:2", "hovercraft"}},
		{"missing mode", leg("L1,CNCQI,DEDUI,,,16d,USD,40=9000,,,,"), ErrMissingValue, []string{"legs.csv:2", "mode"}},
		{"mode not handled", leg("L1,CNCQI,DEDUI,road,,16d,USD,40=9000,,,,"), ErrModeNotHandled, []string{"legs.csv:2", "DEDUI does not handle road"}},
		{"schedule without departures", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=9000,,1d,,"), ErrInvalidSchedule, []string{"legs.csv:2", "no departures"}},
		{"invalid departure time", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=9000,mon 25:00,,,"), ErrInvalidSchedule, []string{"legs.csv:2", "weekly"}},
		{"invalid weekday", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=9000,funday 09:00,,,"), ErrInvalidSchedule, []string{"legs.csv:2", "funday"}},
		{"duplicate departure", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=9000,mon 09:00;monday 09:00,,,"), ErrInvalidSchedule, []string{"legs.csv:2", "twice"}},
		{"empty list element", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=9000,mon 09:00;;thu 09:00,,,"), ErrInvalidValue, []string{"legs.csv:2", "weekly"}},
		{"unknown source", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=9000,,,S9,"), ErrUnknownSource, []string{"legs.csv:2", "S9"}},
		{"bad bool", leg("L1,CNCQI,DEDUI,rail,,16d,USD,40=9000,,,,yes"), ErrInvalidValue, []string{"legs.csv:2", "no_dangerous_goods"}},
		{"invalid leg ID", leg("L 1,CNCQI,DEDUI,rail,,16d,USD,40=9000,,,,"), ErrInvalidValue, []string{"legs.csv:2", "L 1"}},
		{"invalid zone", terms(termCQ, "DEDUI,Duisburg,DE,rail_terminal,rail,6.75,51.47,Mars/Olympus,\n"), ErrInvalidTimeZone, []string{"terminals.csv:3", `terminal "DEDUI"`, "Mars/Olympus"}},
		{"weekly without zone", map[string]string{
			CSVTerminals: termHeader + "CNCQI,Chongqing,CN,rail_terminal,rail;road,106.55,29.58,,\n" + termDUI,
			CSVLegs:      legHeader + "L1,CNCQI,DEDUI,rail,,16d,USD,40=9000,mon 09:00,,,\n"}, ErrInvalidSchedule, []string{"legs.csv:2", "time zone"}},
		{"latitude out of range", terms(termCQ, "DEDUI,Duisburg,DE,rail_terminal,rail,6.75,91,Europe/Berlin,\n"), ErrInvalidLocation, []string{"terminals.csv:3", "latitude"}},
		{"longitude out of range", terms(termCQ, "DEDUI,Duisburg,DE,rail_terminal,rail,-180.5,51,Europe/Berlin,\n"), ErrInvalidLocation, []string{"terminals.csv:3", "longitude"}},
		{"NaN latitude", terms(termCQ, "DEDUI,Duisburg,DE,rail_terminal,rail,6.75,NaN,Europe/Berlin,\n"), ErrInvalidLocation, []string{"terminals.csv:3", "latitude"}},
		{"infinite longitude", terms(termCQ, "DEDUI,Duisburg,DE,rail_terminal,rail,-Inf,51,Europe/Berlin,\n"), ErrInvalidLocation, []string{"terminals.csv:3", "longitude"}},
		{"missing longitude", terms(termCQ, "DEDUI,Duisburg,DE,rail_terminal,rail,,51,Europe/Berlin,\n"), ErrMissingValue, []string{"terminals.csv:3", "lon"}},
		{"unknown terminal mode", terms(termCQ, "DEDUI,Duisburg,DE,rail_terminal,rail;teleport,6.75,51,Europe/Berlin,\n"), ErrUnknownMode, []string{"terminals.csv:3", "teleport"}},
		{"missing kind", terms(termCQ, "DEDUI,Duisburg,DE,,rail,6.75,51,Europe/Berlin,\n"), ErrMissingValue, []string{"terminals.csv:3", "kind"}},
		{"unknown country", terms(termCQ, "DEDUI,Duisburg,QQ,rail_terminal,rail,6.75,51,Europe/Berlin,\n"), ErrInvalidValue, []string{"terminals.csv:3", "country"}},
		{"malformed LOCODE ID", terms(termCQ, termDUI, "CN1QI,Somewhere,CN,rail_terminal,rail,100,30,,\n"), ErrInvalidLocode, []string{"terminals.csv:4", `terminal "CN1QI"`}},
		{"LOCODE ID of another country", terms(termCQ, termDUI, "DEHAM,Hamburg,CN,rail_terminal,rail,100,30,,\n"), ErrInvalidLocode, []string{"terminals.csv:4", "DEHAM"}},
		{"malformed locode column", terms(termCQ, termDUI, "CNCQI-X,Somewhere,CN,rail_terminal,rail,100,30,,CNQ\n"), ErrInvalidLocode, []string{"terminals.csv:4", "locode"}},
		{"truncated row", leg("L1,CNCQI,DEDUI,rail"), ErrSyntax, []string{"legs.csv:2"}},
		{"truncated quote", leg(`L1,"CNCQI`), ErrSyntax, []string{"legs.csv:2"}},
		{"stray quote", leg(`L1,CN"CQI,DEDUI,rail,,16d,USD,40=9000,,,,`), ErrSyntax, []string{"legs.csv:2"}},
		{"not UTF-8", terms(termCQ, "DEDUI,Duisb\xffrg,DE,rail_terminal,rail,6.75,51,Europe/Berlin,\n"), ErrSyntax, []string{"terminals.csv:3", "UTF-8"}},
		{"CR CR LF in a quoted field", terms(termCQ, "DEDUI,\"Duis\r\r\nburg\",DE,rail_terminal,rail,6.75,51,Europe/Berlin,\n"), ErrSyntax, []string{"terminals.csv:3", "CR LF"}},
		{"empty file", map[string]string{CSVLegs: ""}, ErrSyntax, []string{"legs.csv:1", "header"}},
		{"unknown column", map[string]string{CSVLegs: "from,to,mode,duration,currency,colour\n"}, ErrSyntax, []string{"legs.csv:1", `"colour"`}},
		{"duplicate column", map[string]string{CSVLegs: "from,to,mode,duration,currency,to\n"}, ErrSyntax, []string{"legs.csv:1", `"to"`}},
		{"required column missing", map[string]string{CSVLegs: "from,to,mode,currency\n"}, ErrSyntax, []string{"legs.csv:1", `"duration"`}},
		{"required file missing", map[string]string{CSVLegs: "<absent>"}, ErrMissingValue, []string{"legs.csv", "missing"}},
		{"border of unknown terminal", map[string]string{CSVBorders: "terminal,dwell\nKZDOS,2d\n"}, ErrUnknownTerminal, []string{"borders.csv:2", `border "KZDOS"`}},
		{"border on a rail terminal", map[string]string{CSVBorders: "terminal,dwell\nDEDUI,2d\n"}, ErrInvalidValue, []string{"terminals.csv:3", "border"}},
		{"border twice", map[string]string{
			CSVTerminals: termHeader + termCQ + termDUI + "KZDOS,Dostyk,KZ,border,rail,82.5,45.25,,\n",
			CSVBorders:   "terminal,dwell\nKZDOS,2d\nKZDOS,1d\n"}, ErrDuplicateID, []string{"borders.csv:3", "KZDOS"}},
		{"border half gauge", map[string]string{
			CSVTerminals: termHeader + termCQ + termDUI + "KZDOS,Dostyk,KZ,border,rail,82.5,45.25,,\n",
			CSVBorders:   "terminal,gauge_from_mm\nKZDOS,1435\n"}, ErrInvalidValue, []string{"terminals.csv:4", "gauge"}},
		{"border fee currency", map[string]string{
			CSVTerminals: termHeader + termCQ + termDUI + "KZDOS,Dostyk,KZ,border,rail,82.5,45.25,,\n",
			CSVBorders:   "terminal,currency,fixed\nKZDOS,KZX,150\n"}, ErrUnknownCurrency, []string{"terminals.csv:4", "KZX"}},
		{"transfer unknown mode", map[string]string{CSVTransfers: "from,to,time\nroad,rocket,6h\n"}, ErrUnknownMode, []string{"transfers.csv:2", "rocket"}},
		{"transfer same mode", map[string]string{CSVTransfers: "from,to,time\nroad,road,6h\n"}, ErrInvalidValue, []string{"transfers.csv:2", "transfer"}},
		{"transfer negative time", map[string]string{CSVTransfers: "from,to,time\nroad,rail,-6h\n"}, ErrInvalidValue, []string{"transfers.csv:2", "time"}},
		{"duplicate transfer", map[string]string{CSVTransfers: "from,to,time\nroad,rail,6h\nroad,rail,5h\n"}, ErrDuplicateID, []string{"transfers.csv:3", "road→rail"}},
		{"transfer at unknown terminal", map[string]string{CSVTransfers: "terminal,from,to,time\nCNXXX,road,rail,6h\n"}, ErrUnknownTerminal, []string{"transfers.csv:2", "CNXXX"}},
		{"duplicate source", map[string]string{CSVSources: "id,title\nS1,a\nS1,b\n"}, ErrDuplicateID, []string{"sources.csv:3", `source "S1"`}},
		{"two network rows", map[string]string{CSVNetwork: "name\na\nb\n"}, ErrInvalidValue, []string{"network.csv:3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := ReadCSV(csvFS(tc.files))
			require.Error(t, err)
			assert.Nil(t, n)
			assert.ErrorIs(t, err, tc.want)
			var re *RecordError
			assert.ErrorAs(t, err, &re)
			for _, s := range tc.where {
				assert.Contains(t, err.Error(), s)
			}
		})
	}
	t.Run("missing file wraps fs.ErrNotExist", func(t *testing.T) {
		_, err := ReadCSV(csvFS(map[string]string{CSVTerminals: "<absent>"}))
		assert.ErrorIs(t, err, fs.ErrNotExist)
	})
}

// TestReadCSVReportsAll checks that every bad record is reported, both the
// ones the decoder rejects and the ones Build rejects.
func TestReadCSVReportsAll(t *testing.T) {
	t.Run("decode errors", func(t *testing.T) {
		_, err := ReadCSV(csvFS(map[string]string{CSVLegs: legHeader +
			"L1,CNCQI,DEDUI,rail,far,16d,USD,40=9000,,,,\n" +
			"L2,CNCQI,DEDUI,rail,,soon,USD,40=9000,,,,\n"}))
		require.Error(t, err)
		errs := unjoin(err)
		require.Len(t, errs, 2)
		assert.Contains(t, errs[0].Error(), "legs.csv:2")
		assert.Contains(t, errs[1].Error(), "legs.csv:3")
	})
	t.Run("build errors", func(t *testing.T) {
		_, err := ReadCSV(csvFS(map[string]string{CSVLegs: legHeader +
			"L1,CNCQI,DEXXX,rail,,16d,USD,40=9000,,,,\n" +
			"L2,CNCQI,DEDUI,rail,,16d,XYZ,40=9000,,,,\n"}))
		require.Error(t, err)
		errs := unjoin(err)
		require.Len(t, errs, 2)
		assert.ErrorIs(t, errs[0], ErrUnknownTerminal)
		assert.ErrorIs(t, errs[1], ErrUnknownCurrency)
	})
	t.Run("bad terminal does not cascade", func(t *testing.T) {
		_, err := ReadCSV(csvFS(map[string]string{
			CSVTerminals: termHeader + termCQ + termDUI + "KZDOS,Dostyk,KZ,border,rail,east,45.25,,\n",
			CSVBorders:   "terminal,dwell\nKZDOS,2d\n"}))
		require.Error(t, err)
		assert.Len(t, unjoin(err), 1)
	})
	t.Run("border row precedence", func(t *testing.T) {
		// A lookup or second-row error is reported instead of the row's own
		// decode error, and a row that fails to decode still counts as the
		// terminal's border row.
		_, err := ReadCSV(csvFS(map[string]string{
			CSVTerminals: termHeader + termCQ + termDUI + "KZDOS,Dostyk,KZ,border,rail,82.5,45.25,,\n",
			CSVBorders:   "terminal,dwell\nKZXXX,soon\nKZDOS,soon\nKZDOS,later\n"}))
		require.Error(t, err)
		errs := unjoin(err)
		require.Len(t, errs, 3)
		assert.Equal(t, `borders.csv:2: border "KZXXX" terminal: network: unknown terminal "KZXXX"`, errs[0].Error())
		assert.Contains(t, errs[1].Error(), `borders.csv:3: border "KZDOS" dwell:`)
		assert.Equal(t, `borders.csv:4: border "KZDOS" terminal: network: duplicate ID: second border row for "KZDOS"`, errs[2].Error())
	})
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func TestWriteCSVErrors(t *testing.T) {
	base := func() *Builder {
		b := NewBuilder("w")
		b.AddTerminal(Terminal{ID: "A", Name: "A", Country: "CN", Kind: RoadHub, Modes: SetOf(Road), Location: [2]float64{100, 30}})
		b.AddTerminal(Terminal{ID: "B", Name: "B", Country: "CN", Kind: RoadHub, Modes: SetOf(Road), Location: [2]float64{101, 30}})
		return b
	}
	leg := Leg{ID: "ab", From: "A", To: "B", Mode: Road, Duration: 3600e9, Price: PriceTerms{Currency: "CNY"}}
	tests := []struct {
		name   string
		modify func(*Builder)
		where  string
	}{
		{"corridor with separator", func(b *Builder) { l := leg; l.Corridor = []string{"A;B"}; b.AddLeg(l) }, `leg "ab" corridors`},
		{"corridor with space", func(b *Builder) { l := leg; l.Corridor = []string{" A"}; b.AddLeg(l) }, `leg "ab" corridors`},
		{"empty corridor", func(b *Builder) { l := leg; l.Corridor = []string{""}; b.AddLeg(l) }, `leg "ab" corridors`},
		{"surcharge name", func(b *Builder) {
			l := leg
			l.Price.Surcharges = []Surcharge{{Name: "a;b", BasisPoints: 1}}
			b.AddLeg(l)
		}, `leg "ab" surcharges`},
		{"CR LF", func(b *Builder) { l := leg; l.Service = "a\r\nb"; b.AddLeg(l) }, `leg "ab" service`},
		{"alias with separator", func(b *Builder) {
			b.AddTerminal(Terminal{ID: "C", Name: "C", Country: "CN", Kind: RoadHub, Modes: SetOf(Road), Location: [2]float64{100, 30}, Aliases: []string{"x;y"}})
		}, `terminal "C" aliases`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := base()
			tc.modify(b)
			n, err := b.Build()
			require.NoError(t, err)
			err = WriteCSVFiles(n, func(string) (io.Writer, error) { return io.Discard, nil })
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidValue)
			assert.Contains(t, err.Error(), tc.where)
		})
	}
	t.Run("create fails", func(t *testing.T) {
		n, err := base().Build()
		require.NoError(t, err)
		boom := errors.New("boom")
		err = WriteCSVFiles(n, func(string) (io.Writer, error) { return nil, boom })
		assert.ErrorIs(t, err, boom)
	})
}

// TestDecodeLegScheduleErrors pins which schedule error DecodeLeg reports
// first, and its text.
func TestDecodeLegScheduleErrors(t *testing.T) {
	with := func(kv ...string) Fields {
		f := Fields{"from": "CNCQI", "to": "DEDUI", "mode": "rail", "duration": "16d", "currency": "USD"}
		for i := 0; i < len(kv); i += 2 {
			f[kv[i]] = kv[i+1]
		}
		return f
	}
	for _, tc := range []struct {
		name  string
		f     Fields
		field string
		want  string
	}{
		{"bad weekly before bad dated list", with("weekly", "mon 25:00", "dated", "2026-03-02T09:00:00+08:00;;"), "weekly", ""},
		{"bad dated list", with("weekly", "mon 09:00", "dated", "2026-03-02T09:00:00+08:00;;"), "dated", "empty element"},
		{"bad dated time", with("dated", " 2026-03-02 "), "dated", `network: invalid schedule: "2026-03-02" is not an RFC 3339 time`},
		{"bad cutoff before bad dates", with("cutoff", "soon", "valid_from", "x"), "cutoff", ""},
		{"space-only date", with("valid_from", "  "), "valid_from", `network: invalid value: date "" is not YYYY-MM-DD`},
		{"explicit zero (not a schedule)", with("distance_km", "0.0", "weekly", "x"), "distance_km", "network: invalid value: explicit zero (leave the field empty instead)"},
		{"bad valid_until", with("valid_from", " 2026-01-01 ", "valid_until", " 2026-13-01"), "valid_until", `date "2026-13-01" is not YYYY-MM-DD`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeLeg(tc.f)
			var re *RecordError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, tc.field, re.Field)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	l, err := DecodeLeg(with("weekly", "mon 09:00; thu 09:00", "valid_from", " 2026-01-01 "))
	require.NoError(t, err)
	require.Len(t, l.Schedule.Weekly, 2)
	assert.Equal(t, "thu 09:00", l.Schedule.Weekly[1].String())
	assert.Equal(t, "2026-01-01", l.Schedule.ValidFrom.String())
}
