package network

import (
	"bytes"
	"testing"
	"testing/fstest"
)

// The fuzz targets check that no input makes a decoder panic, and that what
// a decoder accepts survives a round trip through the same format. Seed
// corpora live in testdata/fuzz/<FuzzName>.

func FuzzReadJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := ReadJSON(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := WriteJSON(&out, n); err != nil {
			t.Fatalf("WriteJSON of a network ReadJSON accepted: %v", err)
		}
		again, err := ReadJSON(bytes.NewReader(out.Bytes()), "again.json")
		if err != nil {
			t.Fatalf("ReadJSON of WriteJSON output: %v\n%s", err, out.Bytes())
		}
		assertSameNetwork(t, n, again)
	})
}

func FuzzReadCSV(f *testing.F) {
	f.Fuzz(func(t *testing.T, terminals, legs, transfers, borders []byte) {
		fsys := fstest.MapFS{
			CSVTerminals: {Data: terminals},
			CSVLegs:      {Data: legs},
			CSVTransfers: {Data: transfers},
			CSVBorders:   {Data: borders},
		}
		n, err := ReadCSV(fsys)
		if err != nil {
			return
		}
		files := writeCSVFS(t, n)
		again, err := ReadCSV(files)
		if err != nil {
			t.Fatalf("ReadCSV of WriteCSV output: %v", err)
		}
		assertSameNetwork(t, n, again)
	})
}
