package pareto

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// ErrDIMACS is wrapped by every error about a malformed DIMACS file; the
// message names the file and line.
var ErrDIMACS = errors.New("pareto: invalid DIMACS file")

// maxDIMACSNodes caps the node count a "p" line may declare, so that a tiny
// corrupt file cannot make the reader allocate gigabytes. It is far above
// the largest 9th DIMACS graph (USA, 23.9 million nodes).
const maxDIMACSNodes = 1 << 28

// DIMACSSource is one 9th DIMACS Challenge shortest-path file: a name for
// error messages and its content (plain text; use LoadDIMACS for gzip).
type DIMACSSource struct {
	Name string
	R    io.Reader
}

// LoadDIMACS reads 9th DIMACS ".gr" files (gzipped or not, detected by
// content) that describe the same arcs in the same order with different
// weights — for NY: USA-road-d.NY.gr.gz (distance) then USA-road-t.NY.gr.gz
// (travel time) — and returns one Graph whose objective i is file i's
// weight. Node ids are converted from 1-based to 0-based; arc indices are a
// stable sort of the file's arcs by tail.
func LoadDIMACS(paths ...string) (*Graph, error) {
	srcs := make([]DIMACSSource, len(paths))
	for i, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrDIMACS, err)
		}
		defer f.Close()
		br := bufio.NewReaderSize(f, 1<<16)
		var r io.Reader = br
		if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
			zr, err := gzip.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("%w: %s: %w", ErrDIMACS, filepath.Base(p), err)
			}
			r = zr
		}
		srcs[i] = DIMACSSource{Name: filepath.Base(p), R: r}
	}
	return ReadDIMACS(srcs...)
}

// ReadDIMACS is LoadDIMACS on readers. Each source must hold a "p sp N M"
// line, then exactly M "a u v w" lines (1 <= u,v <= N, 0 <= w), with "c"
// comment lines and blank lines anywhere; all sources must agree on N, M
// and on every arc's endpoints. It needs 2 to 4 sources. Errors wrap
// ErrDIMACS and name the source and line. It runs in O(N + M·K).
func ReadDIMACS(srcs ...DIMACSSource) (*Graph, error) {
	return readDIMACS(maxDIMACSNodes, srcs)
}

func readDIMACS(maxNodes int, srcs []DIMACSSource) (*Graph, error) {
	k := len(srcs)
	if k < MinObjectives || k > MaxObjectives {
		return nil, fmt.Errorf("%w: %d files, want %d to %d (one per objective)", ErrDIMACS, k, MinObjectives, MaxObjectives)
	}
	var (
		n, m       int
		tail, head []int32
		w          []int64
	)
	for i, src := range srcs {
		d := dimacsReader{name: src.Name, r: bufio.NewReaderSize(src.R, 1<<16)}
		fn, fm, err := d.header()
		if err != nil {
			return nil, err
		}
		if fn > maxNodes || fm > 1<<31-2 {
			return nil, d.errorf("graph of %d nodes and %d arcs is too large", fn, fm)
		}
		if i == 0 {
			n, m = fn, fm
			// Trust the header only so far: a corrupt count must not
			// allocate more than the file could fill.
			c := min(m, 1<<22)
			tail, head, w = make([]int32, 0, c), make([]int32, 0, c), make([]int64, 0, c*k)
		} else if fn != n || fm != m {
			return nil, d.errorf("p line says %d nodes and %d arcs, %s says %d and %d", fn, fm, srcs[0].Name, n, m)
		}
		limit := MaxArcCost(n)
		a := 0
		for {
			u, v, c, ok, err := d.arc()
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			if a == m {
				return nil, d.errorf("more than the %d arcs announced", m)
			}
			if u < 1 || u > n || v < 1 || v > n {
				return nil, d.errorf("arc %d→%d: node out of range [1,%d]", u, v, n)
			}
			if c > limit {
				return nil, d.errorf("weight %d exceeds the limit %d for %d nodes", c, limit, n)
			}
			if i == 0 {
				tail = append(tail, int32(u-1))
				head = append(head, int32(v-1))
				for range k {
					w = append(w, 0)
				}
			} else if tail[a] != int32(u-1) || head[a] != int32(v-1) {
				return nil, d.errorf("arc %d is %d→%d, but %s has %d→%d", a+1, u, v, srcs[0].Name, tail[a]+1, head[a]+1)
			}
			w[a*k+i] = c
			a++
		}
		if a != m {
			return nil, d.errorf("%d arcs, the p line announced %d", a, m)
		}
	}
	// CSR by a stable counting sort on tails.
	cs := newCSRSort(n)
	for _, u := range tail {
		cs.count(u)
	}
	start := cs.offsets()
	h := make([]int32, m)
	cost := make([]int64, m*k)
	for a, u := range tail {
		p := cs.slot(u)
		h[p] = head[a]
		copy(cost[int(p)*k:int(p)*k+k], w[a*k:a*k+k])
	}
	g, err := NewGraph(k, start, h, cost)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDIMACS, err)
	}
	return g, nil
}

// dimacsReader scans one file line by line without allocating per line.
type dimacsReader struct {
	name string
	r    *bufio.Reader
	line int
	buf  []byte
}

func (d *dimacsReader) errorf(format string, args ...any) error {
	return fmt.Errorf("%w: %s:%d: %s", ErrDIMACS, d.name, d.line, fmt.Sprintf(format, args...))
}

// next returns the next line that is neither blank nor a comment, without
// its line ending, or io.EOF.
func (d *dimacsReader) next() ([]byte, error) {
	for {
		b, err := d.r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// A line longer than the buffer: gather it (rare; comments).
			d.buf = append(d.buf[:0], b...)
			for err == bufio.ErrBufferFull {
				b, err = d.r.ReadSlice('\n')
				d.buf = append(d.buf, b...)
			}
			b = d.buf
		}
		if err != nil && err != io.EOF {
			d.line++
			return nil, d.errorf("%v", err)
		}
		if len(b) == 0 && err == io.EOF {
			return nil, io.EOF
		}
		d.line++
		b = bytes.TrimRight(b, "\r\n")
		t := bytes.TrimLeft(b, " \t")
		if len(t) == 0 || t[0] == 'c' {
			if err == io.EOF {
				return nil, io.EOF
			}
			continue
		}
		return t, nil
	}
}

// header reads up to and including the "p sp N M" line.
func (d *dimacsReader) header() (n, m int, err error) {
	b, err := d.next()
	if err == io.EOF {
		return 0, 0, d.errorf("no \"p sp N M\" line")
	}
	if err != nil {
		return 0, 0, err
	}
	f, nf := fields(b)
	if nf != 4 || string(f[0]) != "p" || string(f[1]) != "sp" {
		return 0, 0, d.errorf("want \"p sp N M\", got %q", truncate(b))
	}
	n64, ok1 := parseUint(f[2])
	m64, ok2 := parseUint(f[3])
	if !ok1 || !ok2 {
		return 0, 0, d.errorf("bad node or arc count in %q", truncate(b))
	}
	if n64 > 1<<31 || m64 > 1<<31 {
		return 0, 0, d.errorf("graph of %d nodes and %d arcs is too large", n64, m64)
	}
	return int(n64), int(m64), nil
}

// arc reads the next "a u v w" line; ok is false at end of file.
func (d *dimacsReader) arc() (u, v int, w int64, ok bool, err error) {
	b, err := d.next()
	if err == io.EOF {
		return 0, 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, 0, false, err
	}
	f, nf := fields(b)
	if nf != 4 || string(f[0]) != "a" {
		return 0, 0, 0, false, d.errorf("want \"a u v w\", got %q", truncate(b))
	}
	u64, ok1 := parseUint(f[1])
	v64, ok2 := parseUint(f[2])
	w64, ok3 := parseUint(f[3])
	if !ok1 || !ok2 || !ok3 || u64 > 1<<31 || v64 > 1<<31 {
		return 0, 0, 0, false, d.errorf("bad arc %q", truncate(b))
	}
	return int(u64), int(v64), w64, true, nil
}

// fields splits on spaces and tabs into at most 5 fields (a 5th means
// "too many"), into a fixed array so that no line allocates.
func fields(b []byte) (out [5][]byte, n int) {
	for i := 0; i < len(b) && n < len(out); {
		for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
			i++
		}
		j := i
		for j < len(b) && b[j] != ' ' && b[j] != '\t' {
			j++
		}
		if j > i {
			out[n] = b[i:j]
			n++
		}
		i = j
	}
	return out, n
}

// parseUint parses a non-negative decimal below 2^62.
func parseUint(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var x int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		x = x*10 + int64(c-'0')
	}
	return x, true
}

func truncate(b []byte) string {
	if len(b) > 60 {
		return string(b[:60]) + "…"
	}
	return string(b)
}
