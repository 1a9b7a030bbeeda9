package jsonscan

import (
	"encoding/json"
	"fmt"
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

func TestMembers(t *testing.T) {
	var keys []string
	var vals []string
	for k, v := range Members([]byte(` { "a" : 1.5, "b\u0063":"x,}", "d": {"e": [1, "]"]}, "f": null , "g":-2e3}`)) {
		keys = append(keys, k)
		vals = append(vals, string(v))
	}
	if got, want := fmt.Sprint(keys), "[a bc d f g]"; got != want {
		t.Errorf("keys %s, want %s", got, want)
	}
	if got, want := fmt.Sprintf("%q", vals), `["1.5" "\"x,}\"" "{\"e\": [1, \"]\"]}" "null" "-2e3"]`; got != want {
		t.Errorf("values %s, want %s", got, want)
	}
	for range Members([]byte(`{}`)) {
		t.Error("a member of {}")
	}
	for range Members([]byte(`[1]`)) {
		t.Error("a member of an array")
	}
}

func TestElements(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{` [ 1.5 , "a,]" ,{"b": [1, "]"]}, null,[], -2e3 ] `, `["1.5" "\"a,]\"" "{\"b\": [1, \"]\"]}" "null" "[]" "-2e3"]`},
		{`[]`, `[]`},
		{"[\n]", `[]`},
		{`[true]`, `["true"]`},
		{`{"a": 1}`, `[]`},
		{`"[1]"`, `[]`},
	} {
		var got []string
		for v := range Elements([]byte(tc.in)) {
			got = append(got, string(v))
		}
		if s := fmt.Sprintf("%q", got); s != tc.want {
			t.Errorf("Elements(%s) = %s, want %s", tc.in, s, tc.want)
		}
	}
	n := 0
	for range Elements([]byte(`[1, 2, 3]`)) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("stopped after %d elements, want 2", n)
	}
}

// FuzzElements checks that Elements yields what encoding/json reads as
// the array's elements.
func FuzzElements(f *testing.F) {
	for _, s := range []string{`[1, "a", {"b": [2]}, null]`, `[]`, `{"a": 1}`, `[[],[[]]]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var want []json.RawMessage
		if json.Unmarshal(data, &want) != nil || want == nil {
			return
		}
		var got []string
		for v := range Elements(data) {
			got = append(got, string(v))
		}
		if len(got) != len(want) {
			t.Fatalf("%d elements, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != string(want[i]) {
				t.Fatalf("element %d is %q, want %q", i, got[i], want[i])
			}
		}
	})
}
