package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/corridor-go/corridor/network/westchina"
)

// startRun runs the program with args on a free port and returns its base
// URL, a func that stops it (as SIGINT would) and the channel of run's
// result.
func startRun(t *testing.T, args ...string) (string, context.CancelFunc, <-chan error) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	t.Cleanup(cancel)
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), pw, io.Discard)
		pw.Close()
		done <- err
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	require.NoError(t, err, "run wrote no address")
	go func() { _, _ = io.Copy(io.Discard, pr) }()
	_, url, ok := strings.Cut(strings.TrimSpace(line), " on ")
	require.True(t, ok, "line %q", line)
	return strings.TrimSuffix(url, "/"), cancel, done
}

func TestRunServesAndShutsDown(t *testing.T) {
	url, stop, done := startRun(t, "-timeout", "2s")
	resp, err := http.Get(url + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	// A request in flight when the signal comes still gets its answer.
	got := make(chan int, 1)
	go func() {
		resp, err := http.Post(url+"/v1/quotes", "application/json", strings.NewReader(duisburg))
		if err != nil {
			got <- 0
			return
		}
		resp.Body.Close()
		got <- resp.StatusCode
	}()
	time.Sleep(time.Millisecond)
	stop()
	select {
	case err := <-done:
		require.NoError(t, err, "graceful shutdown")
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return after the context was cancelled")
	}
	assert.Contains(t, []int{http.StatusOK, 0}, <-got, "either answered before the shutdown or refused after it")
	_, err = http.Get(url + "/healthz")
	assert.Error(t, err, "the listener is closed")
}

func TestLogRequests(t *testing.T) {
	var buf strings.Builder
	log := slog.New(slog.NewTextHandler(&buf, nil))
	h := logRequests(log, newTestServer(t))
	rec := do(t, h, "POST", "/v1/quotes", "application/json", `{"origin": "Atlantis"}`)
	assert.Equal(t, http.StatusBadRequest, rec.Code)
	assert.Contains(t, buf.String(), "method=POST path=/v1/quotes status=400")
}

func TestRunFiles(t *testing.T) {
	dir := t.TempDir()
	netFile := filepath.Join(dir, "net.json")
	require.NoError(t, os.WriteFile(netFile, westchina.JSON(), 0o644))
	ratesFile := filepath.Join(dir, "rates.txt")
	require.NoError(t, os.WriteFile(ratesFile, []byte("as_of 2026-01-15\nbase USD\nEUR 1.08\nCNY 0.138\n"), 0o644))

	url, stop, done := startRun(t, "-network", netFile, "-rates", ratesFile)
	resp, err := http.Post(url+"/v1/quotes", "application/json", strings.NewReader(duisburg))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var q QuoteResponse
	require.NoError(t, decodeJSON(resp.Body, &q))
	assert.Equal(t, RatesInfo{Base: "USD", AsOf: "2026-01-15", Source: ratesFile}, q.Rates)
	stop()
	require.NoError(t, <-done)
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	require.NoError(t, os.WriteFile(bad, []byte("base EUR\n"), 0o644))
	for _, tc := range []struct {
		name string
		args []string
		msg  string
	}{
		{"unknown flag", []string{"-port", "1"}, "flag provided but not defined"},
		{"argument", []string{"extra"}, `unexpected argument "extra"`},
		{"bad timeout", []string{"-timeout", "0s"}, "-timeout must be positive"},
		{"missing network", []string{"-network", filepath.Join(dir, "none.json")}, "no such file"},
		{"bad network", []string{"-network", bad}, "bad.txt"},
		{"missing rates", []string{"-rates", filepath.Join(dir, "none.txt")}, "no such file"},
		{"bad rates", []string{"-rates", bad}, "as_of must come before base"},
		{"bad address", []string{"-addr", "256.0.0.1:99999"}, "listen"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := run(t.Context(), tc.args, io.Discard, io.Discard)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
}

func decodeJSON(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}
