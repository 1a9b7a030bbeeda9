package jsonscan

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDuplicateKey(t *testing.T) {
	for _, tc := range []struct {
		in   string
		key  string
		off  int
		dup  bool
		name string
	}{
		{`{"a":1,"b":2}`, "", 0, false, "distinct"},
		{`{"a":1,"a":2}`, "a", 7, true, "same object"},
		{`{"a":{"a":1}}`, "", 0, false, "same key in a nested object is fine"},
		{`[{"a":1},{"a":2}]`, "", 0, false, "sibling objects in an array"},
		{`{"x":[1,{"y":1,"y":2}]}`, "y", 15, true, "inside an array"},
		{`{"a\u0062":1,"ab":2}`, "ab", 13, true, "escaped key"},
		{`{"s":"{\"a\":1,\"a\":2}"}`, "", 0, false, "keys inside a string value"},
		{`{"a":1,"a`, "", 0, false, "truncated"},
		{`"a","a"`, "", 0, false, "no object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			off, key, dup := DuplicateKey([]byte(tc.in))
			assert.Equal(t, tc.dup, dup)
			assert.Equal(t, tc.key, key)
			assert.Equal(t, tc.off, off)
		})
	}
}

func FuzzDuplicateKey(f *testing.F) {
	for _, s := range []string{`{"a":1,"a":2}`, `[{"a":[{"b":"\"}"}]}]`, `{"`, `}}]]{`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		off, _, dup := DuplicateKey(data)
		if dup && (off < 0 || off >= len(data) || data[off] != '"') {
			t.Fatalf("offset %d does not point at a key", off)
		}
	})
}
