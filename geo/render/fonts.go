package render

import (
	"fmt"

	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
)

// Fonts holds the parsed typefaces exports draw with: the Go fonts, which
// ship inside the binary, so exports look the same on every machine.
type Fonts struct {
	regular, bold *opentype.Font
}

// NewFonts parses the embedded Go fonts.
func NewFonts() (*Fonts, error) {
	r, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return nil, fmt.Errorf("render: parse Go Regular: %w", err)
	}
	b, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return nil, fmt.Errorf("render: parse Go Bold: %w", err)
	}
	return &Fonts{regular: r, bold: b}, nil
}

// fontsOr is f, or the embedded fonts when f is nil.
func fontsOr(f *Fonts) (*Fonts, error) {
	if f != nil {
		return f, nil
	}
	return NewFonts()
}

// Face returns a face of the given pixel size, bold or regular.
func (f *Fonts) Face(size float64, bold bool) font.Face {
	tf := f.regular
	if bold {
		tf = f.bold
	}
	face, err := opentype.NewFace(tf, &opentype.FaceOptions{Size: max(size, 1), DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		// NewFace only fails on invalid options; keep drawing legibly.
		return basicfont.Face7x13
	}
	return face
}
