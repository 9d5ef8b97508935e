package relief

// Plausible elevations in metres: a decoded sample outside this range is
// malformed data.
const (
	MinElevation = -11000
	MaxElevation = 9000
)

// ArcSecond is the unit of grid positions and spacings: 1/3600 degree.
const ArcSecond = 1.0 / 3600

// Grid is a regular longitude/latitude grid of elevations. Sample (i, j)
// lies at longitude West+i*Step and latitude North-j*Step (all in
// arc-seconds); Z holds the samples row by row from the north, in metres.
type Grid struct {
	West, North int32 // arc-seconds, the north-west sample
	Step        int32 // arc-seconds between samples, > 0
	W, H        int
	Z           []int16
}

// Bounds returns the west, south, east and north edges of the grid's
// samples in degrees.
func (g *Grid) Bounds() (west, south, east, north float64) {
	west = float64(g.West) * ArcSecond
	north = float64(g.North) * ArcSecond
	step := float64(g.Step) * ArcSecond
	return west, north - float64(g.H-1)*step, west + float64(g.W-1)*step, north
}

// pos returns the fractional sample position of lon, lat.
func (g *Grid) pos(lon, lat float64) (x, y float64) {
	s := float64(g.Step) * ArcSecond
	return (lon - float64(g.West)*ArcSecond) / s, (float64(g.North)*ArcSecond - lat) / s
}

// At returns the bilinear elevation at lon, lat, and false outside the grid.
func (g *Grid) At(lon, lat float64) (float64, bool) {
	x, y := g.pos(lon, lat)
	return g.sample(x, y)
}

func (g *Grid) sample(x, y float64) (float64, bool) {
	if !(x >= 0 && y >= 0 && x <= float64(g.W-1) && y <= float64(g.H-1)) {
		return 0, false
	}
	i, j := min(int(x), g.W-2), min(int(y), g.H-2)
	fx, fy := x-float64(i), y-float64(j)
	k := j*g.W + i
	z00, z10 := float64(g.Z[k]), float64(g.Z[k+1])
	z01, z11 := float64(g.Z[k+g.W]), float64(g.Z[k+g.W+1])
	top := z00 + (z10-z00)*fx
	bot := z01 + (z11-z01)*fx
	return top + (bot-top)*fy, true
}

// edgeDistance is the distance in samples from x, y to the grid's nearest
// edge (negative outside).
func (g *Grid) edgeDistance(x, y float64) float64 {
	return min(x, float64(g.W-1)-x, y, float64(g.H-1)-y)
}

// Data is the elevation model: grids from the coarsest, which covers the
// whole model, to the finest.
type Data struct {
	Grids []Grid
}

// BlendSamples is the width, in samples of a finer grid, of the band
// along its edge where it fades into the coarser grid under it, so that
// the change of resolution leaves no seam.
const BlendSamples = 12

// Elevation returns the elevation in metres at lon, lat (degrees): the
// finest grid's bilinear value, faded into the coarser ones near its edge.
// It reports false where no grid covers the point.
func (d *Data) Elevation(lon, lat float64) (float64, bool) {
	e, ok := 0.0, false
	for i := range d.Grids {
		g := &d.Grids[i]
		x, y := g.pos(lon, lat)
		v, in := g.sample(x, y)
		if !in {
			continue
		}
		if !ok {
			e, ok = v, true
			continue
		}
		w := min(1, g.edgeDistance(x, y)/BlendSamples)
		e += (v - e) * w
	}
	return e, ok
}

// Bounds returns the extent of the coarsest grid in degrees, which covers
// the whole model; all zero when there is none.
func (d *Data) Bounds() (west, south, east, north float64) {
	if len(d.Grids) == 0 {
		return 0, 0, 0, 0
	}
	return d.Grids[0].Bounds()
}
