package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
	"github.com/perutraffickingatlas/atlas/data/textcheck"
)

func main() {
	specDir := flag.String("spec", "data/prep/atlas", "directory of features-*.json, outline.json and unplaced.json")
	outDir := flag.String("out", "data/atlas", "directory of sources.json and the generated layers")
	riverFile := flag.String("rivers", "", "read gmt river text from this file instead of running gmt")
	verbose := flag.Bool("v", false, "log river matching")
	flag.Parse()
	if err := run(*specDir, *outDir, *riverFile, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "atlasgen:", err)
		os.Exit(1)
	}
}

// specDir is everything read from the spec directory.
type specDir struct {
	outline   outline
	specs     []spec
	shapes    map[string]geomSpec
	unplaced  []unplaced
	checklist checklist
}

// loadSpecs reads outline.json, every features-*.json (in name order),
// shapes.json, unplaced.json and checklist.json of dir.
func loadSpecs(dir string) (*specDir, error) {
	sd := &specDir{}
	if err := readJSON(filepath.Join(dir, "outline.json"), &sd.outline); err != nil {
		return nil, err
	}
	names, err := filepath.Glob(filepath.Join(dir, "features-*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, n := range names {
		var s []spec
		if err := readJSON(n, &s); err != nil {
			return nil, err
		}
		sd.specs = append(sd.specs, s...)
	}
	if err := readJSON(filepath.Join(dir, "shapes.json"), &sd.shapes); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(dir, "unplaced.json"), &sd.unplaced); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(dir, "checklist.json"), &sd.checklist); err != nil {
		return nil, err
	}
	return sd, nil
}

func run(specPath, outDir, riverFile string, verbose bool) error {
	sd, err := loadSpecs(specPath)
	if err != nil {
		return err
	}
	ol, specs, shapes, skipped := sd.outline, sd.specs, sd.shapes, sd.unplaced
	var sources []data.Source
	if err := readJSON(filepath.Join(outDir, data.SourcesFile), &sources); err != nil {
		return err
	}
	gaz, err := gazetteer.Embedded()
	if err != nil {
		return err
	}
	b := &builder{shapes: shapes, gaz: gaz, rivers: sync.OnceValues(func() (*riverNet, error) {
		if riverFile != "" {
			f, err := os.Open(riverFile)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			return parseRivers(f)
		}
		r, err := runGMT()
		if err != nil {
			return nil, err
		}
		return parseRivers(r)
	}), log: func(format string, args ...any) {
		if verbose {
			fmt.Fprintf(os.Stderr, format+"\n", args...)
		}
	}}
	ds := &data.Dataset{Sources: sources}
	for _, s := range specs {
		f, err := b.feature(s, ol)
		if err != nil {
			return fmt.Errorf("feature %s: %w", s.ID, err)
		}
		f.File = string(s.Layer) + data.FeatureExt
		ds.Features = append(ds.Features, f)
	}
	idx, err := textcheck.Embedded()
	if err != nil {
		return err
	}
	var probs []string
	for _, p := range ds.Validate(data.Options{}) {
		probs = append(probs, p.String())
	}
	probs = append(probs, hedgeProblems(specs, ol, idx)...)
	probs = append(probs, coverageProblems(specs, skipped, sd.checklist)...)
	if len(probs) > 0 {
		for _, p := range probs {
			fmt.Fprintln(os.Stderr, p)
		}
		return fmt.Errorf("%d problems; nothing written", len(probs))
	}
	for _, l := range data.Layers() {
		fs := ds.Layer(l)
		if len(fs) == 0 {
			continue
		}
		out, err := data.MarshalCollection(string(l), fs)
		if err != nil {
			return err
		}
		if err := writeFile(filepath.Join(outDir, string(l)+data.FeatureExt), out); err != nil {
			return err
		}
	}
	if err := writeFile(filepath.Join(outDir, "coverage.md"), coverage(specs, skipped, sd.checklist)); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "atlasgen: wrote %d features in %d layers to %s\n", len(ds.Features), len(data.Layers()), outDir)
	return nil
}

func (b *builder) feature(s spec, ol outline) (data.Feature, error) {
	f, err := properties(s, ol)
	if err != nil {
		return f, err
	}
	g, err := b.geometry(s.Geom, &f.GeoNames)
	if err != nil {
		return f, err
	}
	f.Geometry = g
	return f, nil
}

// properties builds everything of a feature but its geometry and GeoNames
// ids: texts, period, figures, and citations turned into locators.
func properties(s spec, ol outline) (data.Feature, error) {
	f := data.Feature{ID: s.ID, Layer: s.Layer, Name: s.Name, NameES: s.NameES, Kind: s.Kind,
		Status: s.Status, Faction: s.Faction, Mode: s.Mode, ModeAssumed: s.ModeAssumed,
		Destination: s.Destination, DestinationES: s.DestinationES, Period: s.Period, Summary: s.Summary, SummaryES: s.SummaryES,
		Figures: s.Figures, Precision: s.Precision, PlaceInferred: s.PlaceInferred, Related: s.Related}
	var err error
	if f.Citations, err = ol.citations(s.Cite); err != nil {
		return f, err
	}
	for i, cs := range s.Claims {
		c := data.Claim{Text: cs.Text, TextES: cs.TextES, Certainty: cs.Certainty}
		if c.Citations, err = ol.citations(cs.Cite); err != nil {
			return f, fmt.Errorf("claim #%d: %w", i+1, err)
		}
		f.Claims = append(f.Claims, c)
	}
	for _, cs := range s.Conflicts {
		c := data.Conflict{Topic: cs.Topic, TopicES: cs.TopicES, Severity: cs.Severity}
		for _, v := range cs.Versions {
			ver := data.Version{Claim: v.Claim, ClaimES: v.ClaimES, Certainty: v.Certainty}
			if ver.Citations, err = ol.citations(v.Cite); err != nil {
				return f, fmt.Errorf("conflict %q: %w", cs.Topic, err)
			}
			c.Versions = append(c.Versions, ver)
		}
		f.Conflicts = append(f.Conflicts, c)
	}
	return f, nil
}

func writeFile(name string, b []byte) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name)
}
