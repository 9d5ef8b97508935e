package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/paulmach/orb"

	_ "github.com/perutraffickingatlas/atlas/cmd/atlas/internal/posixlocale" // before fyne's lang: no locale error under LANG=C.UTF-8
	"github.com/perutraffickingatlas/atlas/geo/tiles"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/ui"
)

// version is the app version; FyneApp.toml carries the same number (a test
// keeps them in step).
const version = "0.1.0"

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand or the GUI and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return runExport(args[1:], stdout, stderr)
		case "validate":
			return runValidate(args[1:], stdout, stderr)
		case "list":
			return runList(args[1:], stdout, stderr)
		case "version":
			fmt.Fprintln(stdout, "atlas", version)
			return 0
		}
	}
	return runGUI(args, stdout, stderr)
}

// guiFlags are the flags of the window mode.
type guiFlags struct {
	version bool
	center  orb.Point
	zoom    float64
	year    int
	sel     string
	present bool
	lesson  string
}

func parseGUIFlags(args []string, stderr io.Writer) (guiFlags, error) {
	var g guiFlags
	fs := flag.NewFlagSet("atlas", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage:\n  atlas [-center LAT,LON -zoom Z]   open the map window\n"+
			"  atlas export -o FILE.png [flags]  write a map image (atlas export -h)\n"+
			"  atlas validate [FILE|DIR]         check the atlas data\n"+
			"  atlas list [-lang es]             the features: the ids -select takes, layers, years, names\n"+
			"  atlas -version\n\nFlags:\n")
		fs.PrintDefaults()
	}
	fs.BoolVar(&g.version, "version", false, "print the version and exit")
	center := fs.String("center", "", "open centred on `LAT,LON` (decimal degrees, south and west negative)")
	fs.Float64Var(&g.zoom, "zoom", 0, "open at zoom `Z` (4 to 12); default: the last view, or all of Peru")
	fs.IntVar(&g.year, "year", 0, "open on year `Y` (1980 to the latest year in the data)")
	fs.StringVar(&g.lesson, "lesson", "", "open the lesson `FILE` (JSON) on its first scene")
	fs.BoolVar(&g.present, "present", false, "open full screen in presentation mode (F11 toggles it)")
	fs.StringVar(&g.sel, "select", "", "open with feature `ID` selected (atlas list prints the ids)")
	if err := fs.Parse(args); err != nil {
		return g, err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "atlas: unknown command %q\n", fs.Arg(0))
		fs.Usage()
		return g, errUsage
	}
	if err := checkYearAndSelection(g.year, g.sel); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return g, errUsage
	}
	if *center != "" {
		p, err := parseLatLon(*center)
		if err != nil {
			fmt.Fprintf(stderr, "atlas: -center: %v\n", err)
			return g, errUsage
		}
		g.center = p
		if g.zoom == 0 {
			g.zoom = 8
		}
	}
	return g, nil
}

// errUsage marks a command line that was wrong; the usage was printed.
var errUsage = errors.New("atlas: usage")

func runGUI(args []string, stdout, stderr io.Writer) int {
	started := time.Now()
	g, err := parseGUIFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if g.version {
		fmt.Fprintln(stdout, "atlas", version)
		return 0
	}
	opts := ui.Options{Version: version, NewBasemap: newEmbedded, Center: g.center, Zoom: g.zoom, Year: g.year, Select: g.sel, Started: started, Present: g.present, Lesson: g.lesson}
	if os.Getenv("ATLAS_STARTUP_REPORT") != "" {
		opts.StartupReport = func(d time.Duration) {
			fmt.Fprintf(stderr, "atlas: first full map on screen %d ms after start\n", d.Milliseconds())
		}
	}
	err = ui.Run(opts)
	switch {
	case errors.Is(err, ui.ErrNoDisplay):
		fmt.Fprintf(stderr, "atlas: %v; atlas export, list and validate work without one\n", err)
		return 1
	case err != nil:
		fmt.Fprintln(stderr, "atlas:", err)
		return 1
	}
	return 0
}

// newEmbedded makes the embedded basemap for a pixel density.
func newEmbedded(scale int) (tiles.Source, error) {
	return embedded.New(embedded.WithScale(float64(scale))), nil
}

// parseLatLon reads "LAT,LON" in decimal degrees.
func parseLatLon(s string) (orb.Point, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 2 {
		return orb.Point{}, fmt.Errorf("%q is not LAT,LON", s)
	}
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(parts[0]), 64)
	lon, err2 := strconv.ParseFloat(strings.TrimSpace(parts[1]), 64)
	if err1 != nil || err2 != nil {
		return orb.Point{}, fmt.Errorf("%q is not two decimal numbers LAT,LON", s)
	}
	if !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) { // NaN fails too; ±Inf is out of range
		return orb.Point{}, fmt.Errorf("%q is not a place: want latitude -90..90 and longitude -180..180", s)
	}
	return orb.Point{lon, lat}, nil
}
