package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeTiny writes a 4-node graph with a two-solution front from 1 to 3:
// 1→2→3 is short and slow, 1→3 long and fast.
func writeTiny(t *testing.T) (dist, tim, queries string) {
	t.Helper()
	dir := t.TempDir()
	dist = filepath.Join(dir, "tiny-d.gr.gz")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write([]byte("c tiny\np sp 4 4\na 1 2 10\na 2 3 10\na 1 3 25\na 4 1 1\n"))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(dist, buf.Bytes(), 0o644))
	tim = filepath.Join(dir, "tiny-t.gr")
	require.NoError(t, os.WriteFile(tim, []byte("p sp 4 4\na 1 2 5\na 2 3 5\na 1 3 3\na 4 1 1\n"), 0o644))
	queries = filepath.Join(dir, "q.txt")
	require.NoError(t, os.WriteFile(queries, []byte("# start goal\n1 3 2 0.1\n\n4 3\n3 1\n"), 0o644))
	return dist, tim, queries
}

func TestRun(t *testing.T) {
	dist, tim, queries := writeTiny(t)
	var out, errOut bytes.Buffer
	err := run(t.Context(), []string{"-d", dist, "-t", tim, "-queries", queries}, &out, &errOut)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 5, out.String())
	assert.Equal(t, "start\tgoal\tsolutions\tsearch_seconds\theuristic_seconds", lines[0])
	for i, want := range [][]string{{"1", "3", "2"}, {"4", "3", "2"}, {"3", "1", "0"}} {
		f := strings.Split(lines[i+1], "\t")
		require.Len(t, f, 5, lines[i+1])
		assert.Equal(t, want, f[:3])
	}
	assert.Regexp(t, `^# 3 queries, 4 solutions, search \S+ s, heuristics \S+ s, load \S+ s, peak memory .+$`, lines[4])
}

func TestRunErrors(t *testing.T) {
	dist, tim, queries := writeTiny(t)
	dir := t.TempDir()
	badQ := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(badQ, []byte("1 x\n"), 0o644))
	rangeQ := filepath.Join(dir, "range.txt")
	require.NoError(t, os.WriteFile(rangeQ, []byte("1 9\n"), 0o644))
	cases := []struct {
		name string
		args []string
		msg  string
	}{
		{"unknown flag", []string{"-x"}, "flag provided but not defined"},
		{"stray argument", []string{"-d", dist, "-t", tim, "-queries", queries, "extra"}, "unexpected argument"},
		{"missing queries", []string{"-d", dist, "-t", tim, "-queries", filepath.Join(dir, "none.txt")}, "no such file"},
		{"bad query", []string{"-d", dist, "-t", tim, "-queries", badQ}, "bad.txt:1: bad node id"},
		{"query out of range", []string{"-d", dist, "-t", tim, "-queries", rangeQ}, "node 9 out of range"},
		{"missing graph", []string{"-d", filepath.Join(dir, "none.gr"), "-t", tim, "-queries", queries}, "none.gr"},
		{"mismatched graphs", []string{"-d", dist, "-t", queries, "-queries", queries}, "q.txt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(t.Context(), c.args, &out, &errOut)
			require.Error(t, err)
			assert.Contains(t, err.Error()+errOut.String(), c.msg)
			assert.NotContains(t, err.Error(), "\n", "errors are one line")
		})
	}
}
