package main

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"maps"
	"net/http/httptest"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// findBrowser returns the path of a Chromium to drive, or "" when none is
// installed. CHROMIUM names one explicitly.
func findBrowser() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and the flags
// that keep it off the network (this machine's network is closed: without
// them Chromium retries Google's hosts at every start).
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := findBrowser()
	if path == "" {
		t.Skip("e2e: no Chromium installed (apt-get install -y chromium, or set CHROMIUM); skipping the browser test")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.WindowSize(1200, 900),
	}
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("e2e: starting %s: %v", path, err)
	}
	return bctx
}

// TestBrowser drives the page in headless Chromium: it fills the form,
// submits it, and checks the options table, the map and the front; then it
// selects another option and submits a bad place. With QUOTE_SCREENSHOT=FILE
// it saves a PNG of the page with results (the README's screenshot.png).
func TestBrowser(t *testing.T) {
	ctx := newBrowser(t)
	srv := httptest.NewServer(newTestServer(t))
	defer srv.Close()

	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("quote-form")),
		// The suggestions come from GET /v1/places.
		chromedp.Poll[chromedp.Void](`document.querySelectorAll("#places option").length > 0`, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.SetValue(chromedp.ID("origin"), "Chongqing"),
		chromedp.SetValue(chromedp.ID("destination"), "Duisburg"),
		chromedp.SetValue(chromedp.ID("ready"), "2026-03-02T09:00:00+08:00"),
		chromedp.SetValue(chromedp.ID("containers"), "2x40HC"),
		chromedp.SetValue(chromedp.ID("tonnes"), "30"),
		chromedp.SetValue(chromedp.ID("currency"), "EUR"),
		chromedp.Click(chromedp.ID("submit")),
		chromedp.WaitVisible(chromedp.CSS("#options tbody tr.option")),
	))
	count := func(css string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+strconv.Quote(css)+`).length`))
		require.NoError(t, err)
		return n
	}
	text := func(css string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
		require.NoError(t, err)
		return s
	}

	// The page shows what the API answers for the same request.
	api := decode[QuoteResponse](t, postQuote(t, newTestServer(t), duisburg))
	legs := count("#map line.leg")
	assert.Positive(t, count("#places option"))
	assert.Equal(t, len(api.Options), count("#options tbody tr.option"), "a table row per option")
	assert.Equal(t, len(api.Options), count("#front circle.point"), "a point per option on the front")
	assert.Positive(t, legs, "the map draws the legs of the selected option")
	require.NoError(t, chromedp.Do(ctx, chromedp.Poll[chromedp.Void](`document.querySelector("#map path.land") !== null`,
		chromedp.WithPollingTimeout(10*time.Second))), "the map is drawn on the embedded land outline")
	assert.Greater(t, count("#steps tbody tr"), legs, "the breakdown lists the steps and a total")
	assert.Contains(t, text("#status"), "options in")
	assert.Contains(t, text("#caption"), "money in EUR")
	assert.True(t, strings.HasPrefix(text("#options tbody tr.option:first-child td:nth-child(4)"), "CNCQI"))

	if file := os.Getenv("QUOTE_SCREENSHOT"); file != "" {
		require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#options tbody tr.option:nth-child(3)"))))
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(file, recompress(t, png), 0o644))
		t.Logf("wrote %s", file)
	}

	// Selecting another option redraws the map and marks the row.
	mapBefore, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.ID("map")))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#options tbody tr.option:last-child")),
		chromedp.WaitVisible(chromedp.CSS("#options tbody tr.option.selected:last-child")),
	))
	mapAfter, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.ID("map")))
	require.NoError(t, err)
	assert.Equal(t, strconv.Itoa(api.Options[len(api.Options)-1].Index), text("#options tbody tr.selected td:first-child"))
	assert.NotEqual(t, mapBefore, mapAfter)

	// A bad place shows the API's error, naming the field.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("origin"), "Atlantis"),
		chromedp.Click(chromedp.ID("submit")),
		chromedp.WaitVisible(chromedp.CSS("#status.bad")),
	))
	assert.Contains(t, text("#status"), "400: origin: unknown place")

	// A point typed as "lat, lon, radius" is sent as origin_point: the map
	// marks it and draws the first mile dashed, the breakdown lists it.
	require.NoError(t, chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("origin"), "30.67, 104.07, 60"),
		chromedp.Click(chromedp.ID("submit")),
		chromedp.WaitVisible(chromedp.CSS("#options tbody tr.option")),
	))
	api = decode[QuoteResponse](t, postQuote(t, newTestServer(t), `{"origin_point": {"lon": 104.07, "lat": 30.67, "radius_km": 60},
		"destination": "Duisburg", "ready": "2026-03-02T09:00:00+08:00", "containers": "2x40HC", "tonnes": 30, "currency": "EUR"}`))
	assert.Equal(t, len(api.Options), count("#options tbody tr.option"), "a table row per option")
	assert.Contains(t, text("#caption"), "30.67° N, 104.07° E (±60 km) → Duisburg")
	assert.True(t, strings.HasPrefix(text("#options tbody tr.option:first-child td:nth-child(4)"), "point → CNC"))
	assert.Equal(t, 1, count("#map path.point-marker"), "the point is a marker")
	assert.Equal(t, 1, count("#map line.leg.mile.mode-road"), "the first mile is a dashed road line")
	assert.Equal(t, 1, count("#steps tbody tr.step-first-mile"))
	assert.Contains(t, text("#steps tbody tr.step-first-mile td:nth-child(2)"), "30.67° N, 104.07° E → CNC")
	assert.Contains(t, text("#steps tbody tr.step-first-mile td:nth-child(3)"), "road: first mile trucking")
}

// recompress re-encodes a PNG with a palette of its 256 most frequent
// colours (a page is mostly flat colour; anti-aliased edges take the
// nearest), at the best compression, to keep the README's picture small.
func recompress(t *testing.T, b []byte) []byte {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	require.NoError(t, err)
	counts := map[color.RGBA]int{}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			counts[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	colours := slices.SortedFunc(maps.Keys(counts), func(a, b color.RGBA) int { return counts[b] - counts[a] })
	pal := make(color.Palette, 0, 256)
	for _, c := range colours[:min(256, len(colours))] {
		pal = append(pal, c)
	}
	pimg := image.NewPaletted(bounds, pal)
	draw.Draw(pimg, bounds, img, bounds.Min, draw.Src)
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	require.NoError(t, enc.Encode(&buf, pimg))
	t.Logf("screenshot: %d bytes from Chromium, %d with %d colours", len(b), buf.Len(), len(pal))
	return buf.Bytes()
}
