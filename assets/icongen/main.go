package main

import (
	"flag"
	"fmt"
	"math"
	"os"

	"github.com/fogleman/gg"
)

func main() {
	out := flag.String("o", "assets/icon.png", "output PNG")
	size := flag.Int("size", 512, "edge in pixels")
	flag.Parse()
	if err := draw(*size).SavePNG(*out); err != nil {
		fmt.Fprintln(os.Stderr, "icongen:", err)
		os.Exit(1)
	}
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
	dc.SetHexColor("#f3ead2")
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
