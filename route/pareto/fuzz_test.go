package pareto

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// byteStream hands out fuzz bytes, zero once exhausted.
type byteStream []byte

func (b *byteStream) next() int {
	if len(*b) == 0 {
		return 0
	}
	x := (*b)[0]
	*b = (*b)[1:]
	return int(x)
}

// graphFromBytes decodes a small graph and query: K, n, arcs (from, to,
// costs), sources and targets (with optional costs), optional bounds and
// avoided arcs. Every byte string decodes to some valid case.
func graphFromBytes(data []byte) (*Graph, Query) {
	b := byteStream(data)
	k := MinObjectives + b.next()%(MaxObjectives-MinObjectives+1)
	n := 1 + b.next()%8
	m := b.next() % 20
	arcs := make([]Arc, m)
	for i := range arcs {
		c := make([]int64, k)
		for j := range c {
			c[j] = int64(b.next() % 5)
		}
		arcs[i] = Arc{From: int32(b.next() % n), To: int32(b.next() % n), Cost: c}
	}
	g, err := FromArcs(n, k, arcs)
	if err != nil {
		panic(err) // cannot happen: every field is in range
	}
	endpoint := func() Endpoint {
		e := Endpoint{Node: int32(b.next() % n)}
		if b.next()%2 == 1 {
			e.Cost = make([]int64, k)
			for j := range e.Cost {
				e.Cost[j] = int64(b.next() % 4)
			}
		}
		return e
	}
	var q Query
	for range 1 + b.next()%3 {
		q.Sources = append(q.Sources, endpoint())
	}
	seen := map[int32]bool{}
	for range 1 + b.next()%3 {
		e := endpoint()
		if !seen[e.Node] {
			seen[e.Node] = true
			q.Targets = append(q.Targets, e)
		}
	}
	flags := b.next()
	if flags&1 != 0 {
		q.Bounds = make([]int64, k)
		for j := range q.Bounds {
			q.Bounds[j] = NoBound
			if x := b.next(); x < 128 {
				q.Bounds[j] = int64(x % 16)
			}
		}
	}
	if flags&2 != 0 && m > 0 {
		q.Avoid = NewArcSet(m)
		for a := range m {
			if b.next()%3 == 0 {
				q.Avoid.Add(int32(a))
			}
		}
	}
	if flags&4 != 0 && m > 0 {
		q.WaitArcs = NewArcSet(m)
		period, offset, horizon := make([]int64, m), make([]int64, m), make([]int64, m)
		for a := range m {
			if b.next()%2 == 0 {
				q.WaitArcs.Add(int32(a))
			}
			period[a] = int64(1 + b.next()%6)
			offset[a] = int64(b.next()) % period[a]
			horizon[a] = int64(b.next() % 30)
		}
		q.WaitObjective = (flags >> 3) % k
		q.Wait = func(a int32, t int64) (int64, bool) {
			w := ((offset[a]-t)%period[a] + period[a]) % period[a]
			return w, t+w <= horizon[a]
		}
	}
	return g, q
}

// FuzzSearch checks the engines against the brute-force oracle on graphs
// decoded from fuzz bytes.
func FuzzSearch(f *testing.F) {
	f.Add([]byte{0, 4, 6, 1, 2, 0, 1, 2, 1, 1, 2, 3, 3, 1, 2, 0, 0, 2, 0, 3})
	f.Add([]byte{1, 5, 10, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 0, 0, 0, 3, 4, 1, 1, 1, 0, 4, 1, 0, 0, 0, 0, 1, 1, 1, 3})
	f.Add([]byte{2, 7, 19, 4, 3, 2, 1, 0, 6, 1, 2, 3, 4, 0, 1, 5, 4, 4, 4, 4, 2, 3, 1, 1, 1, 1, 3, 4, 2, 2, 2, 2, 4, 5, 255})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		g, q := graphFromBytes(data)
		var s Searcher
		res, err := s.Search(t.Context(), g, q)
		require.NoError(t, err)
		assert.Equal(t, oracle(g, q), costs(res))
		if q.WaitArcs == nil {
			checkPaths(t, g, q, res)
		}
	})
}

// FuzzDIMACS feeds arbitrary text to the DIMACS reader: it must return a
// graph or an ErrDIMACS error naming the file, never panic.
func FuzzDIMACS(f *testing.F) {
	f.Add("p sp 3 2\na 1 2 5\na 2 3 7\n", "c times\np sp 3 2\na 1 2 1\na 2 3 2\n")
	f.Add("p sp 2 1\na 1 2 5", "p sp 2 1\na 2 1 5")
	f.Add("c only comments\n", "")
	f.Add("p sp 2 1\na 1 3 5\n", "p sp 2 1\na 1 3 5\n")
	f.Add("p sp 2 2\r\na 1 2 1\r\na 1 2 99999999999999999999\r\n", "p sp 2 2\na 1 2 1\na 1 2 1\n")
	f.Fuzz(func(t *testing.T, d, tt string) {
		g, err := readDIMACS(1<<16, []DIMACSSource{{"d.gr", strings.NewReader(d)}, {"t.gr", strings.NewReader(tt)}})
		if err != nil {
			require.ErrorIs(t, err, ErrDIMACS)
			assert.Contains(t, err.Error(), ".gr")
			return
		}
		require.Equal(t, 2, g.K())
		for a := range int32(g.NumArcs()) {
			assert.Less(t, int(g.Head(a)), g.NumNodes())
		}
	})
}

func TestReadDIMACS(t *testing.T) {
	const d = "c distance\np sp 4 4\na 1 2 10\na 2 3 10\n\na 1 3 25\na 4 1 1\n"
	const tm = "p sp 4 4\na 1 2 5\na 2 3 5\na 1 3 3\na 4 1 1\n"
	g, err := ReadDIMACS(DIMACSSource{"d.gr", strings.NewReader(d)}, DIMACSSource{"t.gr", strings.NewReader(tm)})
	require.NoError(t, err)
	assert.Equal(t, 4, g.NumNodes())
	assert.Equal(t, 4, g.NumArcs())
	var s Searcher
	res, err := s.Search(t.Context(), g, Query{Sources: []Endpoint{{Node: 0}}, Targets: []Endpoint{{Node: 2}}})
	require.NoError(t, err)
	assert.Equal(t, [][]int64{{20, 10}, {25, 3}}, costs(res))

	bad := []struct {
		name, d, t, msg string
	}{
		{"no p line", "c nothing\n", tm, "d.gr:1: no \"p sp N M\" line"},
		{"bad p line", "p max 4 4\n", tm, "d.gr:1: want \"p sp N M\""},
		{"bad count", "p sp x 4\n", tm, "d.gr:1: bad node or arc count"},
		{"node out of range", "p sp 4 1\na 1 5 1\n", tm, "d.gr:2: arc 1→5: node out of range"},
		{"node zero", "p sp 4 1\na 0 1 1\n", tm, "d.gr:2: arc 0→1"},
		{"negative weight", "p sp 4 1\na 1 2 -1\n", tm, "d.gr:2: bad arc"},
		{"extra field", "p sp 4 1\na 1 2 1 7\n", tm, "d.gr:2: want \"a u v w\""},
		{"too many arcs", "p sp 4 1\na 1 2 1\na 1 2 1\n", tm, "d.gr:3: more than the 1 arcs"},
		{"too few arcs", "p sp 4 5\na 1 2 1\n", tm, "d.gr:2: 1 arcs, the p line announced 5"},
		{"header mismatch", d, "p sp 5 4\n", "t.gr:1: p line says 5 nodes"},
		{"arc mismatch", d, "p sp 4 4\na 1 2 5\na 2 4 5\n", "t.gr:3: arc 2 is 2→4, but d.gr has 2→3"},
		{"too large", "p sp 2000000000 1\n", tm, "too large"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			_, err := readDIMACS(1<<20, []DIMACSSource{{"d.gr", strings.NewReader(c.d)}, {"t.gr", strings.NewReader(c.t)}})
			require.ErrorIs(t, err, ErrDIMACS)
			assert.Contains(t, err.Error(), c.msg)
		})
	}
	t.Run("one file", func(t *testing.T) {
		_, err := ReadDIMACS(DIMACSSource{"d.gr", strings.NewReader(d)})
		require.ErrorIs(t, err, ErrDIMACS)
	})
	t.Run("missing file", func(t *testing.T) {
		_, err := LoadDIMACS("/nonexistent/d.gr", "/nonexistent/t.gr")
		require.ErrorIs(t, err, ErrDIMACS)
	})
}
