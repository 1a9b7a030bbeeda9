// Command dimacs runs the bi-objective (distance × travel time) benchmark of
// corridor's route/pareto engine on 9th DIMACS Challenge road graphs.
//
//	go run ./examples/dimacs -d USA-road-d.NY.gr.gz -t USA-road-t.NY.gr.gz -queries queries.txt
//
// It prints one tab-separated line per query,
//
//	start goal solutions search_seconds heuristic_seconds
//
// (1-based node ids, the number of Pareto-optimal distinct cost vectors, the
// search time without heuristics, and the time of the two backward
// Dijkstras), then a summary line with the totals and the peak resident
// memory. The queries file holds "start goal ..." lines (1-based ids; extra
// columns are ignored; blank lines and lines starting with # are skipped).
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/corridor-go/corridor/route/pareto"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if errors.Is(err, flag.ErrHelp) {
		return // usage already printed
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "dimacs:", err)
		os.Exit(1)
	}
}

// run is main without the process: it parses args, runs the queries and
// writes the report to out. Usage (for -h) goes to errOut; every error is
// returned as one line for main to print.
func run(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := flag.NewFlagSet("dimacs", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are returned, not printed with the usage
	dir := defaultDir()
	dist := fs.String("d", filepath.Join(dir, "USA-road-d.NY.gr.gz"), "DIMACS `file` of arc distances (.gr or .gr.gz)")
	tim := fs.String("t", filepath.Join(dir, "USA-road-t.NY.gr.gz"), "DIMACS `file` of arc travel times, same arcs in the same order")
	queries := fs.String("queries", filepath.Join(dir, "queries-NY-public.txt"), "`file` of \"start goal\" lines (1-based node ids)")
	maxLabels := fs.Int("max-labels", 0, "stop a query after this many labels (0: no limit)")
	eps := fs.Float64("eps", 0, "approximation factor epsilon (0: exact front)")
	verbose := fs.Bool("v", false, "append generated and expanded label counts to each query line")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(errOut)
			fmt.Fprintln(errOut, "usage: dimacs [-d dist.gr.gz] [-t time.gr.gz] [-queries queries.txt]")
			fs.PrintDefaults()
		}
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	qs, err := readQueries(*queries)
	if err != nil {
		return err
	}
	t0 := time.Now()
	g, err := pareto.LoadDIMACS(*dist, *tim)
	if err != nil {
		return err
	}
	load := time.Since(t0)
	for i, q := range qs {
		for _, v := range q {
			if v < 1 || v > g.NumNodes() {
				return fmt.Errorf("%s: query %d: node %d out of range [1,%d]", *queries, i+1, v, g.NumNodes())
			}
		}
	}

	w := bufio.NewWriter(out)
	defer w.Flush()
	fmt.Fprintln(w, "start\tgoal\tsolutions\tsearch_seconds\theuristic_seconds")
	var s pareto.Searcher
	var total pareto.Stats
	var sols int
	for _, q := range qs {
		res, err := s.Search(ctx, g, pareto.Query{
			Sources:   []pareto.Endpoint{{Node: int32(q[0] - 1)}},
			Targets:   []pareto.Endpoint{{Node: int32(q[1] - 1)}},
			MaxLabels: *maxLabels,
			Epsilon:   *eps,
		})
		if err != nil && !errors.Is(err, pareto.ErrLimit) {
			return err
		}
		mark := ""
		if *verbose {
			mark = fmt.Sprintf("\t%d\t%d", res.Stats.Generated, res.Stats.Expanded)
		}
		if !res.Complete {
			mark += "\tincomplete"
		}
		fmt.Fprintf(w, "%d\t%d\t%d\t%.6f\t%.6f%s\n", q[0], q[1], res.Len(),
			res.Stats.SearchTime.Seconds(), res.Stats.HeuristicTime.Seconds(), mark)
		total.SearchTime += res.Stats.SearchTime
		total.HeuristicTime += res.Stats.HeuristicTime
		sols += res.Len()
	}
	fmt.Fprintf(w, "# %d queries, %d solutions, search %.3f s, heuristics %.3f s, load %.3f s, peak memory %s\n",
		len(qs), sols, total.SearchTime.Seconds(), total.HeuristicTime.Seconds(), load.Seconds(), peakMemory())
	return w.Flush()
}

// defaultDir is the shared DIMACS directory next to the repository when the
// program runs from the repository root (../shared/dimacs), else ".".
func defaultDir() string {
	if d := os.Getenv("CORRIDOR_DIMACS_DIR"); d != "" {
		return d
	}
	d := filepath.Join("..", "shared", "dimacs")
	if _, err := os.Stat(d); err == nil {
		return d
	}
	return "."
}

// readQueries parses "start goal ..." lines.
func readQueries(path string) ([][2]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var qs [][2]int
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fs := strings.Fields(t)
		if len(fs) < 2 {
			return nil, fmt.Errorf("%s:%d: want \"start goal\", got %q", path, line, t)
		}
		var q [2]int
		for i := range q {
			v, err := strconv.Atoi(fs[i])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad node id %q", path, line, fs[i])
			}
			q[i] = v
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("%s: no queries", path)
	}
	return qs, nil
}

// peakMemory reports the peak resident set size (VmHWM) on Linux, else the
// Go runtime's total memory obtained from the OS.
func peakMemory() string {
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
				return "VmHWM " + strings.TrimSpace(v)
			}
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return fmt.Sprintf("Sys %d MB", ms.Sys>>20)
}
