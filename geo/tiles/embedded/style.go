package embedded

import "image/color"

// Palette: a light, warm Peru on cool grey neighbours and soft blue water,
// legible on a classroom projector.
var (
	colOutside   = color.RGBA{0xe9, 0xec, 0xee, 0xff} // beyond the data
	colNeighbour = color.RGBA{0xe3, 0xe1, 0xdc, 0xff}
	colPeru      = color.RGBA{0xfb, 0xef, 0xcc, 0xff}
	colWater     = color.RGBA{0xa9, 0xd0, 0xe8, 0xff}
	colCoast     = color.RGBA{0x5e, 0x93, 0xbd, 0xff}
	colRiver     = color.RGBA{0x4d, 0x8f, 0xc9, 0xff}
	colRiverBig  = color.RGBA{0x2f, 0x78, 0xbf, 0xff}
	colBorder    = color.RGBA{0x6e, 0x6a, 0x66, 0xff}
	colPeruEdge  = color.RGBA{0x4a, 0x40, 0x38, 0xff}
	colPeruGlow  = color.RGBA{0x5a, 0x3c, 0x1a, 0x70} // premultiplied, a warm shadow
)

// zoomRange of the source.
const (
	minZoom = 4
	maxZoom = 12
)

// riverWidth is the stroke width in logical pixels of a river class at a
// zoom, 0 when it is not drawn. Named major rivers come out thickest.
func riverWidth(c lineClass, z int) float64 {
	if c == classRiverNamed {
		switch {
		case z <= 5:
			return 1.4
		case z <= 7:
			return 1.9
		case z <= 9:
			return 2.5
		default:
			return 3.2
		}
	}
	level := int(c - classRiver0)
	if level >= 5 { // intermittent
		if z >= 10 {
			return 0.6
		}
		return 0
	}
	// Levels 0 (double-lined banks) and 1 (permanent major) first.
	minZ := [5]int{5, 5, 7, 8, 10}[level]
	if z < minZ {
		return 0
	}
	w := [5]float64{0.9, 1.1, 0.8, 0.65, 0.55}[level] + 0.12*float64(z-minZ)
	if w > 1.8 {
		w = 1.8
	}
	return w
}

// lineStyle returns width (logical px), colour, dash (0: solid) and whether
// the class is drawn at zoom z.
func lineStyle(c lineClass, z int) (w float64, col color.RGBA, dash float64, ok bool) {
	switch {
	case c == classCoast:
		return 0.7 + 0.08*float64(z-minZoom), colCoast, 0, true
	case c == classBorder:
		return 0.9 + 0.1*float64(z-minZoom), colBorder, 5 + float64(z-minZoom), true
	case c == classBorderPeru:
		return 1.2 + 0.12*float64(z-minZoom), colPeruEdge, 0, true
	case c == classRiverNamed:
		return riverWidth(c, z), colRiverBig, 0, true
	default:
		w := riverWidth(c, z)
		return w, colRiver, 0, w > 0
	}
}

// glowWidth is the width in logical pixels of the band along Peru's border
// (half of it shows, outside Peru).
func glowWidth(z int) float64 {
	return min(12, 5+1.2*float64(z-minZoom))
}

// maxHalfWidth bounds the half stroke width, for culling margins.
const maxHalfWidth = 6.0
