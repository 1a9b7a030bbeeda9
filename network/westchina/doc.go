// Package westchina embeds the default network of the corridor library: the
// freight corridors out of Chengdu and Chongqing (China Railway Express, the
// New International Land-Sea Trade Corridor, the China–Laos railway, the
// Yangtze, air) with every figure sourced or labelled as an estimate.
//
//go:generate go run ./internal/gen -o westchina.json
package westchina
