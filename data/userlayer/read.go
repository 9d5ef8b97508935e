package userlayer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/perutraffickingatlas/atlas/internal/jsondoc"
)

// Options tune an import; the zero value is the default.
type Options struct {
	Limits Limits // zero fields: DefaultLimits
	// DateOrder reads dates such as 03/04/2015 that the file's other
	// dates do not settle; DateOrderUnknown makes them errors.
	DateOrder DateOrder
}

// ReadFile reads the user layer in the file at path, its format from the
// extension (FormatOf). Only a regular file is opened: a directory, FIFO,
// socket or device is refused before anything is read, as is a file
// larger than Limits.Bytes.
func ReadFile(ctx context.Context, path string, opt Options) (*Layer, error) {
	format, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	opt.Limits = opt.Limits.orDefault()
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("user layer: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s is a %s; choose a %s file", ErrNotRegular, path, kindOf(fi.Mode()), strings.Join(Extensions(), ", "))
	}
	if fi.Size() > opt.Limits.Bytes {
		return nil, fmt.Errorf("%w: %s has %d bytes, the limit is %d: split it or simplify its shapes", ErrTooLarge, path, fi.Size(), opt.Limits.Bytes)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("user layer: %w", err)
	}
	defer f.Close()
	return Read(ctx, f, filepath.Base(path), format, opt)
}

// kindOf names a file mode that is not a regular file.
func kindOf(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "directory"
	case m&os.ModeNamedPipe != 0:
		return "named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "socket"
	case m&os.ModeDevice != 0:
		return "device"
	}
	return "special file"
}

// Read reads a user layer of the given format from r; name is the file's
// name for messages and the layer's default title. At most Limits.Bytes
// are read. A file with errors gives an *ImportError (wrapping ErrInvalid)
// listing them all, up to Limits.Problems; warnings of a file that loads
// are in Layer.Warnings.
func Read(ctx context.Context, r io.Reader, name string, format Format, opt Options) (*Layer, error) {
	opt.Limits = opt.Limits.orDefault()
	raw, err := io.ReadAll(io.LimitReader(r, opt.Limits.Bytes+1))
	if err != nil {
		return nil, fmt.Errorf("user layer %s: %w", name, err)
	}
	if int64(len(raw)) > opt.Limits.Bytes {
		return nil, fmt.Errorf("%w: %s is larger than %d bytes: split it or simplify its shapes", ErrTooLarge, name, opt.Limits.Bytes)
	}
	c := &collector{file: name, max: opt.Limits.Problems}
	l := &Layer{File: name, Format: format, Raw: raw, DateOrder: opt.DateOrder, Name: strings.TrimSuffix(name, filepath.Ext(name))}
	var recs []record
	switch format {
	case FormatKMZ:
		doc, inner, err := unzipKML(raw, opt.Limits)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		c.file = name + " (" + inner + ")"
		recs = readText(ctx, doc, c, l, opt, readKML)
	case FormatKML:
		recs = readText(ctx, raw, c, l, opt, readKML)
	case FormatGeoJSON:
		recs = readText(ctx, raw, c, l, opt, readGeoJSON)
	case FormatCSV:
		recs = readText(ctx, raw, c, l, opt, readCSV)
	default:
		return nil, fmt.Errorf("%w: %q", ErrFormat, format)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("user layer %s: %w", name, err)
	}
	l.Features = build(recs, c, opt)
	if len(l.Features) == 0 && !c.failed() {
		c.errorf(0, "", "", "no features: the file has no %s", what(format))
	}
	if err := c.err(); err != nil {
		return nil, err
	}
	if format == FormatCSV {
		l.Sources = citedSources(l.Features)
	}
	l.Warnings = c.warnings()
	return l, nil
}

// what names a format's features for a message.
func what(f Format) string {
	switch f {
	case FormatCSV:
		return "rows under its header"
	case FormatKML, FormatKMZ:
		return "Placemarks with a Point, LineString or Polygon"
	}
	return "features with a geometry"
}

// reader is a format's importer: it reads the text b into records,
// setting the layer's name and sources when the file has them.
type reader func(ctx context.Context, b []byte, c *collector, l *Layer, opt Options) []record

// readText checks that b is UTF-8 text (a byte order mark dropped) and
// hands it to read.
func readText(ctx context.Context, b []byte, c *collector, l *Layer, opt Options, read reader) []record {
	text, err := jsondoc.Read(bytes.NewReader(b), opt.Limits.Bytes)
	if err != nil {
		var je *jsondoc.Error
		if errors.As(err, &je) {
			c.errorf(je.Line, "", "", "%s", je.Msg)
		} else {
			c.errorf(0, "", "", "%v", err)
		}
		return nil
	}
	return read(ctx, text, c, l, opt)
}
