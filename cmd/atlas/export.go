package main

import (
	"context"

	"errors"
	"flag"
	"fmt"
	sm "github.com/flopp/go-staticmaps"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
)

// exportFlags are the flags of `atlas export`.
type exportFlags struct {
	out           string
	width, height int
	center        string
	zoom          int
	scale         int
	cacheDir      string
	force         bool
	allowGaps     bool
	basemap       string
	year          int
	layers        string
	sel           string
}

func parseExportFlags(args []string, stderr io.Writer) (exportFlags, error) {
	var e exportFlags
	fs := flag.NewFlagSet("atlas export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: atlas export -o FILE.png [flags]\n\nWrites the map as an image, headless (no window, no display, no network).\n\nFlags:\n")
		fs.PrintDefaults()
	}
	fs.StringVar(&e.out, "o", "", "output `FILE` (.png)")
	fs.IntVar(&e.width, "width", 1600, "image width in `pixels`")
	fs.IntVar(&e.height, "height", 1200, "image height in `pixels`")
	fs.StringVar(&e.center, "center", "", "centre on `LAT,LON`; default: all of Peru")
	fs.IntVar(&e.zoom, "zoom", 0, "whole zoom level `Z` (4 to 12); default: fit all of Peru")
	fs.IntVar(&e.scale, "scale", 0, "pixel density `N` (1 or 2; 2 draws 512 px tiles with larger type); default: 2 when the image is wider than 2500 px")
	fs.StringVar(&e.cacheDir, "cache", "", "tile cache `DIR`; default: the user cache directory")
	fs.BoolVar(&e.force, "force", false, "replace the output file if it exists")
	fs.BoolVar(&e.allowGaps, "allow-gaps", false, "write the image even if some basemap tiles are missing")
	fs.IntVar(&e.year, "year", 0, "show the atlas in year `Y`; default: the latest year in the data")
	fs.StringVar(&e.layers, "layers", "all", "comma-separated layer `LIST` from coca, sendero, airstrips, ports, routes, events (or all, or none)")
	fs.StringVar(&e.sel, "select", "", "highlight feature `ID` as the window does")
	fs.StringVar(&e.basemap, "basemap", catalog.Embedded, "basemap `SPEC`: embedded, osm, opentopomap, esri, an http(s) URL template with {z}, {x} and {y}, or FILE.mbtiles")
	if err := fs.Parse(args); err != nil {
		return e, err
	}
	var problems []string
	if fs.NArg() > 0 {
		problems = append(problems, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	if e.out == "" {
		problems = append(problems, "-o FILE is required")
	} else if ext := strings.ToLower(filepath.Ext(e.out)); ext != ".png" {
		problems = append(problems, fmt.Sprintf("-o %s: only .png is supported", e.out))
	}
	if e.width < 64 || e.height < 64 || e.width > 10000 || e.height > 10000 {
		problems = append(problems, fmt.Sprintf("-width/-height %dx%d: each must be 64 to 10000", e.width, e.height))
	}
	lim := geo.PeruLimits()
	if e.zoom != 0 && (float64(e.zoom) < lim.MinZoom || float64(e.zoom) > lim.MaxZoom) {
		problems = append(problems, fmt.Sprintf("-zoom %d: must be %v to %v", e.zoom, lim.MinZoom, lim.MaxZoom))
	}
	if e.scale < 0 || e.scale > 2 {
		problems = append(problems, fmt.Sprintf("-scale %d: must be 1 or 2", e.scale))
	}
	if e.center != "" {
		if _, err := parseLatLon(e.center); err != nil {
			problems = append(problems, "-center: "+err.Error())
		}
	}
	if err := checkYearAndSelection(e.year, e.sel); err != nil {
		problems = append(problems, err.Error())
	}
	if e.layers != "none" {
		if _, err := overlay.ParseLayers(e.layers); err != nil {
			problems = append(problems, "-layers: "+err.Error())
		}
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(stderr, "atlas export:", p)
		}
		fs.Usage()
		return e, errUsage
	}
	if e.scale == 0 {
		e.scale = 1
		if e.width > 2500 || e.height > 2500 {
			e.scale = 2
		}
	}
	return e, nil
}

func runExport(args []string, stdout, stderr io.Writer) int {
	e, err := parseExportFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := export(ctx, e, stdout); err != nil {
		fmt.Fprintln(stderr, "atlas export:", err)
		return 1
	}
	return 0
}

func export(ctx context.Context, e exportFlags, stdout io.Writer) error {
	dir, err := tileCacheDir(e.cacheDir)
	if err != nil {
		return err
	}
	src, err := catalog.Open(ctx, e.basemap, catalog.Options{Version: version, Scale: float64(e.scale), CacheRoot: dir})
	if err != nil {
		return err
	}
	defer src.Close()
	info := src.Info()
	if info.TileSize != 256*e.scale && e.scale > 1 {
		// Online and MBTiles sources have one tile size; draw them at it.
		e.scale = max(1, info.TileSize/256)
	}
	frame := render.FitFrame(geo.PeruBound(), e.width, e.height, info.TileSize)
	if e.center != "" {
		frame.Center, _ = parseLatLon(e.center)
		if e.zoom == 0 {
			frame.Zoom = 8 - (e.scale - 1)
		}
	}
	if e.zoom != 0 {
		frame.Zoom = e.zoom - (e.scale - 1) // zoom is in 256 px units
	}
	fonts, err := render.NewFonts()
	if err != nil {
		return err
	}
	objects, err := overlayObjects(e, frame)
	if err != nil {
		return err
	}
	job := render.Export{Source: src, Dir: render.TileDir{Root: dir}, StoreName: render.StoreName(info, version),
		Frame: frame, AllowGaps: e.allowGaps, Objects: objects}
	img, missing, err := job.Render(ctx, fonts)
	if err != nil {
		if errors.Is(err, render.ErrMissingTiles) {
			return fmt.Errorf("%w\n(the basemap %q could not supply them; try again online, pick another -basemap, or pass -allow-gaps to write the image with holes)", err, e.basemap)
		}
		return err
	}
	if err := render.WriteFile(e.out, img, render.EncodePNG, e.force); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%dx%d, zoom %d", e.out, e.width, e.height, frame.Zoom+(e.scale-1))
	if len(missing) > 0 {
		fmt.Fprintf(stdout, ", %d basemap tiles missing", len(missing))
	}
	fmt.Fprintln(stdout, ")")
	return nil
}

// tileCacheDir is where exports materialize tiles: dir when given, else
// the user cache directory, else a directory under the system temp dir.
func tileCacheDir(dir string) (string, error) {
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			base = os.TempDir()
		}
		dir = filepath.Join(base, "peru-trafficking-atlas", "tiles")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("tile cache %s: %w", dir, err)
	}
	return dir, nil
}

// overlayObjects makes the atlas overlays for the export: the features of
// the chosen year and layers, with the selection highlighted, as
// go-staticmaps objects drawn by the same code as the window's overlay.
func overlayObjects(e exportFlags, f render.Frame) ([]sm.MapObject, error) {
	ds, err := data.Embedded()
	if err != nil {
		return nil, fmt.Errorf("atlas data: %w", err)
	}
	set, err := overlay.New(ds)
	if err != nil {
		return nil, err
	}
	layers := []data.Layer{}
	if e.layers != "none" {
		if layers, err = overlay.ParseLayers(e.layers); err != nil {
			return nil, err
		}
	}
	year := e.year
	if year == 0 {
		year = ds.LatestYear()
	}
	v := geo.View{Center: f.Center, Zoom: float64(f.Zoom), Width: float64(f.Width), Height: float64(f.Height)}
	return set.Objects(overlay.Options{Year: year, Layers: layers, Selected: e.sel, Scale: float64(e.scale), View: &v}), nil
}
