package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadPairs are the corridors the load test asks for, in turn.
var loadPairs = [][2]string{
	{"Chongqing", "Duisburg"}, {"Chengdu", "Hamburg"}, {"Chongqing", "Singapore"},
	{"Chengdu", "Hanoi"}, {"Chongqing", "Vientiane"}, {"Chengdu", "Lodz"},
}

// TestLoad sends a fixed number of quotes from concurrent clients over
// loopback to one server (one shared planner) and reports the throughput
// and the 99th percentile latency. It asserts that every answer is a
// complete 200; the figures are logged, never asserted (timing is the
// machine's, not the code's). 8 clients × 50 requests; 4 × 10 under -short
// or the race detector, which slows the search some tenfold.
func TestLoad(t *testing.T) {
	clients, perClient := 8, 50
	if testing.Short() || raceEnabled {
		clients, perClient = 4, 10
	}
	srv := httptest.NewServer(newTestServer(t, func(c *Config) { c.Timeout = time.Minute }))
	defer srv.Close()
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: time.Minute}

	bodies := make([][]byte, len(loadPairs))
	for i, p := range loadPairs {
		bodies[i] = fmt.Appendf(nil, `{"origin": %q, "destination": %q, "ready": "2026-03-02T09:00:00+08:00",
			"containers": "2x40HC", "tonnes": 24, "currency": "CNY"}`, p[0], p[1])
	}

	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  []string
		wg        sync.WaitGroup
	)
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			mine := make([]time.Duration, 0, perClient)
			for i := range perClient {
				body := bodies[(c+i)%len(bodies)]
				t0 := time.Now()
				err := quoteOnce(client, srv.URL+"/v1/quotes", body)
				mine = append(mine, time.Since(t0))
				if err != nil {
					mu.Lock()
					failures = append(failures, err.Error())
					mu.Unlock()
				}
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	elapsed := time.Since(start)

	require.Empty(t, failures)
	require.Len(t, latencies, clients*perClient)
	slices.Sort(latencies)
	p := func(q float64) time.Duration { return latencies[int(q*float64(len(latencies)-1))] }
	t.Logf("%d clients × %d requests: %.0f req/s; latency p50 %v, p99 %v, max %v (race detector: %v)",
		clients, perClient, float64(len(latencies))/elapsed.Seconds(),
		p(0.50).Round(time.Microsecond), p(0.99).Round(time.Microsecond), latencies[len(latencies)-1].Round(time.Microsecond), raceEnabled)
	assert.Positive(t, p(0.99))
}

// quoteOnce posts one quote and checks it is a complete 200 with options.
func quoteOnce(client *http.Client, url string, body []byte) error {
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d: %s", resp.StatusCode, b)
	}
	var q QuoteResponse
	if err := json.Unmarshal(b, &q); err != nil {
		return err
	}
	if !q.Complete || len(q.Options) == 0 {
		return fmt.Errorf("%s → %s: complete %v, %d options", q.Origin, q.Destination, q.Complete, len(q.Options))
	}
	return nil
}

// BenchmarkQuote measures one quote through the handler, without the
// network: decoding, planning, building and encoding the answer.
func BenchmarkQuote(b *testing.B) {
	s := newTestServer(b)
	for b.Loop() {
		rec := postQuote(b, s, duisburg)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Body.String())
		}
	}
}
