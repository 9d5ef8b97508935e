package render

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// ErrUnknownPreset is wrapped when a preset name is not one of Presets.
var ErrUnknownPreset = errors.New("render: unknown preset")

// ErrSize is wrapped by CheckSize for an export size outside the limits.
var ErrSize = errors.New("render: export size out of range")

// MinSide and MaxSide bound each side of an exported image, in pixels:
// the one limit the command line, the Export dialog and Scene share.
const (
	MinSide = 64
	MaxSide = 10000
)

// CheckSize returns an error wrapping ErrSize, naming the limits, when
// either side of a width x height export is outside MinSide..MaxSide.
func CheckSize(width, height int) error {
	if width < MinSide || height < MinSide || width > MaxSide || height > MaxSide {
		return fmt.Errorf("%w: %dx%d: each side must be %d to %d pixels", ErrSize, width, height, MinSide, MaxSide)
	}
	return nil
}

// Preset is a named output size: pixels, the resolution they are meant
// for, the PDF page they fill, and the pixel density the map is drawn at
// (tiles, lines and labels scale with it).
type Preset struct {
	Name          string
	Width, Height int     // pixels
	DPI           float64 // pixels per inch on the page
	PageWidthMM   float64 // PDF page size
	PageHeightMM  float64
	Scale         float64 // map pixel density: 1 for a slide, 2 for 4K, 3 for 300 dpi paper
}

// Presets lists the built-in presets: a 1080p slide, 4K, and A4 at 300 dpi
// in both orientations. Slide and 4K have the same page (a 20-inch wide
// 16:9 sheet, as presentation programs use), at 96 and 192 dpi.
func Presets() []Preset {
	return []Preset{
		{Name: "slide", Width: 1920, Height: 1080, DPI: 96, PageWidthMM: 508, PageHeightMM: 285.75, Scale: 1},
		{Name: "4k", Width: 3840, Height: 2160, DPI: 192, PageWidthMM: 508, PageHeightMM: 285.75, Scale: 2},
		{Name: "a4-landscape", Width: 3508, Height: 2480, DPI: 300, PageWidthMM: 297, PageHeightMM: 210, Scale: 3},
		{Name: "a4-portrait", Width: 2480, Height: 3508, DPI: 300, PageWidthMM: 210, PageHeightMM: 297, Scale: 3},
	}
}

// PresetNames lists the names of Presets, for usage messages.
func PresetNames() []string {
	var out []string
	for _, p := range Presets() {
		out = append(out, p.Name)
	}
	return out
}

// PresetByName returns the preset called name (case-insensitive).
func PresetByName(name string) (Preset, error) {
	for _, p := range Presets() {
		if strings.EqualFold(p.Name, name) {
			return p, nil
		}
	}
	return Preset{}, fmt.Errorf("%w %q (want one of %s)", ErrUnknownPreset, name, strings.Join(PresetNames(), ", "))
}

// CustomPreset is a width x height pixel image on a page at 96 dpi, drawn
// at density 2 when either side exceeds 2500 pixels, at less than 1 (down
// to 0.5) for a thumbnail whose shorter side is under compactSide, else 1.
func CustomPreset(width, height int) Preset {
	p := Preset{Name: "custom", Width: width, Height: height, DPI: 96, Scale: 1}
	switch {
	case width > 2500 || height > 2500:
		p.Scale = 2
	case min(width, height) < compactSide:
		// a thumbnail: symbols and type shrink with it, to half size
		p.Scale = math.Max(0.5, float64(min(width, height))/compactSide)
	}
	p.PageWidthMM = float64(width) / p.DPI * 25.4
	p.PageHeightMM = float64(height) / p.DPI * 25.4
	return p
}

// Reduced returns the preset at 1/k of its pixel size (for previews and
// golden tests) with the same page, layout and density: lines, symbols
// and type of the map keep their size in pixels, so a reduced preset
// checks its own density.
func (p Preset) Reduced(k int) Preset {
	if k <= 1 {
		return p
	}
	q := p
	q.Width, q.Height = p.Width/k, p.Height/k
	q.DPI = p.DPI / float64(k)
	return q
}

// page returns the PDF page size in millimetres, from the preset or, when
// it has none, from the pixels at its DPI (96 when unset).
func (p Preset) page(w, h int) (float64, float64) {
	if p.PageWidthMM > 0 && p.PageHeightMM > 0 {
		return p.PageWidthMM, p.PageHeightMM
	}
	dpi := p.DPI
	if dpi <= 0 {
		dpi = 96
	}
	return float64(w) / dpi * 25.4, float64(h) / dpi * 25.4
}
