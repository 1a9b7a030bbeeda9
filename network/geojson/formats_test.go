package geojson

import (
	"bytes"
	"io"
	"testing"
	"testing/fstest"

	"github.com/corridor-go/corridor/network"
	"github.com/stretchr/testify/require"
)

// TestAcrossFormats carries a network with every field through all three
// formats: JSON → GeoJSON → CSV → JSON, and checks nothing was lost.
func TestAcrossFormats(t *testing.T) {
	want := readJSON(t, "../testdata/full.json")

	fromGeo, err := Read(bytes.NewReader(write(t, want)), "full.geojson")
	require.NoError(t, err)

	files := fstest.MapFS{}
	err = network.WriteCSVFiles(fromGeo, func(name string) (io.Writer, error) {
		f := &fstest.MapFile{}
		files[name] = f
		return writerFunc(func(p []byte) (int, error) { f.Data = append(f.Data, p...); return len(p), nil }), nil
	})
	require.NoError(t, err)
	fromCSV, err := network.ReadCSV(files)
	require.NoError(t, err)

	var buf bytes.Buffer
	require.NoError(t, network.WriteJSON(&buf, fromCSV))
	got, err := network.ReadJSON(&buf, "again.json")
	require.NoError(t, err)
	assertSameNetwork(t, want, got)
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
