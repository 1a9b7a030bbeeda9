package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// writeFiles writes, for every pair with a front, its GeoJSON, its map as
// SVG and PNG and its chart as PNG into the -out directory, creating it if
// need be. Pairs without options get no files.
func (r *request) writeFiles(fronts []front) error {
	if err := os.MkdirAll(r.out, 0o755); err != nil {
		return fmt.Errorf("-out: %w", err)
	}
	for i := range fronts {
		f := &fronts[i]
		if len(f.Options) == 0 {
			continue
		}
		base := filepath.Join(r.out, slug(f.Pair))
		if err := writeFile(base+".geojson", func(w io.Writer) error { return r.writeGeoJSON(w, f) }); err != nil {
			return err
		}
		m, err := r.routeMap(f)
		if err != nil {
			return fmt.Errorf("%s: map: %w", pairTitle(f.Pair), err)
		}
		for _, format := range []string{"svg", "png"} {
			if err := writeFile(base+"-map."+format, func(w io.Writer) error { return m.write(w, format) }); err != nil {
				return err
			}
		}
		c, err := r.frontChart(f)
		if err != nil {
			return fmt.Errorf("%s: chart: %w", pairTitle(f.Pair), err)
		}
		if err := writeFile(base+"-front.png", func(w io.Writer) error { return c.write(w, "png") }); err != nil {
			return err
		}
	}
	return nil
}

// writeFile creates path and writes it with write, reporting the first of
// the write's and the close's errors.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err // names the path
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// slug names a pair's files: lower-case ASCII letters and digits joined by
// hyphens, "chengdu-lodz" for Chengdu → Łódź.
func slug(p pair) string {
	var words []string
	for _, part := range []string{p.From, p.To} {
		var w strings.Builder
		for _, c := range norm.NFD.String(strings.ToLower(part)) {
			switch {
			case c == 'ł':
				c = 'l'
			case unicode.Is(unicode.Mn, c):
				continue // a combining accent
			}
			if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
				w.WriteRune(c)
				continue
			}
			if w.Len() > 0 {
				words = append(words, w.String())
				w.Reset()
			}
		}
		if w.Len() > 0 {
			words = append(words, w.String())
		}
	}
	return strings.Join(words, "-")
}
