// Package jsonscan holds the JSON checks that encoding/json does not make
// and that the network package's readers (canonical JSON, GeoJSON) share.
package jsonscan

import (
	"bytes"
	"encoding/json"
)

// DuplicateKey finds the first object key that appears twice in one object
// of valid JSON, which encoding/json would silently collapse to the last
// value, and returns its byte offset. It is a byte scan: a json.Decoder
// token walk would triple the allocations of a read. On invalid JSON the
// result is unspecified but it never panics.
func DuplicateKey(data []byte) (offset int, key string, found bool) {
	var keys [][][]byte // keys seen, per open object or array (nil)
	var isObj []bool
	expectKey := false
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '{', '[':
			d := len(isObj)
			isObj = append(isObj, data[i] == '{')
			if d < len(keys) {
				keys[d] = keys[d][:0]
			} else {
				keys = append(keys, nil)
			}
			expectKey = data[i] == '{'
		case '}', ']':
			if len(isObj) > 0 {
				isObj = isObj[:len(isObj)-1]
			}
			expectKey = false
		case ',':
			expectKey = len(isObj) > 0 && isObj[len(isObj)-1]
		case '"':
			j, esc := i+1, false
			for ; j < len(data) && data[j] != '"'; j++ {
				if data[j] == '\\' {
					j++
					esc = true
				}
			}
			if expectKey && j < len(data) && len(isObj) > 0 {
				k := data[i+1 : j]
				if esc {
					var s string
					if json.Unmarshal(data[i:j+1], &s) == nil {
						k = []byte(s)
					}
				}
				d := len(isObj) - 1
				for _, seen := range keys[d] {
					if bytes.Equal(seen, k) {
						return i, string(k), true
					}
				}
				keys[d] = append(keys[d], k)
				expectKey = false
			}
			i = j
		}
	}
	return 0, "", false
}
