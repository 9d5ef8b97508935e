package ui

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/geo"
)

func TestLanding(t *testing.T) {
	const w, h = 1024, 768
	free := rect{X: 0, Y: 160, W: 700, H: 500} // under a strip, left of a card
	lima := orb.Point{-77.03, -12.05}
	tests := []struct {
		desc   string
		target geo.View
		sel    *orb.Bound
	}{
		{desc: "no selection: the scene's centre in the free area", target: geo.View{Center: lima, Zoom: 7}},
		{desc: "a point at the centre", target: geo.View{Center: lima, Zoom: 7}, sel: &orb.Bound{Min: lima, Max: lima}},
		{desc: "a point under the strip", target: geo.View{Center: orb.Point{-77.03, -14}, Zoom: 8}, sel: &orb.Bound{Min: lima, Max: lima}},
		{desc: "a point under the card", target: geo.View{Center: orb.Point{-79.5, -12.05}, Zoom: 8}, sel: &orb.Bound{Min: lima, Max: lima}},
		{desc: "an area too large at the scene's zoom", target: geo.View{Center: orb.Point{-74, -12.4}, Zoom: 9},
			sel: &orb.Bound{Min: orb.Point{-75.5, -13.5}, Max: orb.Point{-73, -11.2}}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			v := landing(tc.target, w, h, free, tc.sel)
			if v.Width != w || v.Height != h {
				t.Fatalf("view %vx%v, want the map's size", v.Width, v.Height)
			}
			if v.Zoom > tc.target.Zoom || v.Zoom < tc.target.Zoom-landingZoomOut {
				t.Errorf("zoom %v, want at most the scene's %v and no more than %d levels out", v.Zoom, tc.target.Zoom, landingZoomOut)
			}
			if tc.sel == nil {
				p := v.ToScreen(tc.target.Center)
				if cx, cy := float64(free.X+free.W/2), float64(free.Y+free.H/2); abs(p.X-cx) > 1 || abs(p.Y-cy) > 1 {
					t.Errorf("scene centre at %v, want the free area's middle (%v, %v)", p, cx, cy)
				}
				return
			}
			lo := v.ToScreen(orb.Point{tc.sel.Min.Lon(), tc.sel.Max.Lat()})
			hi := v.ToScreen(orb.Point{tc.sel.Max.Lon(), tc.sel.Min.Lat()})
			got := rect{X: float32(lo.X), Y: float32(lo.Y), W: float32(hi.X - lo.X), H: float32(hi.Y - lo.Y)}
			if !free.contains(got) {
				t.Errorf("the selection lands at %+v, outside the free area %+v", got, free)
			}
		})
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestKeepOutInImage(t *testing.T) {
	k := &keepOut{boxes: []rect{{X: 0, Y: 0, W: 1000, H: 100}}, width: 1000, height: 800}
	tests := []struct {
		desc   string
		v      geo.View
		zoom   float64
		x0, y0 float64
		w, h   float64
	}{
		{desc: "whole zoom, margin round the map", v: geo.View{Zoom: 7, Width: 1000 + 768, Height: 800 + 768}, zoom: 7, x0: 384, y0: 384, w: 1000, h: 100},
		{desc: "between zooms: drawn at the nearest", v: geo.View{Zoom: 7, Width: 2*707 + 768, Height: 2*566 + 768}, zoom: 7.5, x0: 384 + 707 - 500/1.41421356, y0: 384 + 566 - 400/1.41421356, w: 1000 / 1.41421356, h: 100 / 1.41421356},
		{desc: "HiDPI: twice the density", v: geo.View{Zoom: 8, Width: 2 * (1000 + 768), Height: 2 * (800 + 768)}, zoom: 7, x0: 768, y0: 768, w: 2000, h: 200},
	}
	for _, tc := range tests {
		got := k.inImage(tc.v, tc.zoom)
		if len(got) != 1 {
			t.Fatalf("%s: %d boxes", tc.desc, len(got))
		}
		b := got[0]
		if abs(b.X0-tc.x0) > 1 || abs(b.Y0-tc.y0) > 1 || abs(b.X1-b.X0-tc.w) > 1 || abs(b.Y1-b.Y0-tc.h) > 1 {
			t.Errorf("%s: %+v, want from (%v, %v) size %v x %v", tc.desc, b, tc.x0, tc.y0, tc.w, tc.h)
		}
	}
	if (*keepOut)(nil).inImage(geo.View{Zoom: 7, Width: 10, Height: 10}, 7) != nil {
		t.Error("no furniture gave boxes")
	}
}
