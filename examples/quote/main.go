package main

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/corridor-go/corridor/cost"
	"github.com/corridor-go/corridor/examples/internal/assets"
	"github.com/corridor-go/corridor/network"
	"github.com/corridor-go/corridor/network/westchina"
)

//go:embed rates-ecb-2024-06-28.txt
var defaultRates string

// defaultRatesSource describes the embedded rate table in responses.
const defaultRatesSource = "ECB euro foreign exchange reference rates, 2024-06-28 (embedded)"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "quote:", err)
		}
		os.Exit(2)
	}
}

// run is main without the process: it parses args, serves until ctx is
// done, then shuts down gracefully. It writes the address it listens on to
// stdout and the log to stderr.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("quote", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "`host:port` to listen on")
	netFile := fs.String("network", "", "canonical JSON network `file` (default: the embedded Western China network)")
	ratesFile := fs.String("rates", "", "exchange-rate `file` in cost.ParseRates format (default: embedded ECB rates of 2024-06-28)")
	timeout := fs.Duration("timeout", DefaultTimeout, "search `time` limit per request")
	maxLabels := fs.Int("max-labels", 0, "label limit per search, to bound memory (0: none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *timeout <= 0 || *maxLabels < 0 {
		return errors.New("-timeout must be positive and -max-labels not negative")
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))

	n, err := loadNetwork(*netFile)
	if err != nil {
		return err
	}
	rates, source, err := loadRates(*ratesFile)
	if err != nil {
		return err
	}
	srv, err := NewServer(Config{Network: n, Rates: rates, RatesSource: source, Timeout: *timeout, MaxLabels: *maxLabels, Log: log})
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:           logRequests(log, srv),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      *timeout + 15*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(stdout, "quote: serving %s (%d terminals, %d legs; rates %s) on http://%s/\n",
		n.Name(), n.NumTerminals(), n.NumLegs(), rates.AsOf().Format(time.DateOnly), ln.Addr())

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	// Finish the requests in flight, for at most a search timeout more.
	sctx, cancel := context.WithTimeout(context.Background(), *timeout+time.Second)
	defer cancel()
	log.Info("shutting down")
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// loadNetwork reads a canonical JSON network, or returns the embedded one.
func loadNetwork(file string) (*network.Network, error) {
	if file == "" {
		return westchina.Default(), nil
	}
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return network.ReadJSON(f, file)
}

// loadRates reads a rate table, or returns the embedded one.
func loadRates(file string) (*cost.Rates, string, error) {
	return assets.LoadRates(file, defaultRates, defaultRatesSource)
}

// logRequests writes one log line per request: method, path, status and
// duration.
func logRequests(log *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t0 := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"ms", float64(time.Since(t0).Microseconds())/1000, "remote", r.RemoteAddr)
	})
}

// statusWriter records the status code a handler writes.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
