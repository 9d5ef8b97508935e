package catalog

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/geo/tiles/mbtiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/xyz"
)

// Embedded is the spec of the built-in offline basemap, the default.
const Embedded = "embedded"

// ErrEmptySpec is returned for an empty basemap spec.
var ErrEmptySpec = errors.New("catalog: empty basemap spec")

// Choice is one basemap offered by name.
type Choice struct {
	Spec   string // what -basemap takes
	Title  string // what the picker shows
	Online bool   // needs a network
}

// Choices lists the named basemaps, the embedded one first.
func Choices() []Choice {
	out := []Choice{{Spec: Embedded, Title: "Embedded offline basemap"}}
	for _, p := range xyz.Presets() {
		out = append(out, Choice{Spec: p.ID, Title: p.Name + " (online)", Online: true})
	}
	return out
}

// Options configure the sources Open makes.
type Options struct {
	Version   string  // app version, for the online User-Agent
	Scale     float64 // pixel density of the embedded basemap (1 or 2)
	CacheRoot string  // online tile cache; "" = the user cache directory
	OnEvent   func(xyz.Event)
}

// Source is an open basemap. Close releases files and connections.
type Source interface {
	tiles.Source
	io.Closer
}

// Open turns a spec into a source: "embedded", a preset name ("osm",
// "opentopomap", "esri"), an http(s) URL template with {z}, {x} and {y},
// or a path ending in .mbtiles.
func Open(ctx context.Context, spec string, opt Options) (Source, error) {
	spec = strings.TrimSpace(spec)
	switch {
	case spec == "":
		return nil, ErrEmptySpec
	case spec == Embedded:
		scale := opt.Scale
		if scale < 1 {
			scale = 1
		}
		return nopCloser{embedded.New(embedded.WithScale(scale))}, nil
	case strings.HasSuffix(strings.ToLower(spec), ".mbtiles"):
		s, err := mbtiles.Open(ctx, spec)
		if err != nil {
			return nil, fmt.Errorf("basemap %s: %w", spec, err)
		}
		return s, nil
	}
	p, err := xyz.ProviderByName(spec)
	if err != nil {
		return nil, fmt.Errorf("basemap %q: %w (want embedded, osm, opentopomap, esri, an http(s) URL with {z}/{x}/{y}, or a .mbtiles file)", spec, err)
	}
	s, err := xyz.New(p, xyz.Options{Version: opt.Version, CacheRoot: opt.CacheRoot, OnEvent: opt.OnEvent})
	if err != nil {
		return nil, fmt.Errorf("basemap %q: %w", spec, err)
	}
	return s, nil
}

// nopCloser gives the embedded source, which holds nothing open, a Close;
// its other methods (AtScale) stay reachable.
type nopCloser struct{ *embedded.Source }

func (nopCloser) Close() error { return nil }
