package pareto

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nyQuery is one public DIMACS NY query with its reference solution count
// and the reference C++ BOA* search seconds (from the README's table).
type nyQuery struct {
	start, goal int32 // 0-based
	count       int
	refSeconds  float64
}

// dimacsDir returns the directory holding the shared DIMACS files:
// $CORRIDOR_DIMACS_DIR, else ../../../shared/dimacs (the layout when the
// repository is checked out next to shared/), or "" when absent.
func dimacsDir() string {
	for _, d := range []string{os.Getenv("CORRIDOR_DIMACS_DIR"), filepath.Join("..", "..", "..", "shared", "dimacs")} {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "USA-road-t.NY.gr.gz")); err == nil {
			return d
		}
	}
	return ""
}

var ny struct {
	once    sync.Once
	g       *Graph
	queries []nyQuery
	err     error
}

// loadNY loads the NY graph and the public queries once per test binary, or
// skips when the data is absent.
func loadNY(tb testing.TB) (*Graph, []nyQuery) {
	tb.Helper()
	dir := dimacsDir()
	if dir == "" {
		tb.Skip("DIMACS NY data not found: set CORRIDOR_DIMACS_DIR to the directory holding USA-road-{d,t}.NY.gr.gz and README.md")
	}
	ny.once.Do(func() {
		ny.g, ny.err = LoadDIMACS(filepath.Join(dir, "USA-road-d.NY.gr.gz"), filepath.Join(dir, "USA-road-t.NY.gr.gz"))
		if ny.err == nil {
			ny.queries, ny.err = readNYQueries(filepath.Join(dir, "README.md"))
		}
	})
	require.NoError(tb, ny.err)
	return ny.g, ny.queries
}

// readNYQueries reads the "start goal solutions seconds" rows of the README.
func readNYQueries(path string) ([]nyQuery, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var qs []nyQuery
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 4 {
			continue
		}
		s, err1 := strconv.Atoi(fs[0])
		g, err2 := strconv.Atoi(fs[1])
		c, err3 := strconv.Atoi(fs[2])
		sec, err4 := strconv.ParseFloat(fs[3], 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			continue
		}
		qs = append(qs, nyQuery{int32(s - 1), int32(g - 1), c, sec})
	}
	return qs, sc.Err()
}

func nyQueryOf(q nyQuery) Query {
	return Query{Sources: []Endpoint{{Node: q.start}}, Targets: []Endpoint{{Node: q.goal}}}
}

// TestDIMACSNYCounts checks every public NY query's front size against the
// reference. All 50 queries run in about 10 s on a 2-core machine, so they
// all run by default; -short and the race detector skip the test.
func TestDIMACSNYCounts(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short mode: loads and searches the DIMACS NY graph (~10 s)")
	}
	if raceEnabled {
		t.Skip("skipped under the race detector: the DIMACS NY searches would take minutes")
	}
	g, qs := loadNY(t)
	require.Len(t, qs, 50, "public queries in README.md")
	var s Searcher
	for _, q := range qs {
		t.Run(strconv.Itoa(int(q.start+1))+"-"+strconv.Itoa(int(q.goal+1)), func(t *testing.T) {
			res, err := s.Search(t.Context(), g, nyQueryOf(q))
			require.NoError(t, err)
			assert.Equal(t, q.count, res.Len())
			// the extremes of the front are the single-objective optima
			h := &s.heur
			if res.Len() > 0 {
				assert.Equal(t, h.Value(0, q.start), res.Cost(0)[0])
				assert.Equal(t, h.Value(1, q.start), res.Cost(res.Len() - 1)[1])
			}
		})
	}
}

// BenchmarkDIMACSNYSearch runs the 50 public queries per iteration, timing
// the search alone: each query's heuristics are computed with the timer
// stopped and passed in through Query.Heuristic.
func BenchmarkDIMACSNYSearch(b *testing.B) {
	g, qs := loadNY(b)
	var s Searcher
	var h Heuristic
	b.ReportAllocs()
	for b.Loop() {
		for _, q := range qs {
			b.StopTimer()
			query := nyQueryOf(q)
			if err := h.Compute(b.Context(), g, query.Targets, nil); err != nil {
				b.Fatal(err)
			}
			query.Heuristic = &h
			b.StartTimer()
			if _, err := s.Search(b.Context(), g, query); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkDIMACSNYHeuristic times the two backward Dijkstras of one query
// (averaged over the 50 public targets).
func BenchmarkDIMACSNYHeuristic(b *testing.B) {
	g, qs := loadNY(b)
	var h Heuristic
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		q := nyQueryOf(qs[i%len(qs)])
		i++
		if err := h.Compute(b.Context(), g, q.Targets, nil); err != nil {
			b.Fatal(err)
		}
	}
}
