package xyz

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// Provider describes one XYZ tile service. The zero value is not usable;
// start from a preset (OpenStreetMap, OpenTopoMap, EsriWorldImagery) or
// from Custom / ProviderByName.
type Provider struct {
	// ID is short, stable and file-name safe; it names the cache folder
	// and the go-staticmaps provider.
	ID string
	// Name is shown to users.
	Name string
	// URLTemplate holds {z}, {x} and {y} placeholders.
	URLTemplate string
	// Attribution must be shown on the map and drawn into exports.
	Attribution string
	// MinZoom and MaxZoom bound the zooms the service serves.
	MinZoom, MaxZoom maptile.Zoom
	// TileSize is the tile edge in pixels.
	TileSize int
	// MaxConns bounds concurrent requests to the provider's host.
	MaxConns int
}

// OpenStreetMap returns the OpenStreetMap standard tile layer. Its tile
// usage policy asks for at most two connections, a real User-Agent,
// caching, and no bulk download; the Source honours all of them.
func OpenStreetMap() Provider {
	return Provider{
		ID:          "osm",
		Name:        "OpenStreetMap",
		URLTemplate: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
		Attribution: "© OpenStreetMap contributors",
		MinZoom:     0,
		MaxZoom:     19,
		TileSize:    256,
		MaxConns:    2,
	}
}

// OpenTopoMap returns the OpenTopoMap relief layer, served from its single
// host (no a/b/c shards).
func OpenTopoMap() Provider {
	return Provider{
		ID:          "opentopomap",
		Name:        "OpenTopoMap",
		URLTemplate: "https://tile.opentopomap.org/{z}/{x}/{y}.png",
		Attribution: "Map data: © OpenStreetMap contributors, SRTM | Map style: © OpenTopoMap (CC-BY-SA)",
		MinZoom:     0,
		MaxZoom:     17,
		TileSize:    256,
		MaxConns:    2,
	}
}

// EsriWorldImagery returns Esri's World Imagery layer. Its URL puts the
// row (y) before the column (x).
func EsriWorldImagery() Provider {
	return Provider{
		ID:          "esri",
		Name:        "Esri World Imagery",
		URLTemplate: "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
		Attribution: "Tiles © Esri — Source: Esri, Maxar, Earthstar Geographics, and the GIS User Community",
		MinZoom:     0,
		MaxZoom:     19,
		TileSize:    256,
		MaxConns:    2,
	}
}

// Presets returns the built-in providers in the order a picker shows them.
func Presets() []Provider {
	return []Provider{OpenStreetMap(), OpenTopoMap(), EsriWorldImagery()}
}

// Custom returns a provider for a user-supplied URL template such as
// "https://tiles.example.org/{z}/{x}/{y}.png". The template must use http
// or https, have a host, and contain each of {z}, {x} and {y}; shard
// placeholders like {s} and any other {…} are rejected. The ID is
// "custom-" followed by a short hash of the template, so the same
// template always finds the same cache.
func Custom(template string) (Provider, error) {
	template = strings.TrimSpace(template)
	if err := validateTemplate(template); err != nil {
		return Provider{}, err
	}
	u, _ := url.Parse(strings.NewReplacer("{z}", "0", "{x}", "0", "{y}", "0").Replace(template))
	sum := sha256.Sum256([]byte(template))
	return Provider{
		ID:          "custom-" + hex.EncodeToString(sum[:])[:10],
		Name:        u.Host,
		URLTemplate: template,
		Attribution: "Tiles: " + u.Host,
		MinZoom:     0,
		MaxZoom:     19,
		TileSize:    256,
		MaxConns:    2,
	}, nil
}

// ProviderByName returns the provider named "osm", "opentopomap" or
// "esri" (case-insensitive), or a Custom provider when name is a URL
// template. Any other name is an error wrapping ErrUnknownProvider.
func ProviderByName(name string) (Provider, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "osm", "openstreetmap":
		return OpenStreetMap(), nil
	case "opentopomap", "otm", "topo":
		return OpenTopoMap(), nil
	case "esri", "esri-world-imagery", "imagery":
		return EsriWorldImagery(), nil
	}
	if strings.Contains(name, "://") || strings.Contains(name, "{") {
		return Custom(name)
	}
	return Provider{}, fmt.Errorf("%w: %q (want osm, opentopomap, esri or a URL template with {z}/{x}/{y})", ErrUnknownProvider, name)
}

// validateTemplate checks scheme, host and placeholders of a URL template.
func validateTemplate(template string) error {
	bad := func(why string) error {
		return fmt.Errorf("%w: %q: %s", ErrBadTemplate, template, why)
	}
	if template == "" {
		return bad("empty")
	}
	for _, ph := range []string{"{z}", "{x}", "{y}"} {
		if !strings.Contains(template, ph) {
			return bad("missing placeholder " + ph)
		}
	}
	rest := template
	for {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return bad("unclosed {")
		}
		switch ph := rest[i : i+j+1]; ph {
		case "{z}", "{x}", "{y}":
		case "{s}":
			return bad("shard placeholder {s} is not supported; use a single host")
		default:
			return bad("unknown placeholder " + ph)
		}
		rest = rest[i+j+1:]
	}
	u, err := url.Parse(strings.NewReplacer("{z}", "0", "{x}", "0", "{y}", "0").Replace(template))
	if err != nil {
		return bad(err.Error())
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return bad("scheme must be http or https")
	}
	if u.Host == "" {
		return bad("no host")
	}
	return nil
}

// Validate reports whether p is usable: an ID, a valid template, sane zooms.
func (p Provider) Validate() error {
	if p.ID == "" || strings.ContainsAny(p.ID, `/\.: `) {
		return fmt.Errorf("%w: provider ID %q is not file-name safe", ErrBadTemplate, p.ID)
	}
	if err := validateTemplate(p.URLTemplate); err != nil {
		return err
	}
	if p.MinZoom > p.MaxZoom || p.MaxZoom > 30 {
		return fmt.Errorf("%w: provider %s: zoom range %d..%d", ErrBadTemplate, p.ID, p.MinZoom, p.MaxZoom)
	}
	return nil
}

// URL returns the address of tile t.
func (p Provider) URL(t maptile.Tile) string {
	return strings.NewReplacer(
		"{z}", strconv.Itoa(int(t.Z)),
		"{x}", strconv.FormatUint(uint64(t.X), 10),
		"{y}", strconv.FormatUint(uint64(t.Y), 10),
	).Replace(p.URLTemplate)
}

// Info returns the tiles.Info the UI shows for p.
func (p Provider) Info() tiles.Info {
	size := p.TileSize
	if size <= 0 {
		size = 256
	}
	return tiles.Info{
		ID:          p.ID,
		Name:        p.Name,
		Attribution: p.Attribution,
		MinZoom:     p.MinZoom,
		MaxZoom:     p.MaxZoom,
		TileSize:    size,
		Online:      true,
	}
}

// covers reports whether t is a valid tile within p's zoom range.
func (p Provider) covers(t maptile.Tile) bool {
	if t.Z < p.MinZoom || t.Z > p.MaxZoom || t.Z > 30 {
		return false
	}
	n := uint64(1) << t.Z
	return uint64(t.X) < n && uint64(t.Y) < n
}
