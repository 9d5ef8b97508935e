package ui

import (
	"testing"

	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
)

// rescalingSource is an embedded basemap that notes the densities an
// export asks it for.
type rescalingSource struct {
	*embedded.Source
	scales []float64
}

func (r *rescalingSource) AtScale(scale float64) tiles.Source {
	r.scales = append(r.scales, scale)
	return r.Source.AtScale(scale)
}

// TestExportDrawsTheWindowsEmbeddedBasemap: an export over the embedded
// basemap draws the window's own at the export's density, sharing its
// decoded vectors and relief, rather than decoding them again.
func TestExportDrawsTheWindowsEmbeddedBasemap(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	mw, q := newTestWindow(t, Options{})
	shown := &rescalingSource{Source: embedded.New()}
	mw.basemaps.SetEmbedded(shown)
	q.settle(t, mw)
	p := render.CustomPreset(400, 300)
	p.Scale = 2
	if _, err := mw.exportScene(p, "", false); err != nil {
		t.Fatal(err)
	}
	if len(shown.scales) != 1 || shown.scales[0] != 2 {
		t.Errorf("the window's basemap was asked for densities %v, want [2]", shown.scales)
	}
}
