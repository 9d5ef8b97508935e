package mbtiles

import (
	"errors"
	"fmt"
	"html"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// ErrBadMetadata is returned for a metadata value that cannot be parsed
// or is out of range.
var ErrBadMetadata = errors.New("mbtiles: bad metadata")

// ErrVectorTiles is returned for vector tilesets (format pbf), which the
// atlas cannot draw.
var ErrVectorTiles = errors.New("mbtiles: vector tileset (format pbf) is not supported; use a raster png/jpg/webp MBTiles file")

// ErrUnsupportedFormat is returned for a tile format other than png, jpg
// and webp.
var ErrUnsupportedFormat = errors.New("mbtiles: unsupported tile format")

// Metadata is the parsed metadata table of an MBTiles file.
type Metadata struct {
	// Name of the tileset; may be empty in sloppy files.
	Name string
	// Format is "png", "jpg", "webp", "pbf" or "" when absent.
	Format string
	// Bounds in WGS84, valid when HasBounds.
	Bounds    orb.Bound
	HasBounds bool
	// Center (lon, lat) and its zoom, valid when HasCenter.
	Center     orb.Point
	CenterZoom int
	HasCenter  bool
	// MinZoom and MaxZoom, -1 when absent.
	MinZoom, MaxZoom int
	// Attribution as plain text (HTML tags removed, entities decoded).
	Attribution string
	// Description, Type ("overlay" or "baselayer") and Version as given.
	Description, Type, Version string
}

// maxZoom is the deepest zoom accepted in metadata.
const maxZoom = 30

// ParseMetadata parses the name/value pairs of an MBTiles metadata table.
// Absent keys are left empty (zooms -1); present but malformed values are
// errors wrapping ErrBadMetadata. A vector format returns the parsed
// Metadata together with an error wrapping ErrVectorTiles; an unknown
// format, ErrUnsupportedFormat.
func ParseMetadata(kv map[string]string) (Metadata, error) {
	md := Metadata{MinZoom: -1, MaxZoom: -1}
	get := func(k string) (string, bool) {
		v, ok := kv[k]
		return strings.TrimSpace(v), ok && strings.TrimSpace(v) != ""
	}
	md.Name, _ = get("name")
	md.Description, _ = get("description")
	md.Type, _ = get("type")
	md.Version, _ = get("version")
	if a, ok := get("attribution"); ok {
		md.Attribution = plainText(a)
	}
	if v, ok := get("minzoom"); ok {
		z, err := parseZoom("minzoom", v)
		if err != nil {
			return md, err
		}
		md.MinZoom = z
	}
	if v, ok := get("maxzoom"); ok {
		z, err := parseZoom("maxzoom", v)
		if err != nil {
			return md, err
		}
		md.MaxZoom = z
	}
	if md.MinZoom >= 0 && md.MaxZoom >= 0 && md.MinZoom > md.MaxZoom {
		return md, fmt.Errorf("%w: minzoom %d > maxzoom %d", ErrBadMetadata, md.MinZoom, md.MaxZoom)
	}
	if v, ok := get("bounds"); ok {
		f, err := parseFloats("bounds", v, 4, 4)
		if err != nil {
			return md, err
		}
		left, bottom, right, top := f[0], f[1], f[2], f[3]
		if left < -180 || right > 180 || bottom < -90 || top > 90 || left > right || bottom > top {
			return md, fmt.Errorf("%w: bounds %q: want left,bottom,right,top in degrees", ErrBadMetadata, v)
		}
		md.Bounds = orb.Bound{Min: orb.Point{left, bottom}, Max: orb.Point{right, top}}
		md.HasBounds = true
	}
	if v, ok := get("center"); ok {
		f, err := parseFloats("center", v, 2, 3)
		if err != nil {
			return md, err
		}
		if f[0] < -180 || f[0] > 180 || f[1] < -90 || f[1] > 90 {
			return md, fmt.Errorf("%w: center %q: want lon,lat[,zoom]", ErrBadMetadata, v)
		}
		md.Center = orb.Point{f[0], f[1]}
		if len(f) == 3 {
			if f[2] != math.Trunc(f[2]) || f[2] < 0 || f[2] > maxZoom {
				return md, fmt.Errorf("%w: center %q: zoom must be an integer 0..%d", ErrBadMetadata, v, maxZoom)
			}
			md.CenterZoom = int(f[2])
		}
		md.HasCenter = true
	}
	if v, ok := get("format"); ok {
		switch f := strings.ToLower(v); f {
		case "png", "webp":
			md.Format = f
		case "jpg", "jpeg":
			md.Format = "jpg"
		case "pbf", "mvt":
			md.Format = "pbf"
			return md, ErrVectorTiles
		default:
			return md, fmt.Errorf("%w: %q (want png, jpg or webp)", ErrUnsupportedFormat, v)
		}
	}
	return md, nil
}

func parseZoom(key, v string) (int, error) {
	z, err := strconv.Atoi(v)
	if err != nil {
		// Some writers store zooms as "5.0".
		f, ferr := strconv.ParseFloat(v, 64)
		if ferr != nil || f != math.Trunc(f) || math.IsInf(f, 0) {
			return 0, fmt.Errorf("%w: %s %q is not an integer", ErrBadMetadata, key, v)
		}
		if f < 0 || f > maxZoom {
			return 0, fmt.Errorf("%w: %s %q out of 0..%d", ErrBadMetadata, key, v, maxZoom)
		}
		z = int(f)
	}
	if z < 0 || z > maxZoom {
		return 0, fmt.Errorf("%w: %s %q out of 0..%d", ErrBadMetadata, key, v, maxZoom)
	}
	return z, nil
}

func parseFloats(key, v string, min, max int) ([]float64, error) {
	parts := strings.Split(v, ",")
	if len(parts) < min || len(parts) > max {
		return nil, fmt.Errorf("%w: %s %q: want %d to %d comma-separated numbers", ErrBadMetadata, key, v, min, max)
	}
	out := make([]float64, len(parts))
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("%w: %s %q: %q is not a number", ErrBadMetadata, key, v, p)
		}
		out[i] = f
	}
	return out, nil
}

var (
	tagRE   = regexp.MustCompile(`<[^>]*>`)
	spaceRE = regexp.MustCompile(`\s+`)
)

// plainText removes HTML tags and decodes entities: MBTiles attributions
// are often links, the map shows text.
func plainText(s string) string {
	s = tagRE.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	return strings.TrimSpace(spaceRE.ReplaceAllString(s, " "))
}
