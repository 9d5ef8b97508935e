package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/perutraffickingatlas/atlas/data"
)

// runList implements "atlas list [-layers LIST] [-lang en|es]": every
// feature of the embedded data, one a line, as its id (what -select
// takes), layer, years and name, in legend order. It returns 0, or 2 for
// bad usage.
func runList(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("list", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: atlas list [-layers LIST] [-lang en|es]")
		fmt.Fprintln(stderr, "Lists the atlas's features: the id that -select takes, the layer, the years and the name.")
		fl.PrintDefaults()
	}
	layers := fl.String("layers", "all", "only these layer groups or layers, comma-separated: "+groupList())
	lang := fl.String("lang", data.LangEN, "language of the names: en or es")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "atlas list: unexpected argument %q\n", fl.Arg(0))
		fl.Usage()
		return 2
	}
	if *lang != data.LangEN && *lang != data.LangES {
		fmt.Fprintf(stderr, "atlas list: -lang %q: want en or es\n", *lang)
		return 2
	}
	want, err := data.ParseLayers(*layers)
	if err != nil {
		fmt.Fprintf(stderr, "atlas list: -layers: %v\n", err)
		return 2
	}
	ds, err := data.Embedded()
	if err != nil {
		fmt.Fprintln(stderr, "atlas list:", err)
		return 1
	}
	tw := tabwriter.NewWriter(stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLAYER\tYEARS\tNAME")
	for _, l := range want {
		for _, f := range ds.Layer(l) {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", f.ID, f.Layer, f.Period.StringIn(*lang), f.NameIn(*lang))
		}
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintln(stderr, "atlas list:", err)
		return 1
	}
	return 0
}

// groupList names the layer groups for a usage line.
func groupList() string {
	s := ""
	for i, g := range data.GroupNames() {
		if i > 0 {
			s += ", "
		}
		s += g
	}
	return s
}
