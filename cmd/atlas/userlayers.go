package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/geo/overlay"
)

// addFlag is -add: the user's own layer files, in the order given.
type addFlag []string

func (a *addFlag) String() string { return strings.Join(*a, ", ") }

// Set adds one file; the flag may be given again for more.
func (a *addFlag) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return errors.New("want a file name")
	}
	*a = append(*a, v)
	return nil
}

// errUnreadableLayer is returned when an -add file cannot be drawn; its
// problems have been printed.
var errUnreadableLayer = errors.New("a user layer cannot be drawn")

// parseDateOrder reads -dates: dmy (day first), mdy (month first), or ""
// for dates the file itself must settle.
func parseDateOrder(s string) (userlayer.DateOrder, error) {
	switch strings.ToLower(s) {
	case "":
		return userlayer.DateOrderUnknown, nil
	case "dmy":
		return userlayer.DayFirst, nil
	case "mdy":
		return userlayer.MonthFirst, nil
	}
	return 0, fmt.Errorf("-dates %q: want dmy or mdy", s)
}

// readAddedLayers reads the -add files in order, as the window would load
// them. Every problem of every file is printed to w as the importer words
// it (file, line, column), then errUnreadableLayer is returned: nothing is
// drawn from files that do not load.
func readAddedLayers(ctx context.Context, paths []string, order userlayer.DateOrder, w io.Writer) ([]*userlayer.Layer, error) {
	var out []*userlayer.Layer
	failed := false
	for _, p := range paths {
		l, err := userlayer.ReadFile(ctx, p, userlayer.Options{DateOrder: order})
		if err != nil {
			failed = true
			if !printImportError(w, p, err) {
				fmt.Fprintf(w, "atlas export: -add %s: %v\n", p, err)
			}
			continue
		}
		for _, warn := range l.Warnings {
			warn.File = p
			fmt.Fprintln(w, warn)
		}
		out = append(out, l)
	}
	if failed {
		return nil, errUnreadableLayer
	}
	return out, nil
}

// printImportError prints an import's problems to w, one a line, each
// naming path, and reports whether err was such a report.
func printImportError(w io.Writer, path string, err error) bool {
	var ie *userlayer.ImportError
	if !errors.As(err, &ie) {
		return false
	}
	for _, p := range ie.Problems {
		p.File = path
		fmt.Fprintln(w, p)
	}
	if ie.More > 0 {
		fmt.Fprintf(w, "%s: ... and %d more problems\n", path, ie.More)
	}
	return true
}

// checkUserSelection checks a -select of a user feature (user:L:F)
// against the user layers drawn; an atlas id passes.
func checkUserSelection(id string, layers []*userlayer.Layer) error {
	li, fi, ok := userlayer.ParseFeatureID(id)
	switch {
	case !ok:
		return nil
	case li >= len(layers):
		return fmt.Errorf("-select %s: there are %d user layers (from 0: user:0:F is the first -add file's feature F)", id, len(layers))
	case fi >= len(layers[li].Features):
		return fmt.Errorf("-select %s: %s has %d features (user:%d:0 to user:%d:%d)", id, layers[li].File, len(layers[li].Features), li, li, len(layers[li].Features)-1)
	}
	return nil
}

// userSet is the atlas's layers with the user's over them.
func userSet(ds *data.Dataset, layers []*userlayer.Layer) (*overlay.Set, error) {
	set, err := overlay.New(ds)
	if err != nil {
		return nil, err
	}
	if len(layers) == 0 {
		return set, nil
	}
	if set, err = set.WithUsers(layers); err != nil {
		return nil, fmt.Errorf("-add: %w", err)
	}
	return set, nil
}

// layerCount says how many user layers an export drew, for its summary.
func layerCount(n int) string {
	switch n {
	case 0:
		return ""
	case 1:
		return ", 1 user layer"
	}
	return fmt.Sprintf(", %d user layers", n)
}
