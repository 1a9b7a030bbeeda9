package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// tableTime is how the table prints times: local to the place, with the
// zone's abbreviation.
const tableTime = "2006-01-02 15:04 MST"

// writeTable prints each pair's front as an aligned table, or the reason
// it has none.
func (r *request) writeTable(w io.Writer, fronts []front) error {
	objs := make([]string, len(r.query.Objectives))
	for i, o := range r.query.Objectives {
		objs[i] = o.String()
	}
	fmt.Fprintf(w, "Shipment %s, %g t; money in %s at the rates of %s; Pareto front over %s.\n",
		r.containersText(), r.query.Shipment.GrossTonnes, r.query.Currency,
		r.query.Rates.AsOf().Format(time.DateOnly), strings.Join(objs, " × "))
	for _, f := range fronts {
		fmt.Fprintf(w, "\n%s — ready %s", pairTitle(f.Pair), localTime(f.Ready))
		if f.Err != nil && len(f.Options) == 0 {
			fmt.Fprintf(w, "\n  no options: %v\n", f.Err)
			continue
		}
		fmt.Fprintf(w, " — %d option%s", len(f.Options), plural(len(f.Options)))
		if f.Err != nil {
			fmt.Fprintf(w, " (incomplete: %v)", f.Err)
		}
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "#\troute\tready\tdelivered\tdays\t%s\tCO2e t\ttransfers\n", r.query.Currency)
		for _, o := range f.Options {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", o.Number, o.Summary,
				localTime(o.Ready), localTime(o.Delivered),
				strconv.FormatFloat(o.Total.Transit.Hours()/24, 'f', 1, 64),
				formatMoney(o.Total.Money), tonnes(o.Total.CO2eGrams), o.Total.Transfers)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	return nil
}

// containersText writes the shipment's containers as the flag takes them.
func (r *request) containersText() string {
	var parts []string
	for _, c := range r.query.Shipment.Containers {
		parts = append(parts, fmt.Sprintf("%d×%s", c.Count, c.Type))
	}
	if len(parts) == 0 {
		return "loose cargo"
	}
	return strings.Join(parts, " + ")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// localTime formats t in its zone; a zone without an abbreviation (Go
// prints "+08" for Asia/Singapore) is written as an offset from UTC.
func localTime(t time.Time) string {
	s := t.Format(tableTime)
	if name, _ := t.Zone(); strings.HasPrefix(name, "+") || strings.HasPrefix(name, "-") {
		s = strings.TrimSuffix(s, name) + "UTC" + name
	}
	return s
}
