package network

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/paulmach/orb"
)

// Benchmarks build generated networks of 10k, 100k and 1M legs. The
// records are generated once per size (sync.Once), outside the timed loop.
// Besides ns/op and B/op they report ns/leg, alloc-B/leg (bytes allocated
// per leg by one Build) and, for Build, live-B/leg (heap the built network
// keeps per leg).

var benchSizes = []int{10_000, 100_000, 1_000_000}

type benchRecords struct {
	once sync.Once
	b    *Builder
	n    *Network
}

var benchData = map[int]*benchRecords{}

func init() {
	for _, s := range benchSizes {
		benchData[s] = &benchRecords{}
	}
}

// GenerateBuilder returns a Builder holding a random network of about
// legs/8 terminals and the given number of legs: rail and road, half with
// distances (the rest estimated), a quarter scheduled, all priced per
// container. Deterministic for a given size.
func generateBuilder(legs int) *Builder {
	rng := rand.New(rand.NewPCG(1, uint64(legs)))
	nt := max(legs/8, 2)
	b := NewBuilder(fmt.Sprintf("generated %d", legs))
	b.AddSource(Source{ID: "S1", Title: "generated"})
	b.AddTransfer(Transfer{From: Road, To: Rail, Time: 6 * time.Hour, Charge: PriceTerms{Currency: "CNY", Fixed: 300 * Micro}})
	b.terminals = make([]Terminal, 0, nt)
	b.termLoc = make([]Loc, 0, nt)
	for i := range nt {
		b.AddTerminal(Terminal{ID: fmt.Sprintf("T%06d", i), Name: fmt.Sprintf("Terminal %d", i), Country: "CN",
			Kind: RailTerminal, Modes: SetOf(Rail, Road), Location: orb.Point{70 + 65*rng.Float64(), 20 + 30*rng.Float64()},
			TimeZone: "Asia/Shanghai", Provenance: Provenance{Sources: []string{"S1"}}})
	}
	b.legs = make([]Leg, 0, legs)
	b.legLoc = make([]Loc, 0, legs)
	weekly := []WeeklyDeparture{{time.Monday, 9 * 60}, {time.Thursday, 9 * 60}}
	for i := range legs {
		from := rng.IntN(nt)
		to := (from + 1 + rng.IntN(nt-1)) % nt
		l := Leg{ID: fmt.Sprintf("L%07d", i), From: fmt.Sprintf("T%06d", from), To: fmt.Sprintf("T%06d", to),
			Mode: Rail, Duration: time.Duration(1+rng.IntN(400)) * time.Hour,
			Price: PriceTerms{Currency: "USD", PerContainer: []ContainerRate{{"40", Amount(rng.IntN(9000)+100) * Micro}, {"20", Amount(rng.IntN(5000)+100) * Micro}}}}
		if i%2 == 0 {
			l.Mode = Road
			l.DistanceKm = float64(10 + rng.IntN(3000))
		}
		if i%4 == 1 {
			l.Schedule = &Schedule{Weekly: weekly, Cutoff: 24 * time.Hour}
		}
		b.AddLeg(l)
	}
	return b
}

func benchRecordsFor(tb testing.TB, legs int) *benchRecords {
	r := benchData[legs]
	r.once.Do(func() {
		r.b = generateBuilder(legs)
		n, err := r.b.Build()
		if err != nil {
			tb.Fatal(err)
		}
		r.n = n
	})
	return r
}

func sizeName(legs int) string {
	switch {
	case legs >= 1_000_000:
		return fmt.Sprintf("legs=%dM", legs/1_000_000)
	case legs >= 1000:
		return fmt.Sprintf("legs=%dk", legs/1000)
	}
	return fmt.Sprintf("legs=%d", legs)
}

// reportPerLeg reports ns/leg, cpu-ns/leg (CPU time of all threads, GC
// included) and alloc-B/leg for a loop that handled legs legs per
// iteration; before and cpu0 are the memory statistics and CPU time taken
// before it.
func reportPerLeg(b *testing.B, legs int, before *runtime.MemStats, cpu0 int64) {
	cpu := cpuTime() - cpu0
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	per := float64(b.N) * float64(legs)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/leg")
	if cpu0 != 0 {
		b.ReportMetric(float64(cpu)/per, "cpu-ns/leg")
	}
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/per, "alloc-B/leg")
}

func BenchmarkBuild(b *testing.B) {
	for _, legs := range benchSizes {
		b.Run(sizeName(legs), func(b *testing.B) {
			r := benchRecordsFor(b, legs)
			b.ReportAllocs()
			live := liveBytes(func() any { n, _ := r.b.Build(); return n })
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			cpu0 := cpuTime()
			b.ResetTimer()
			for b.Loop() {
				if _, err := r.b.Build(); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			reportPerLeg(b, legs, &before, cpu0)
			b.ReportMetric(float64(live)/float64(legs), "live-B/leg")
		})
	}
}

// liveBytes returns the heap that the value f returns keeps alive.
func liveBytes(f func() any) uint64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	v := f()
	runtime.GC()
	runtime.ReadMemStats(&m1)
	runtime.KeepAlive(v)
	if m1.HeapAlloc < m0.HeapAlloc {
		return 0
	}
	return m1.HeapAlloc - m0.HeapAlloc
}

// ioSizes are the sizes the text formats are read and written at; a 1M-leg
// JSON file is some 350 MB, and reading it allocates about 5.6 GB.
var ioSizes = benchSizes

// A codec encodes a network into something its read function decodes, and
// says how many bytes that is.
type codec struct {
	name  string
	write func(*Network) (encoded any, size int, err error)
	read  func(encoded any) (*Network, error)
}

var codecs = []codec{
	{"JSON", func(n *Network) (any, int, error) {
		var buf bytes.Buffer
		err := WriteJSON(&buf, n)
		return buf.Bytes(), buf.Len(), err
	}, func(enc any) (*Network, error) { return ReadJSON(bytes.NewReader(enc.([]byte)), "bench.json") }},
	{"CSV", func(n *Network) (any, int, error) {
		bufs := map[string]*bytes.Buffer{}
		err := WriteCSVFiles(n, func(name string) (io.Writer, error) {
			bufs[name] = &bytes.Buffer{}
			return bufs[name], nil
		})
		files, size := fstest.MapFS{}, 0
		for name, b := range bufs {
			files[name] = &fstest.MapFile{Data: b.Bytes()}
			size += b.Len()
		}
		return files, size, err
	}, func(enc any) (*Network, error) { return ReadCSV(enc.(fstest.MapFS)) }},
}

func BenchmarkWrite(b *testing.B) {
	for _, c := range codecs {
		for _, legs := range ioSizes {
			b.Run(c.name+"/"+sizeName(legs), func(b *testing.B) {
				r := benchRecordsFor(b, legs)
				size := 0
				b.ReportAllocs()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				cpu0 := cpuTime()
				b.ResetTimer()
				for b.Loop() {
					var err error
					if _, size, err = c.write(r.n); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				reportPerLeg(b, legs, &before, cpu0)
				b.SetBytes(int64(size))
				b.ReportMetric(float64(size)/float64(legs), "file-B/leg")
			})
		}
	}
}

func BenchmarkRead(b *testing.B) {
	for _, c := range codecs {
		for _, legs := range ioSizes {
			b.Run(c.name+"/"+sizeName(legs), func(b *testing.B) {
				r := benchRecordsFor(b, legs)
				enc, size, err := c.write(r.n)
				if err != nil {
					b.Fatal(err)
				}
				b.SetBytes(int64(size))
				b.ReportAllocs()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				cpu0 := cpuTime()
				b.ResetTimer()
				for b.Loop() {
					if _, err := c.read(enc); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				reportPerLeg(b, legs, &before, cpu0)
			})
		}
	}
}
