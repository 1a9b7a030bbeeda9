package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/corridor-go/corridor/cost"
)

// write prints the fronts in the chosen format and, with -out, writes each
// pair's files.
func (r *request) write(w io.Writer, fronts []front) error {
	var err error
	switch r.format {
	case "json":
		err = r.writeJSON(w, fronts)
	default:
		err = r.writeTable(w, fronts)
	}
	if err != nil {
		return err
	}
	if r.out != "" {
		return r.writeFiles(fronts)
	}
	return nil
}

// formatMoney writes an amount in major units with thousands separators
// and the currency's decimals: "12,920.00".
func formatMoney(m cost.Money) string {
	whole, frac, hasFrac := strings.Cut(m.Decimal(), ".")
	if hasFrac {
		return groupDigits(whole) + "." + frac
	}
	return groupDigits(whole)
}

// groupDigits puts a comma between each group of three digits of an
// integer: "-1234567" becomes "-1,234,567".
func groupDigits(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// tonnes formats grams as tonnes with two decimals.
func tonnes(g int64) string { return strconv.FormatFloat(float64(g)/1e6, 'f', 2, 64) }

// pairTitle names a pair for headings and file contents.
func pairTitle(p pair) string { return fmt.Sprintf("%s → %s", p.From, p.To) }
