package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/internal/report"
	"github.com/perutraffickingatlas/atlas/internal/safefile"
)

// runValidate implements "atlas validate [FILE|DIR]": with no argument it
// checks the embedded atlas data; with one it checks a .geojson file or a
// directory of them against the embedded bibliography (or the directory's
// own sources.json). It prints "ok: N features in M files" and returns 0, or
// prints every problem as "FILE: feature ID: problem" and returns 1; bad
// usage returns 2.
func runValidate(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("validate", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: atlas validate [flags] [FILE|DIR]")
		fmt.Fprintln(stderr, "Checks atlas GeoJSON data: the embedded data with no argument, else a .geojson file")
		fmt.Fprintln(stderr, "or a directory of them (with its own sources.json, or the embedded bibliography).")
		fmt.Fprintln(stderr, "A user's layer (FILE.csv, .kml, .kmz, or a .geojson that is not atlas data) is checked")
		fmt.Fprintln(stderr, "as the window would load it: helpful warnings, the atlas's rules only with -citations, -spanish.")
		fl.PrintDefaults()
	}
	user := addUserLayerFlags(fl)
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() > 1 {
		fl.Usage()
		return 2
	}
	if fl.NArg() == 1 && isUserLayer(fl.Arg(0), user) {
		return validateUserLayer(fl.Arg(0), user, stdout, stderr)
	}
	base, err := data.Embedded()
	if err != nil {
		fmt.Fprintln(stderr, "atlas validate:", err)
		return 1
	}
	var (
		fsys   fs.FS
		name   string
		prefix string
	)
	if fl.NArg() == 0 {
		fsys, name, prefix = data.EmbeddedFS(), ".", "embedded:"
		base = nil // the embedded data stands on its own
	} else {
		arg := fl.Arg(0)
		info, err := os.Stat(arg)
		if err != nil {
			fmt.Fprintln(stderr, "atlas validate:", err)
			return 1
		}
		if info.IsDir() {
			fsys, name = safefile.DirFS(arg), "."
			prefix = filepath.Clean(arg) + string(filepath.Separator)
		} else {
			fsys, name = safefile.DirFS(filepath.Dir(arg)), filepath.Base(arg)
			prefix = strings.TrimSuffix(arg, name) // the directory as the user wrote it
		}
	}
	rep, err := data.ValidateFS(fsys, name, base, data.Options{})
	if err != nil {
		fmt.Fprintln(stderr, "atlas validate:", err)
		return 1
	}
	if rep.OK() {
		fmt.Fprintf(stdout, "ok: %d features in %d files (atlas list prints their ids and names)\n", rep.Features, rep.Files)
		return 0
	}
	lines := make([]string, len(rep.Problems))
	for i, p := range rep.Problems {
		p.File = prefix + filepath.FromSlash(p.File)
		lines[i] = p.String()
	}
	fmt.Fprintln(stdout, report.Join(lines))
	fmt.Fprintf(stderr, "atlas validate: %d problems in %d files (%d features)\n", len(rep.Problems), rep.Files, rep.Features)
	return 1
}
