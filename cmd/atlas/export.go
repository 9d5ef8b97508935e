package main

import (
	"context"
	"slices"
	"syscall"

	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
)

// exportFlags are the flags of `atlas export`.
type exportFlags struct {
	out           string
	preset        render.Preset
	presetName    string
	width, height int
	center        string
	zoom          float64
	scale         int
	cacheDir      string
	force         bool
	allowGaps     bool
	allowBulk     bool
	basemap       string
	year          int
	layers        string
	sel           string
	title         string
	subtitle      string
	annotations   string
	lesson        string
	lang          string
	motion        motionFlags // -animate, -compare, a lesson's GIF, MP4 or handout: see animate.go
	add           addFlag     // the user's own layer files (see userlayers.go)
	dates         string
	dateOrder     userlayer.DateOrder
	users         []*userlayer.Layer // read from add by runExport, before anything is drawn
}

func parseExportFlags(args []string, stderr io.Writer) (exportFlags, error) {
	var e exportFlags
	fs := flag.NewFlagSet("atlas export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: atlas export -o FILE.png|FILE.pdf [flags]\n\n"+
			"Writes the map with title, legend, scale bar, north arrow, inset and sources, headless\n"+
			"(no window, no display, no network unless -basemap names an online source).\n"+
			"The format follows the extension: .png, or .pdf on the preset's page.\n\nFlags:\n")
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nThe -annotations file is JSON; see docs/export.md:\n"+
			"  {\"version\": 1, \"annotations\": [{\"kind\": \"text\", \"at\": [-77.03, -12.05], \"text\": \"Lima\"}]}\n")
	}
	fs.StringVar(&e.out, "o", "", "output `FILE` (.png or .pdf)")
	fs.StringVar(&e.presetName, "preset", "", "output size `NAME`: "+strings.Join(render.PresetNames(), ", ")+" (slide 1920x1080, 4k 3840x2160, A4 at 300 dpi); default: -width x -height")
	fs.IntVar(&e.width, "width", 1600, "image width in `pixels` (without -preset)")
	fs.IntVar(&e.height, "height", 1200, "image height in `pixels` (without -preset)")
	fs.StringVar(&e.center, "center", "", "centre on `LAT,LON`; default: all of Peru")
	fs.Float64Var(&e.zoom, "zoom", 0, "zoom level `Z` (4 to 12, as in the window; fractions allowed); default: fit the -select feature, else all of Peru")
	fs.IntVar(&e.scale, "scale", 0, "pixel density `N` (1 to 3; 2 draws lines, symbols and type twice as large); default: the preset's (slide 1, 4k 2, A4 3), else 2 when the image is wider than 2500 px")
	fs.StringVar(&e.cacheDir, "cache", "", "tile cache `DIR`; default: the user cache directory")
	fs.BoolVar(&e.force, "force", false, "replace the output file if it exists")
	fs.BoolVar(&e.allowGaps, "allow-gaps", false, "write the image even if some basemap tiles are missing")
	fs.BoolVar(&e.allowBulk, "allow-bulk", false, fmt.Sprintf("let one export ask an online -basemap for more than %d tiles (only your own tile server: public ones forbid bulk downloads)", tiles.MaxOnlineTiles))
	fs.IntVar(&e.year, "year", 0, "show the atlas in year `Y`; default: the latest year in the data")
	fs.StringVar(&e.layers, "layers", "all", "comma-separated layer `LIST` from coca, sendero, airstrips, ports, routes, events (or all, or none)")
	fs.StringVar(&e.sel, "select", "", "highlight feature `ID` as the window does")
	fs.StringVar(&e.basemap, "basemap", catalog.Embedded, "basemap `SPEC`: embedded, osm, opentopomap, esri, an http(s) URL template with {z}, {x} and {y}, or FILE.mbtiles")
	fs.StringVar(&e.title, "title", "", "map `TITLE`; default: \"Peru: trafficking routes and Shining Path areas, YEAR\"")
	fs.StringVar(&e.subtitle, "subtitle", "", "line under the title; default: the year and how many articles are cited")
	fs.StringVar(&e.annotations, "annotations", "", "draw the labels, arrows and circles of `FILE.json` (format in docs/export.md)")
	fs.StringVar(&e.lesson, "lesson", "", "export every scene of the lesson `FILE.json` as numbered PNGs into the directory -o (slide size unless -preset or -width/-height); with -o FILE.gif or FILE.mp4 as an animation, with -o FILE.pdf as a printed handout")
	e.motion.register(fs, stderr)
	fs.StringVar(&e.lang, "lang", "en", "`LANGUAGE` of the map's names, legend, title and footer (and a lesson's captions): en or es")
	fs.Var(&e.add, "add", "draw your own layer `FILE` (.csv, .geojson, .json, .kml, .kmz) over the atlas, named in the legend and credited in the footer as yours; repeat for more (after a lesson's own); -select user:L:F selects feature F of the L-th, from 0")
	fs.StringVar(&e.dates, "dates", "", "read an -add file's dates such as 03/04/2015 as `dmy` (day first) or mdy (month first) when the file does not settle it")
	if err := fs.Parse(args); err != nil {
		return e, err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var problems []string
	if fs.NArg() > 0 {
		problems = append(problems, fmt.Sprintf("unexpected argument %q", fs.Arg(0)))
	}
	switch {
	case e.out == "":
		problems = append(problems, "-o FILE is required (a directory with -lesson)")
	case e.motion.wanted(e):
		problems = append(problems, motionFlagProblems(&e, set)...)
	case e.lesson != "":
		problems = append(problems, lessonFlagProblems(set)...)
		if !set["preset"] && !set["width"] && !set["height"] {
			e.presetName = "slide"
		}
	case isDataExport(e.out): // .kml or .geojson: see exchange.go
		if len(e.add) > 0 {
			problems = append(problems, "-add: a .kml or .geojson export holds the atlas's sourced data only; open your own file beside it in Google Earth or the GIS")
		}
		if _, _, ok := userlayer.ParseFeatureID(e.sel); ok {
			problems = append(problems, fmt.Sprintf("-select %s: a data export holds no user feature", e.sel))
		}
	default:
		if _, err := render.FormatOf(e.out); err != nil {
			problems = append(problems, fmt.Sprintf("-o %s: only .png and .pdf are supported (.kml and .geojson export the data)", e.out))
		}
	}
	if order, err := parseDateOrder(e.dates); err != nil {
		problems = append(problems, err.Error())
	} else {
		e.dateOrder = order
	}
	if len(e.add) > overlay.MaxUserLayers {
		problems = append(problems, fmt.Sprintf("-add: %d files, at most %d", len(e.add), overlay.MaxUserLayers))
	}
	if _, _, ok := userlayer.ParseFeatureID(e.sel); ok && len(e.add) == 0 && e.lesson == "" {
		problems = append(problems, fmt.Sprintf("-select %s: a user feature, but no -add file", e.sel))
	}
	if !slices.Contains(data.Languages(), e.lang) {
		problems = append(problems, fmt.Sprintf("-lang %q: want en or es", e.lang))
	}
	if e.presetName != "" {
		p, err := render.PresetByName(e.presetName)
		switch {
		case err != nil:
			problems = append(problems, fmt.Sprintf("-preset %q: want one of %s", e.presetName, strings.Join(render.PresetNames(), ", ")))
		case set["width"] || set["height"]:
			problems = append(problems, fmt.Sprintf("-preset %s sets the size: drop -width/-height, or drop -preset for a custom size", e.presetName))
		default:
			e.preset = p
			e.width, e.height = p.Width, p.Height
		}
	}
	if err := render.CheckSize(e.width, e.height); err != nil {
		problems = append(problems, "-width/-height: "+err.Error())
	}
	lim := geo.PeruLimits()
	if e.zoom != 0 && !(e.zoom >= lim.MinZoom && e.zoom <= lim.MaxZoom) { // NaN fails too
		problems = append(problems, fmt.Sprintf("-zoom %v: must be %v to %v", e.zoom, lim.MinZoom, lim.MaxZoom))
	}
	if e.scale < 0 || e.scale > 3 {
		problems = append(problems, fmt.Sprintf("-scale %d: must be 1, 2 or 3", e.scale))
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
		if _, err := data.ParseLayers(e.layers); err != nil {
			problems = append(problems, "-layers: "+err.Error())
		}
	}
	if len([]rune(e.title)) > 200 || len([]rune(e.subtitle)) > 300 {
		problems = append(problems, "-title/-subtitle: too long (at most 200 and 300 characters)")
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(stderr, "atlas export:", p)
		}
		fs.Usage()
		return e, errUsage
	}
	if e.preset.Name == "" {
		e.preset = render.CustomPreset(e.width, e.height)
	}
	if e.scale != 0 {
		e.preset.Scale = float64(e.scale)
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
	// Ctrl-C, kill, timeout and systemd stop the export; no temp file stays.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The user's files are read first: one that cannot be drawn stops the
	// export before anything is, as bad flags do.
	if e.users, err = readAddedLayers(ctx, e.add, e.dateOrder, stderr); err != nil {
		fmt.Fprintln(stderr, "atlas export: nothing was drawn: fix the problems above (atlas validate FILE checks a file alone)")
		return 2
	}
	if e.lesson == "" {
		if err := checkUserSelection(e.sel, e.users); err != nil {
			fmt.Fprintln(stderr, "atlas export:", err)
			return 2
		}
	}
	if err := export(ctx, e, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "atlas export:", err)
		return 1
	}
	return 0
}

func export(ctx context.Context, e exportFlags, stdout, stderr io.Writer) error {
	if e.motion.wanted(e) {
		return exportMotion(ctx, e, stdout)
	}
	if e.lesson != "" {
		return exportLesson(ctx, e, stdout, stderr)
	}
	if isDataExport(e.out) {
		return exportData(ctx, e, stdout)
	}
	v, b, done, err := openExport(ctx, e)
	if err != nil {
		return err
	}
	defer done()
	progress := newTileProgress(stderr)
	b.Progress = progress.report
	scene := b.Scene(v, e.preset)
	res, err := render.WriteScene(ctx, scene, e.out, e.force)
	progress.finish()
	if err != nil {
		return explainRenderError(err, e.basemap)
	}
	fmt.Fprintf(stdout, "wrote %s (%dx%d, zoom %s%s", e.out, e.width, e.height, zoomText(res.Zoom), layerCount(len(e.users)))
	if len(res.Missing) > 0 {
		fmt.Fprintf(stdout, ", %d basemap tiles missing", len(res.Missing))
	}
	fmt.Fprintln(stdout, ")")
	return nil
}

// zoomText prints a zoom with at most two decimals.
func zoomText(z float64) string {
	return strconv.FormatFloat(math.Round(z*100)/100, 'f', -1, 64)
}
