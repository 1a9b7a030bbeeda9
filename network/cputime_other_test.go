//go:build !unix

package network

func cpuTime() int64 { return 0 }
