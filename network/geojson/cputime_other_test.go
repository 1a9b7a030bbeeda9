//go:build !unix

package geojson

func cpuTime() int64 { return 0 }
