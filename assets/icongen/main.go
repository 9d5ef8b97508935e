package main

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"

	"github.com/fogleman/gg"
	"golang.org/x/image/bmp"
)

// land is the colour of the icon's land, the background of the wizard image.
const land = "#f3ead2"

// icoSizes are the sizes in the Windows icon: what Explorer, the taskbar,
// the Start menu and the installer ask for at 100 % to 200 % scaling.
var icoSizes = []int{16, 20, 24, 32, 40, 48, 64, 128, 256}

// hicolorSizes are the freedesktop icon-theme sizes a desktop looks for.
var hicolorSizes = []int{16, 24, 32, 48, 64, 128, 256, 512}

// maxSize bounds -size: larger icons serve no one and cost memory.
const maxSize = 4096

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "icongen:", err)
		os.Exit(1)
	}
}

// run parses the flags and writes the icons they ask for.
func run(args []string) error {
	fs := flag.NewFlagSet("icongen", flag.ContinueOnError)
	out := fs.String("o", "", "write the icon as a PNG `FILE` (default assets/icon.png when no other output is asked for)")
	size := fs.Int("size", 512, "edge of the -o PNG in `pixels`")
	ico := fs.String("ico", "", "write a Windows icon `FILE` holding every size from 16 to 256 px, each drawn at its size")
	hicolor := fs.String("hicolor", "", "write the freedesktop icon theme under `DIR`: DIR/NxN/apps/NAME.png for 16 to 512 px")
	name := fs.String("name", "", "icon `NAME` for -hicolor (the app ID)")
	wizard := fs.String("wizard", "", "write the installer's welcome-page image, 164x314 px, as a 24-bit BMP `FILE`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *size < 1 || *size > maxSize {
		return fmt.Errorf("-size %d: want 1 to %d", *size, maxSize)
	}
	if *out == "" && *ico == "" && *hicolor == "" && *wizard == "" {
		*out = "assets/icon.png"
	}
	if *out != "" {
		if err := writePNG(*out, draw(*size).Image()); err != nil {
			return err
		}
	}
	if *ico != "" {
		if err := writeICOFile(*ico); err != nil {
			return err
		}
	}
	if *wizard != "" {
		// bmp writes a 24-bit BMP for an opaque image, as NSIS wants.
		if err := writeFile(*wizard, func(w io.Writer) error { return bmp.Encode(w, drawWizard()) }); err != nil {
			return err
		}
	}
	if *hicolor != "" {
		if *name == "" || filepath.Base(*name) != *name {
			return errors.New("-hicolor needs -name, a file name without a folder (the app ID)")
		}
		for _, n := range hicolorSizes {
			path := filepath.Join(*hicolor, fmt.Sprintf("%dx%d", n, n), "apps", *name+".png")
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
			if err := writePNG(path, draw(n).Image()); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeICOFile writes the Windows icon with every size of icoSizes.
func writeICOFile(path string) error {
	imgs := make([]image.Image, len(icoSizes))
	for i, n := range icoSizes {
		imgs[i] = draw(n).Image()
	}
	return writeFile(path, func(w io.Writer) error { return encodeICO(w, imgs) })
}

// drawWizard draws the image beside the installer's welcome and finish
// pages (NSIS's Modern UI, 164x314 px): the icon on the colour of its land.
func drawWizard() image.Image {
	const w, h, edge = 164, 314, 132
	dc := gg.NewContext(w, h)
	dc.SetHexColor(land)
	dc.Clear()
	dc.DrawImage(draw(edge).Image(), (w-edge)/2, 48)
	return dc.Image()
}

// writePNG writes img to path as a PNG.
func writePNG(path string, img image.Image) error {
	return writeFile(path, func(w io.Writer) error { return png.Encode(w, img) })
}

// writeFile creates path and fills it with encode; errors name the file.
func writeFile(path string, encode func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := encode(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

func draw(n int) *gg.Context {
	s := float64(n)
	dc := gg.NewContext(n, n)
	// Rounded tile: sea.
	dc.DrawRoundedRectangle(s*0.04, s*0.04, s*0.92, s*0.92, s*0.16)
	dc.SetHexColor("#2f6f8f")
	dc.FillPreserve()
	dc.Clip()
	// Land mass: a soft coast running north-west to south-east.
	dc.MoveTo(s*0.36, 0)
	for i := 0; i <= 20; i++ {
		t := float64(i) / 20
		x := s*0.36 + s*0.42*t + s*0.05*math.Sin(t*9)
		y := s * t
		dc.LineTo(x, y)
	}
	dc.LineTo(s, s)
	dc.LineTo(s, 0)
	dc.ClosePath()
	dc.SetHexColor(land)
	dc.Fill()
	// A river.
	dc.SetHexColor("#7fb3d5")
	dc.SetLineWidth(s * 0.025)
	dc.MoveTo(s*0.98, s*0.22)
	dc.CubicTo(s*0.8, s*0.3, s*0.86, s*0.5, s*0.7, s*0.6)
	dc.Stroke()
	// Coca-zone hatch.
	dc.SetRGBA(0.24, 0.55, 0.25, 0.55)
	dc.DrawEllipse(s*0.74, s*0.62, s*0.14, s*0.1)
	dc.Fill()
	// Dashed route from the valley to the coast, with an arrow head.
	dc.SetHexColor("#c0392b")
	dc.SetLineWidth(s * 0.035)
	dc.SetDash(s*0.07, s*0.045)
	dc.MoveTo(s*0.72, s*0.62)
	dc.QuadraticTo(s*0.55, s*0.45, s*0.3, s*0.5)
	dc.Stroke()
	dc.SetDash()
	dc.MoveTo(s*0.2, s*0.5)
	dc.LineTo(s*0.33, s*0.43)
	dc.LineTo(s*0.32, s*0.58)
	dc.ClosePath()
	dc.Fill()
	// Pin.
	px, py, r := s*0.72, s*0.36, s*0.11
	dc.SetHexColor("#1b1b1b")
	dc.MoveTo(px, py+r*2.1)
	dc.LineTo(px-r*0.8, py+r*0.55)
	dc.LineTo(px+r*0.8, py+r*0.55)
	dc.ClosePath()
	dc.Fill()
	dc.DrawCircle(px, py, r)
	dc.Fill()
	dc.SetHexColor("#f1c40f")
	dc.DrawCircle(px, py, r*0.45)
	dc.Fill()
	dc.ResetClip()
	return dc
}
