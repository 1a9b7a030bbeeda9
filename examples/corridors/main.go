package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/corridor-go/corridor/route"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // no route, a search that failed, an output that could not be written
	exitUsage = 2 // bad flags or arguments
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without the process: it parses args, plans every pair and
// writes the report to stdout and the files to -out. Problems go to stderr
// as one line each; the result is the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args, stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case err != nil:
		fmt.Fprintln(stderr, "corridors:", err)
		return exitUsage
	}
	req, err := opts.request()
	if err != nil {
		fmt.Fprintln(stderr, "corridors:", err)
		return exitUsage
	}
	fronts := req.plan(ctx)
	code := exitOK
	for _, f := range fronts {
		if f.Err != nil {
			fmt.Fprintf(stderr, "corridors: %s → %s: %v\n", f.Pair.From, f.Pair.To, f.Err)
			code = max(code, exitCode(f.Err))
		}
	}
	if err := req.write(stdout, fronts); err != nil {
		fmt.Fprintln(stderr, "corridors:", err)
		return exitFail
	}
	return code
}

// exitCode is the exit code for a pair's planning error: a query the
// planner calls malformed (origin and destination sharing a terminal) is a
// usage error, anything else — no route, a search cut short — a failure.
func exitCode(err error) int {
	if errors.Is(err, route.ErrQuery) || errors.Is(err, route.ErrUnknownPlace) {
		return exitUsage
	}
	return exitFail
}

// parseFlags reads the command line into options. Flag errors come back
// as one line; -h prints the usage to stderr and returns flag.ErrHelp.
func parseFlags(args []string, stderr io.Writer) (*options, error) {
	fs := flag.NewFlagSet("corridors", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o := &options{}
	fs.StringVar(&o.from, "from", "", "origin `place`: a terminal ID or alias, or a point lat,lon (latitude first) in decimal degrees such as 30.67,104.07 (with -to; default: the flagship pairs)")
	fs.StringVar(&o.to, "to", "", "destination `place`: a terminal ID or alias, or a point lat,lon (latitude first) such as 51.43,6.76 (with -from)")
	fs.Float64Var(&o.radius, "radius", route.DefaultRadiusKm, "for a point -from or -to: truck to or from the terminals within this many `km`")
	fs.StringVar(&o.ready, "ready", "", "cargo ready `time`: YYYY-MM-DD (09:00 at the origin) or RFC 3339 (default: next Monday 09:00 Asia/Shanghai)")
	fs.StringVar(&o.today, "today", "", "reference `date` YYYY-MM-DD for the default ready time (default: today)")
	fs.StringVar(&o.containers, "containers", "2x40HC", "containers, e.g. `2x40HC` or 1x20GP,1x40HC")
	fs.Float64Var(&o.tonnes, "tonnes", 20, "gross cargo mass in `tonnes`")
	fs.StringVar(&o.value, "value", "", "cargo value, e.g. `\"250000 USD\"`; adds the value of time at -capital-rate")
	fs.Float64Var(&o.capitalRate, "capital-rate", 10, "annual cost of capital in `percent` for the value of time (with -value)")
	fs.StringVar(&o.currency, "currency", "USD", "quote `currency` (ISO 4217)")
	fs.StringVar(&o.objectives, "objectives", "money,time,co2e", "2 to 4 `objectives` to trade off: money, time, co2e, distance, transfers")
	fs.StringVar(&o.avoid, "avoid", "", "`places` to avoid, comma-separated: a 2-letter upper-case code is a country (RU), else a terminal ID or alias")
	fs.StringVar(&o.modes, "modes", "", "allowed `modes`, comma-separated: rail, road, sea, inland_water, air (default: all)")
	fs.StringVar(&o.rates, "rates", "", "exchange-rate `file` in cost.ParseRates format (default: the embedded ECB table)")
	fs.StringVar(&o.out, "out", "", "write GeoJSON, SVG and PNG files per pair to `dir`")
	fs.StringVar(&o.format, "format", "table", "output `format`: table or json")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "give up planning a pair after this `duration`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stderr)
			fmt.Fprintln(stderr, "usage: corridors [flags]")
			fs.PrintDefaults()
		}
		return nil, err
	}
	fs.Visit(func(f *flag.Flag) { o.radiusSet = o.radiusSet || f.Name == "radius" })
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q (every input is a flag; see -h)", fs.Arg(0))
	}
	return o, nil
}
