package geojson

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/corridor-go/corridor/network"
	"github.com/paulmach/orb"
)

// The benchmarks read and write generated networks of 10k and 100k legs
// (about legs/8 terminals), generated once per size.

var (
	benchOnce sync.Map // legs → *sync.Once
	benchNets sync.Map // legs → *network.Network
)

func benchNetwork(b *testing.B, legs int) *network.Network {
	once, _ := benchOnce.LoadOrStore(legs, &sync.Once{})
	once.(*sync.Once).Do(func() {
		rng := rand.New(rand.NewPCG(2, uint64(legs)))
		nt := max(legs/8, 2)
		bd := network.NewBuilder("bench")
		for i := range nt {
			bd.AddTerminal(network.Terminal{ID: fmt.Sprintf("T%06d", i), Name: fmt.Sprintf("Terminal %d", i), Country: "CN",
				Kind: network.RailTerminal, Modes: network.SetOf(network.Rail, network.Road),
				Location: orb.Point{70 + 65*rng.Float64(), 20 + 30*rng.Float64()}, TimeZone: "Asia/Shanghai"})
		}
		for i := range legs {
			from := rng.IntN(nt)
			to := (from + 1 + rng.IntN(nt-1)) % nt
			l := network.Leg{ID: fmt.Sprintf("L%07d", i), From: fmt.Sprintf("T%06d", from), To: fmt.Sprintf("T%06d", to),
				Mode: network.Rail, Duration: time.Duration(1+rng.IntN(400)) * time.Hour,
				Price: network.PriceTerms{Currency: "USD", PerContainer: []network.ContainerRate{{Type: "40", Price: network.Amount(rng.IntN(9000)+100) * network.Micro}}}}
			if i%2 == 0 {
				l.Mode, l.DistanceKm = network.Road, float64(10+rng.IntN(3000))
			}
			if i%4 == 1 {
				l.Schedule = &network.Schedule{Weekly: []network.WeeklyDeparture{{Day: time.Monday, Minute: 540}}, Cutoff: 24 * time.Hour}
			}
			bd.AddLeg(l)
		}
		n, err := bd.Build()
		if err != nil {
			b.Fatal(err)
		}
		benchNets.Store(legs, n)
	})
	n, _ := benchNets.Load(legs)
	return n.(*network.Network)
}

func BenchmarkWrite(b *testing.B) {
	for _, legs := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("legs=%dk", legs/1000), func(b *testing.B) {
			n := benchNetwork(b, legs)
			var buf bytes.Buffer
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				buf.Reset()
				if err := Write(&buf, n); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*legs), "ns/leg")
			if cpu0 != 0 {
				b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N*legs), "cpu-ns/leg")
			}
			b.ReportMetric(float64(buf.Len())/float64(legs), "file-B/leg")
		})
	}
}

func BenchmarkRead(b *testing.B) {
	for _, legs := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("legs=%dk", legs/1000), func(b *testing.B) {
			var buf bytes.Buffer
			if err := Write(&buf, benchNetwork(b, legs)); err != nil {
				b.Fatal(err)
			}
			data := buf.Bytes()
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				if _, err := Read(bytes.NewReader(data), "bench.geojson"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*legs), "ns/leg")
			if cpu0 != 0 {
				b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N*legs), "cpu-ns/leg")
			}
		})
	}
}
