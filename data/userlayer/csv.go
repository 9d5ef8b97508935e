package userlayer

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
)

// sniffComma picks a CSV file's separator from its header line: the one
// of ';', ',' and tab that occurs most often outside quotes. A
// spreadsheet in a Spanish locale writes ';' (its decimals have commas).
func sniffComma(b []byte) rune {
	line := b
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		line = b[:i]
	}
	counts := map[rune]int{}
	quoted := false
	for _, r := range string(line) {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted && (r == ';' || r == ',' || r == '\t'):
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

// readCSV reads a CSV file with a header row: one point feature a row,
// at its latitude and longitude columns.
func readCSV(ctx context.Context, b []byte, c *collector, l *Layer, opt Options) []record {
	comma := sniffComma(b)
	cr := csv.NewReader(bytes.NewReader(b))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		c.errorf(1, "", "", "the header row does not read: %s", csvMessage(err))
		return nil
	}
	cols := make([]field, len(header))
	seen := map[field]string{}
	for i, h := range header {
		h = strings.TrimSpace(h)
		header[i] = h
		f := fieldOf(h)
		if first, dup := seen[f]; dup && f != fieldNone {
			c.errorf(1, "", h, "means the same as column %s: keep one of them", first)
			continue
		}
		seen[f] = h
		cols[i] = f
	}
	for _, f := range []field{fieldLat, fieldLon} {
		if _, ok := seen[f]; !ok {
			what := map[field]string{fieldLat: "latitude", fieldLon: "longitude"}[f]
			c.errorf(1, "", "", "no %s column: name one %s (the header has %s)", what, acceptedNames(f), strings.Join(header, string(comma)))
		}
	}
	if c.failed() {
		return nil
	}
	recs := make([]record, 0, min(bytes.Count(b, []byte{'\n'}), opt.Limits.Features))
	rows := 0 // rows read, blank ones aside: a row's number in messages
	for row := 1; ; row++ {
		if row%512 == 0 && ctx.Err() != nil {
			return nil
		}
		cells, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			c.errorf(line, "", "", "%s", csvMessage(err))
			return recs
		}
		line, _ := cr.FieldPos(0)
		if blank(cells) {
			continue
		}
		if len(recs) >= opt.Limits.Features {
			c.errorf(line, "", "", "more than %d rows: split the file", opt.Limits.Features)
			return recs
		}
		rows++
		r := record{line: line, index: rows}
		r.label = fmt.Sprintf("row %d", r.index)
		if len(cells) != len(header) {
			msg := fmt.Sprintf("has %d fields, the header has %d", len(cells), len(header))
			if comma == ',' && len(cells) > len(header) {
				msg += ": a number with a decimal comma needs quotes in a comma-separated file (\"-12,05\"), or save the file with ; as the separator"
			}
			c.errorf(line, r.label, "", "%s", msg)
			c.skip()
			continue
		}
		for i, cell := range cells {
			cell = strings.TrimSpace(cell)
			if !r.set(cols[i], header[i], cell) && cell != "" {
				r.props = append(r.props, Property{Key: header[i], Value: cell})
			}
		}
		if name := r.text(fieldName); name != "" {
			r.label += " (" + name + ")"
		}
		lat, err1 := parseNumber(r.text(fieldLat))
		lon, err2 := parseNumber(r.text(fieldLon))
		if err1 != nil {
			c.errorf(line, r.label, r.fields[fieldLat].name, "%v", err1)
		}
		if err2 != nil {
			c.errorf(line, r.label, r.fields[fieldLon].name, "%v", err2)
		}
		if err1 != nil || err2 != nil {
			c.skip()
			continue
		}
		r.geom = orb.Point{lon, lat}
		recs = append(recs, r)
	}
	return recs
}

// blank reports whether every cell is empty, as in the trailing rows
// spreadsheets write.
func blank(cells []string) bool {
	for _, s := range cells {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// csvMessage words a CSV parse error without its line prefix, which the
// problem carries.
func csvMessage(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		msg := pe.Err.Error()
		if errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote) {
			msg += " (a field with a quote must be quoted whole, and its quotes doubled: \"say \"\"hi\"\"\")"
		}
		return fmt.Sprintf("column %d: %s", pe.Column, msg)
	}
	return err.Error()
}

// parseNumber reads a decimal number with a point or a comma as the
// decimal mark ("-12.05", "-12,05"). Thousands separators and degrees,
// minutes and seconds are refused with a hint.
func parseNumber(s string) (float64, error) {
	if s == "" {
		return 0, fmt.Errorf("empty: every row needs a latitude and a longitude")
	}
	t := s
	switch {
	case strings.ContainsAny(t, "°'\"NSEWO"):
		return 0, fmt.Errorf("%q is not in decimal degrees: write it as a signed decimal number (-12.05; south and west are negative)", s)
	case strings.Contains(t, ",") && strings.Contains(t, "."), strings.Count(t, ",") > 1:
		return 0, fmt.Errorf("%q has thousands separators or two decimal marks: write it as -12.05 or -12,05", s)
	}
	t = strings.Replace(t, ",", ".", 1)
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a decimal number", s)
	}
	return v, nil
}

// citedSources lists, for a CSV, one source record per distinct text of
// its source column, in the order they first appear.
func citedSources(fs []Feature) []data.Source {
	seen := map[string]bool{}
	var out []data.Source
	for _, f := range fs {
		for _, c := range f.Citations {
			if !seen[c.Source] {
				seen[c.Source] = true
				out = append(out, data.Source{ID: c.Source, Title: c.Source})
			}
		}
	}
	return out
}
