package render

import (
	"context"
	"errors"
	"fmt"
	"image"
	"path/filepath"
	"strings"

	"github.com/perutraffickingatlas/atlas/geo"
)

// ErrFormat is wrapped when an output file's extension names no format
// the exporter writes.
var ErrFormat = errors.New("render: unsupported output format")

// Format is an output file format.
type Format string

// Output formats.
const (
	FormatPNG Format = "png" // the composed image
	FormatPDF Format = "pdf" // the composed image on a page, with its text selectable
)

// FormatOf picks the format from a file name's extension (.png or .pdf,
// any case).
func FormatOf(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".png":
		return FormatPNG, nil
	case ".pdf":
		return FormatPDF, nil
	}
	return "", fmt.Errorf("%w: %s (want .png or .pdf)", ErrFormat, path)
}

// WriteScene renders s and writes it to path, in the format its extension
// names, atomically (see WriteFile): a failed or cancelled render, a full
// disk or an impossible path leaves nothing at path, and an existing file
// is only replaced when overwrite is true (else the error wraps
// ErrExists). The target is checked before any rendering (CheckTarget)
// and again as the file is moved into place.
func WriteScene(ctx context.Context, s Scene, path string, overwrite bool) (Result, error) {
	return writeDrawn(ctx, s, s.render, path, overwrite, nil)
}

// Result tells what WriteScene drew.
type Result struct {
	View    geo.View      // the map area's view, in output pixels
	Zoom    float64       // the map's zoom in the window's units (Scene.Zoom's)
	Missing []MissingTile // basemap tiles left out (AllowGaps only)
	// Texts are the furniture's words as drawn, in order (title,
	// legend, footer...): what a PDF's text layer holds, for an image's
	// alternative text or a check of what an export says.
	Texts []string
}

// drawnTexts are the words a layout drew.
func (l *layout) drawnTexts() []string {
	out := make([]string, len(l.texts))
	for i, t := range l.texts {
		out[i] = t.s
	}
	return out
}

// drawFunc draws an export: the image, its layout and the basemap tiles
// left out.
type drawFunc func(ctx context.Context, fonts *Fonts) (*image.RGBA, *layout, []MissingTile, error)

// writeDrawn checks path, has draw draw the export of s and writes it in
// the format path names (see WriteScene), its encoder wrapped by wrap
// when not nil.
func writeDrawn(ctx context.Context, s Scene, draw drawFunc, path string, overwrite bool, wrap func(Encoder) Encoder) (Result, error) {
	var res Result
	format, err := FormatOf(path)
	if err != nil {
		return res, err
	}
	if err := CheckTarget(path, overwrite); err != nil {
		return res, err
	}
	fonts, err := NewFonts()
	if err != nil {
		return res, err
	}
	img, lay, missing, err := draw(ctx, fonts)
	res.Missing = missing
	if err != nil {
		return res, err
	}
	res.View, res.Zoom, res.Texts = lay.view, lay.zoom, lay.drawnTexts()
	enc := EncodePNG
	if format == FormatPDF {
		enc = lay.pdfEncoder(s)
	}
	if wrap != nil {
		enc = wrap(enc)
	}
	return res, WriteFile(ctx, path, img, enc, overwrite)
}
