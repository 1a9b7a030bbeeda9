// Package jsonscan holds the JSON checks that encoding/json does not make
// and that the network package's readers (canonical JSON, GeoJSON) share.
package jsonscan

import (
	"bytes"
	"encoding/json"
	"iter"
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

// Members iterates over the members of the JSON object obj, in order,
// yielding each key (unescaped) and the raw text of its value. obj must
// be valid JSON, as encoding/json hands it to an UnmarshalJSON method; if
// it is not an object, Members yields nothing. Unlike a json.Decoder it
// allocates only the keys.
func Members(obj []byte) iter.Seq2[string, []byte] {
	return func(yield func(string, []byte) bool) {
		i := skipSpace(obj, 0)
		if i >= len(obj) || obj[i] != '{' {
			return
		}
		for i++; ; i++ { // at '{' or ','
			i = skipSpace(obj, i)
			if i >= len(obj) || obj[i] != '"' {
				return // '}' (empty object) or invalid JSON
			}
			end := skipValue(obj, i)
			key := string(obj[i+1 : end-1])
			if bytes.IndexByte(obj[i:end], '\\') >= 0 {
				_ = json.Unmarshal(obj[i:end], &key)
			}
			i = skipSpace(obj, end)
			if i >= len(obj) || obj[i] != ':' {
				return
			}
			i = skipSpace(obj, i+1)
			if i >= len(obj) {
				return
			}
			end = skipValue(obj, i)
			if !yield(key, obj[i:end]) {
				return
			}
			i = skipSpace(obj, end)
			if i >= len(obj) || obj[i] != ',' {
				return // '}'
			}
		}
	}
}

// Elements iterates over the elements of the JSON array arr, in order,
// yielding the raw text of each. arr must be valid JSON; if it is not an
// array, Elements yields nothing. It allocates nothing.
func Elements(arr []byte) iter.Seq[[]byte] {
	return func(yield func([]byte) bool) {
		i := skipSpace(arr, 0)
		if i >= len(arr) || arr[i] != '[' {
			return
		}
		for i++; ; i++ { // at '[' or ','
			i = skipSpace(arr, i)
			if i >= len(arr) || arr[i] == ']' {
				return // empty array or invalid JSON
			}
			end := skipValue(arr, i)
			if !yield(arr[i:end]) {
				return
			}
			i = skipSpace(arr, end)
			if i >= len(arr) || arr[i] != ',' {
				return // ']'
			}
		}
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the offset just after the valid JSON value that starts
// at data[i].
func skipValue(data []byte, i int) int {
	switch data[i] {
	case '"':
		for j := i + 1; j < len(data); j++ {
			switch data[j] {
			case '\\':
				j++
			case '"':
				return j + 1
			}
		}
		return len(data)
	case '{', '[':
		depth := 0
		for j := i; j < len(data); j++ {
			switch data[j] {
			case '"':
				j = skipValue(data, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return len(data)
	}
	j := i // a number, true, false or null
	for j < len(data) && data[j] != ',' && data[j] != '}' && data[j] != ']' &&
		data[j] != ' ' && data[j] != '\t' && data[j] != '\n' && data[j] != '\r' {
		j++
	}
	return j
}
