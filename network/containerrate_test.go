package network

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestContainerRateScan checks that the scanning UnmarshalJSON reads and
// refuses exactly what the json.Decoder version does, with the same
// messages.
func TestContainerRateScan(t *testing.T) {
	for _, in := range []string{
		`{"40HC": 9000, "20": 5200.5}`, `{}`, `{ "40" : 1 , "20":2 }`, `{"4\u0030": 1}`,
		`{"40": "9000"}`, `{"40": "abc"}`, `{"40": 1, "40": 2}`, `{"40": 1.1234567}`, `{"40": -1}`, `{"40": 1e3}`,
		`{"40": true}`, `{"40": null}`, `{"40": {}}`, `{"40": [1]}`, `{"20": 1, "40": "x"}`, `{"20": "1", "20": 2}`,
		`null`, `[]`, `5`, `"x"`,
	} {
		var fast, slow jsonContainerRate
		ef, es := fast.UnmarshalJSON([]byte(in)), slow.decodeJSON([]byte(in))
		assert.Equal(t, fmt.Sprint(es), fmt.Sprint(ef), in)
		assert.Equal(t, slow, fast, in)
	}
}
