package userlayer

import (
	"fmt"
	"time"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
)

// ValidateOptions choose the atlas's own rules a user layer is held to.
// The zero value applies none of them: only helpful warnings.
type ValidateOptions struct {
	// Citations requires every feature to cite at least one source with a
	// locator, each source known to Sources or to the layer's own.
	Citations bool
	// Sources are the sources known besides the layer's own, normally the
	// atlas's bibliography (data.Dataset.Sources).
	Sources []data.Source
	// Spanish requires a Spanish name (name_es, nombre_es) on every
	// feature, and a Spanish description on every feature with a
	// description.
	Spanish bool
	// FirstYear and LastYear are the years the map can show; a feature
	// dated wholly outside them gets a warning. 0 means data.MinYear and
	// the current year.
	FirstYear, LastYear int
	// Problems caps the problems listed; 0 means DefaultLimits().Problems.
	Problems int
}

// Report is what Validate found.
type Report struct {
	Problems []Problem
	More     int // problems found beyond those listed
}

// OK reports whether no problem is an error (warnings allowed).
func (r Report) OK() bool {
	for _, p := range r.Problems {
		if p.Severity == SeverityError {
			return false
		}
	}
	return true
}

// Validate checks a layer. By default it only warns, to help: features
// outside the atlas's map, dated outside the years the map shows, or with
// no date or no name. The atlas's rules for its own data apply only when
// opt asks: citations with known sources and locators (Citations), Spanish
// names and descriptions (Spanish); breaking them is an error.
func (l *Layer) Validate(opt ValidateOptions) Report {
	if opt.FirstYear == 0 {
		opt.FirstYear = data.MinYear
	}
	if opt.LastYear == 0 {
		opt.LastYear = time.Now().Year()
	}
	if opt.Problems <= 0 {
		opt.Problems = DefaultLimits().Problems
	}
	c := &collector{file: l.File, max: opt.Problems}
	known := map[string]bool{}
	for _, s := range append(append([]data.Source(nil), opt.Sources...), l.Sources...) {
		known[s.ID] = true
	}
	region := data.Region()
	undated, unnamed := 0, 0
	for _, f := range l.Features {
		who := featureName(f)
		if f.Geometry != nil {
			if b := f.Geometry.Bound(); !region.Contains(b.Min) || !region.Contains(b.Max) {
				hint := ""
				if region.Contains(orb.Point{b.Min[1], b.Min[0]}) && region.Contains(orb.Point{b.Max[1], b.Max[0]}) {
					hint = "; are latitude and longitude swapped?"
				}
				c.warnf(f.Line, who, "", "lies outside the atlas's map (longitude %g to %g, latitude %g to %g): part or all of it will not show%s",
					region.Min[0], region.Max[0], region.Min[1], region.Max[1], hint)
			}
		}
		switch p := f.Period; {
		case p == nil:
			undated++
		case p.End(opt.LastYear) < opt.FirstYear || p.Start() > opt.LastYear:
			c.warnf(f.Line, who, "", "dated %s, outside the years the map shows (%d to %d)", p, opt.FirstYear, opt.LastYear)
		}
		if f.Name == "" {
			unnamed++
		}
		if opt.Citations {
			checkCitations(c, f, who, known)
		}
		if opt.Spanish {
			if f.NameES == "" {
				c.errorf(f.Line, who, "", "no Spanish name: add a name_es column or property")
			}
			if f.Description != "" && f.DescriptionES == "" {
				c.errorf(f.Line, who, "", "no Spanish description: add a description_es column or property")
			}
		}
	}
	if undated > 0 {
		c.warnf(0, "", "", "%d of %d features have no date: they show in every year (add a year, date or from/to column to place them in time)", undated, len(l.Features))
	}
	if unnamed > 0 {
		c.warnf(0, "", "", "%d of %d features have no name (add a name or nombre column or property)", unnamed, len(l.Features))
	}
	return Report{Problems: c.problems, More: c.more}
}

// featureName names a feature in problems: "feature 3 (Tocache)".
func featureName(f Feature) string {
	s := fmt.Sprintf("feature %d", f.Index)
	if f.Name != "" {
		s += " (" + f.Name + ")"
	}
	return s
}

// checkCitations applies the atlas's citation rules to one feature.
func checkCitations(c *collector, f Feature, who string, known map[string]bool) {
	if len(f.Citations) == 0 {
		c.errorf(f.Line, who, "", "no citation: add a source column (and a locator: page or paragraph), or citations in the atlas's form")
	}
	for i, ct := range f.Citations {
		if !known[ct.Source] {
			c.errorf(f.Line, who, "", "citation %d names source %q, which is neither the layer's nor the atlas's", i+1, ct.Source)
		}
		if ct.Locator == "" {
			c.errorf(f.Line, who, "", "citation %d (%s) has no locator: say where in the source (page, paragraph, section)", i+1, ct.Source)
		}
	}
}
