package main

import (
	"maps"
	"math"
	"slices"
	"sync"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geo"
)

// The network's sea legs run straight from port to port (or to the Suez
// and Cape waypoints), which on a map would cut across Asia and Arabia.
// The map draws them along a sketch of the main shipping lanes instead:
// a small graph of points at sea, through which a leg is drawn by the
// shortest way from the point nearest its origin to the point nearest its
// destination. The points are approximate positions read off a chart
// (straits, capes, the approaches to the ports of the network), good for
// a drawing at continental scale and for nothing else; the GeoJSON output
// keeps the straight legs.
var seaPoints = map[string]orb.Point{
	"east-china-sea":  {123.0, 30.0},
	"taiwan-strait":   {119.8, 24.0},
	"hong-kong":       {114.6, 21.6},
	"tonkin":          {107.9, 20.3},
	"hainan-west":     {108.2, 18.0},
	"hainan-south":    {110.0, 17.0},
	"vietnam-central": {110.6, 12.5},
	"mekong":          {107.2, 9.6},
	"gulf-thailand":   {101.5, 11.5},
	"gulf-siam-south": {103.3, 7.0},
	"singapore":       {104.2, 1.2},
	"java-sea":        {107.5, -5.0},
	"jakarta":         {106.9, -5.9},
	"sunda-strait":    {105.8, -6.2},
	"malacca-south":   {101.5, 2.5},
	"malacca-north":   {98.0, 5.5},
	"andaman":         {94.5, 6.0},
	"ceylon":          {80.5, 5.3},
	"arabian-sea":     {65.0, 10.0},
	"socotra":         {52.5, 12.6},
	"aden":            {46.0, 12.3},
	"bab-el-mandeb":   {43.3, 12.7},
	"red-sea-south":   {40.2, 17.5},
	"red-sea-north":   {35.0, 26.5},
	"suez":            {32.6, 29.8},
	"port-said":       {32.3, 31.5},
	"levant":          {29.0, 33.5},
	"kasos":           {26.6, 35.3},
	"aegean":          {24.6, 37.0},
	"crete-south":     {24.5, 34.2},
	"ionian":          {19.0, 36.5},
	"sicily-channel":  {12.0, 37.1},
	"algeria":         {5.0, 37.6},
	"alboran":         {-2.5, 36.0},
	"gibraltar":       {-5.8, 35.9},
	"st-vincent":      {-9.6, 36.8},
	"finisterre":      {-10.2, 43.3},
	"biscay":          {-7.0, 46.5},
	"ushant":          {-5.8, 48.7},
	"channel":         {-1.0, 50.1},
	"dover":           {1.6, 51.0},
	"north-sea-south": {3.5, 52.0},
	"north-sea-east":  {7.0, 54.0},
	"elbe":            {8.5, 54.0},
	"indian-ocean":    {75.0, -15.0},
	"madagascar-s":    {45.0, -30.0},
	"agulhas":         {20.0, -36.0},
	"cape":            {18.3, -34.6},
	"namibia":         {11.0, -22.0},
	"gulf-guinea":     {2.0, -3.0},
	"cape-verde":      {-20.0, 12.0},
	"canaries":        {-15.5, 28.5},
}

// seaLanes join the points; a lane is usable both ways.
var seaLanes = [][2]string{
	{"east-china-sea", "taiwan-strait"}, {"taiwan-strait", "hong-kong"}, {"hong-kong", "hainan-south"},
	{"tonkin", "hainan-west"}, {"hainan-west", "hainan-south"}, {"hainan-west", "vietnam-central"},
	{"hainan-south", "vietnam-central"}, {"vietnam-central", "mekong"}, {"mekong", "singapore"},
	{"mekong", "gulf-siam-south"}, {"gulf-thailand", "gulf-siam-south"}, {"gulf-siam-south", "singapore"},
	{"singapore", "java-sea"}, {"java-sea", "jakarta"}, {"java-sea", "sunda-strait"},
	{"singapore", "malacca-south"}, {"malacca-south", "malacca-north"}, {"malacca-north", "andaman"},
	{"andaman", "ceylon"}, {"ceylon", "arabian-sea"}, {"arabian-sea", "socotra"}, {"socotra", "aden"},
	{"aden", "bab-el-mandeb"}, {"bab-el-mandeb", "red-sea-south"}, {"red-sea-south", "red-sea-north"},
	{"red-sea-north", "suez"}, {"suez", "port-said"}, {"port-said", "levant"}, {"levant", "kasos"},
	{"kasos", "aegean"}, {"levant", "crete-south"}, {"crete-south", "ionian"}, {"ionian", "sicily-channel"},
	{"sicily-channel", "algeria"}, {"algeria", "alboran"}, {"alboran", "gibraltar"}, {"gibraltar", "st-vincent"},
	{"st-vincent", "finisterre"}, {"finisterre", "biscay"}, {"biscay", "ushant"}, {"ushant", "channel"},
	{"channel", "dover"}, {"dover", "north-sea-south"}, {"north-sea-south", "north-sea-east"},
	{"north-sea-east", "elbe"},
	{"sunda-strait", "indian-ocean"}, {"ceylon", "indian-ocean"}, {"indian-ocean", "madagascar-s"},
	{"madagascar-s", "agulhas"}, {"agulhas", "cape"}, {"cape", "namibia"}, {"namibia", "gulf-guinea"},
	{"gulf-guinea", "cape-verde"}, {"cape-verde", "canaries"}, {"canaries", "st-vincent"},
}

// shortHop is the length below which a sea leg is drawn straight: hops
// along a coast or through a canal.
const shortHop = 600e3 // metres

// laneGraph is the sea lanes as a graph: the points' names in sorted order
// (so that ties break the same way every run), their positions and each
// one's neighbours by index.
type laneGraph struct {
	names []string
	at    []orb.Point
	adj   [][]int
}

// lanes builds the lane graph once.
var lanes = sync.OnceValue(func() *laneGraph {
	g := &laneGraph{names: slices.Sorted(maps.Keys(seaPoints))}
	idx := make(map[string]int, len(g.names))
	for i, n := range g.names {
		idx[n] = i
		g.at = append(g.at, seaPoints[n])
	}
	g.adj = make([][]int, len(g.names))
	for _, l := range seaLanes {
		i, j := idx[l[0]], idx[l[1]]
		g.adj[i] = append(g.adj[i], j)
		g.adj[j] = append(g.adj[j], i)
	}
	return g
})

// nearest returns the point nearest p, the first in name order on a tie,
// and its distance.
func (g *laneGraph) nearest(p orb.Point) (int, float64) {
	best, bd := -1, math.Inf(1)
	for i, q := range g.at {
		if d := geo.Distance(p, q); d < bd {
			best, bd = i, d
		}
	}
	return best, bd
}

// seaPath returns the points to draw a sea leg through, from a to b: the
// leg's ends joined through the lanes when that is at most twice as long
// as the straight line, the straight line otherwise (a short hop, or ports
// far from any lane).
func seaPath(a, b orb.Point) []orb.Point {
	straight := []orb.Point{a, b}
	if geo.Distance(a, b) < shortHop {
		return straight
	}
	g := lanes()
	s, ds := g.nearest(a)
	t, dt := g.nearest(b)
	if s == t {
		return straight
	}
	// Dijkstra on a graph of fifty points: O(n²) is plenty. Of equally
	// near points the first in name order is settled first.
	n := len(g.names)
	dist := make([]float64, n)
	prev := make([]int, n)
	done := make([]bool, n)
	for i := range dist {
		dist[i], prev[i] = math.Inf(1), -1
	}
	dist[s] = 0
	for {
		u := -1
		for i := range dist {
			if !done[i] && !math.IsInf(dist[i], 1) && (u < 0 || dist[i] < dist[u]) {
				u = i
			}
		}
		if u < 0 || u == t {
			break
		}
		done[u] = true
		for _, v := range g.adj[u] {
			if d := dist[u] + geo.Distance(g.at[u], g.at[v]); d < dist[v] {
				dist[v], prev[v] = d, u
			}
		}
	}
	if math.IsInf(dist[t], 1) || ds+dist[t]+dt > 2*geo.Distance(a, b) {
		return straight
	}
	path := []orb.Point{b}
	for v := t; v >= 0; v = prev[v] {
		path = append(path, g.at[v])
	}
	path = append(path, a)
	slices.Reverse(path)
	return path
}
