package westchina

import (
	"bytes"
	_ "embed"
	"sync"

	"github.com/corridor-go/corridor/network"
)

// FileName is the name of the embedded data file, used in error messages.
const FileName = "westchina.json"

//go:embed westchina.json
var data []byte

// Load decodes and builds the embedded network. Each call returns a new
// *network.Network; use Default to share one.
func Load() (*network.Network, error) {
	return network.ReadJSON(bytes.NewReader(data), FileName)
}

// JSON returns a copy of the embedded file in the canonical JSON format,
// for callers who want to edit it or write it elsewhere.
func JSON() []byte { return bytes.Clone(data) }

var loadOnce = sync.OnceValues(Load)

// Default returns the embedded network, built on first use and shared
// afterwards; it is immutable and safe for concurrent use.
//
// Default panics if the embedded file does not build, which the package's
// tests rule out; call Load to get the error instead.
func Default() *network.Network {
	n, err := loadOnce()
	if err != nil {
		panic("westchina: embedded network does not build: " + err.Error())
	}
	return n
}
