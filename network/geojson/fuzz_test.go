package geojson

import (
	"bytes"
	"testing"
)

// FuzzRead checks that no input makes Read panic, and that a network Read
// accepts survives Write and Read again. Seeds: testdata/fuzz/FuzzRead.
func FuzzRead(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Read(bytes.NewReader(data), "fuzz.geojson")
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := Write(&out, n); err != nil {
			t.Fatalf("Write of a network Read accepted: %v", err)
		}
		again, err := Read(bytes.NewReader(out.Bytes()), "again.geojson")
		if err != nil {
			t.Fatalf("Read of Write output: %v\n%s", err, out.Bytes())
		}
		assertSameNetwork(t, n, again)
	})
}
