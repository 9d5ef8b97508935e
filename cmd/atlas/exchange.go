package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo/exchange"
	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
	"github.com/perutraffickingatlas/atlas/internal/safefile"
)

// isDataExport reports whether -o names a data file (.kml, .geojson)
// rather than an image: `atlas export -o atlas.kml` writes the atlas for
// Google Earth, `-o atlas.geojson` for any GIS.
func isDataExport(out string) bool {
	_, err := exchange.FormatOf(out)
	return err == nil
}

// layerList is -layers as layers: none is an empty list, not all.
func (e exportFlags) layerList() ([]data.Layer, error) {
	if e.layers == "none" {
		return []data.Layer{}, nil
	}
	return data.ParseLayers(e.layers)
}

// exportData writes the atlas as KML or GeoJSON with -year (0: every
// year, for the file's own time slider), -layers, -select and -lang;
// the image flags do not apply. It writes atomically, stops when ctx is
// cancelled, and replaces a file only with -force.
func exportData(ctx context.Context, e exportFlags, stdout io.Writer) error {
	format, err := exchange.FormatOf(e.out)
	if err != nil {
		return err
	}
	ds, err := data.Embedded()
	if err != nil {
		return fmt.Errorf("atlas data: %w", err)
	}
	layers, err := e.layerList()
	if err != nil {
		return err
	}
	opt := exchange.Options{Year: e.year, Layers: layers, Select: e.sel, Lang: e.lang,
		Generator: "Peru Trafficking Atlas " + version}
	feats, err := exchange.Features(ds, opt)
	if err != nil {
		return err
	}
	// A file there is replaced only with -force, and only a regular one.
	if err := atomicfile.CheckTarget(e.out, !e.force); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			return fmt.Errorf("write %s: the file exists (use -force to replace it)", e.out)
		}
		return fmt.Errorf("write %s: %w", e.out, err)
	}
	write := atomicfile.Create
	if e.force {
		write = atomicfile.Replace
	}
	if err := write(ctx, e.out, 0o644, func(w io.Writer) error { return exchange.Write(w, format, ds, opt) }); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			return fmt.Errorf("write %s: a file appeared there meanwhile; not replaced (use -force to replace it)", e.out)
		}
		return fmt.Errorf("write %s: %w", e.out, err)
	}
	what := "GeoJSON (RFC 7946)"
	if format == exchange.FormatKML {
		what = "KML 2.2"
		if e.year == 0 {
			what += " with a time slider"
		}
	}
	fmt.Fprintf(stdout, "wrote %s (%d features, %d sources, %s)\n", e.out, len(feats), len(exchange.CitedSources(ds, feats)), what)
	return nil
}

// userLayerFlags are the flags `atlas validate` takes for a user's file.
type userLayerFlags struct {
	citations bool
	spanish   bool
	dates     string
	layer     bool
}

// addUserLayerFlags registers the user-layer flags on fl.
func addUserLayerFlags(fl *flag.FlagSet) *userLayerFlags {
	u := &userLayerFlags{}
	fl.BoolVar(&u.citations, "citations", false, "for a user's layer: require the atlas's rule, every feature citing a known source with a locator")
	fl.BoolVar(&u.spanish, "spanish", false, "for a user's layer: require the atlas's rule, a Spanish name (name_es) on every feature")
	fl.StringVar(&u.dates, "dates", "", "for a user's layer: read dates such as 03/04/2015 as `dmy` (day first) or mdy (month first) when the file does not settle it")
	fl.BoolVar(&u.layer, "layer", false, "check a .geojson FILE as a user's layer even when it looks like atlas data")
	return u
}

// isUserLayer reports whether `atlas validate` should check path as a
// user's layer: a .csv, .kml or .kmz file, or a .geojson or .json file
// (a directory never is) that is not atlas data (features with an atlas
// layer and a period, as data.Parse reads them), or any such file with
// -layer.
func isUserLayer(path string, u *userLayerFlags) bool {
	format, err := userlayer.FormatOf(path)
	if err != nil {
		return false
	}
	if fi, err := os.Stat(path); err != nil || fi.IsDir() {
		return false
	}
	if format != userlayer.FormatGeoJSON || u.layer {
		return true
	}
	return !looksLikeAtlasData(path)
}

// looksLikeAtlasData reports whether a .geojson file parses as atlas
// features, every one with a known layer.
func looksLikeAtlasData(path string) bool {
	f, err := safefile.Open(path) // a FIFO or device is never waited on
	if err != nil {
		return false
	}
	defer f.Close()
	fs, err := data.Parse(io.LimitReader(f, userlayer.DefaultLimits().Bytes), filepath.Base(path))
	if err != nil || len(fs) == 0 {
		return false
	}
	for _, ft := range fs {
		if !ft.Layer.Known() {
			return false
		}
	}
	return true
}

// validateUserLayer imports a user's file and validates it: every import
// problem, or the validation's warnings and (when asked) errors, one a
// line; "ok: N features in FILE" when nothing is an error.
func validateUserLayer(path string, u *userLayerFlags, stdout, stderr io.Writer) int {
	order, err := parseDateOrder(u.dates)
	if err != nil {
		fmt.Fprintln(stderr, "atlas validate:", err)
		return 2
	}
	l, err := userlayer.ReadFile(context.Background(), path, userlayer.Options{DateOrder: order})
	switch {
	case err != nil && printImportError(stdout, path, err):
		fmt.Fprintf(stderr, "atlas validate: %s cannot be loaded: fix the problems above\n", path)
		return 1
	case err != nil:
		fmt.Fprintln(stderr, "atlas validate:", err)
		return 1
	}
	vopt := userlayer.ValidateOptions{Citations: u.citations, Spanish: u.spanish}
	if u.citations {
		ds, err := data.Embedded()
		if err != nil {
			fmt.Fprintln(stderr, "atlas validate:", err)
			return 1
		}
		vopt.Sources, vopt.LastYear = ds.Sources, ds.LatestYear()
	}
	rep := l.Validate(vopt)
	for _, p := range append(l.Warnings, rep.Problems...) {
		p.File = path
		fmt.Fprintln(stdout, p)
	}
	if rep.More > 0 {
		fmt.Fprintf(stdout, "%s: ... and %d more problems\n", path, rep.More)
	}
	if !rep.OK() {
		fmt.Fprintf(stderr, "atlas validate: %s breaks the rules asked for\n", path)
		return 1
	}
	fmt.Fprintf(stdout, "ok: %d features in %s (user layer %q)\n", len(l.Features), path, l.Name)
	return 0
}
