package data

import (
	"fmt"
	"regexp"
	"time"

	"github.com/paulmach/orb"
)

// Rule names one check of the validator.
type Rule string

// The validator's rules.
const (
	RuleParse        Rule = "parse"        // the file does not parse
	RuleBibliography Rule = "bibliography" // a source record is incomplete or repeated
	RuleID           Rule = "id"           // the id is missing or malformed
	RuleUniqueID     Rule = "unique-id"    // two features share an id
	RuleLayer        Rule = "layer"        // unknown layer
	RuleText         Rule = "text"         // name or summary missing
	RuleSpanish      Rule = "spanish"      // a Spanish text (name_es, destination_es, summary_es, topic_es, claim_es) missing
	RuleCitation     Rule = "citation"     // no citation at all
	RuleSource       Rule = "source"       // a citation names an unknown article
	RuleLocator      Rule = "locator"      // a citation has no locator
	RulePeriod       Rule = "period"       // from is after to
	RuleYears        Rule = "years"        // a year outside MinYear..current
	RuleGeometry     Rule = "geometry"     // missing or invalid geometry
	RuleRegion       Rule = "region"       // coordinates outside the region
	RulePrecision    Rule = "precision"    // unknown precision, or one the geometry cannot have
	RuleMode         Rule = "mode"         // unknown transport mode
	RuleRelated      Rule = "related"      // a related id that no feature has
	RuleConflict     Rule = "conflict"     // a conflict without topic or two cited versions
	RuleFigure       Rule = "figure"       // a figure without unit or with a bad range
	RuleCertainty    Rule = "certainty"    // an unknown certainty, a claim without text or citation, an unexplained inference
)

// MinYear is the earliest year a period may name.
const MinYear = 1960

// Region returns the box every coordinate must lie in: Peru, its neighbours
// and room for labelled edge points of routes to off-map destinations.
func Region() orb.Bound { return orb.Bound{Min: orb.Point{-95, -30}, Max: orb.Point{-60, 10}} }

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Problem is one thing wrong with the data.
type Problem struct {
	File    string
	Feature string // feature id, or "" for file-level problems
	Rule    Rule
	Message string
}

// String formats the problem as "FILE: feature ID: message (rule)".
func (p Problem) String() string {
	s := p.File + ": "
	if p.Feature != "" {
		s += "feature " + p.Feature + ": "
	}
	return s + p.Message + " (" + string(p.Rule) + ")"
}

// Options tune Validate. The zero value checks against the current year.
type Options struct {
	CurrentYear int // latest year allowed; 0 means the calendar year now
	// ExtraIDs are ids of features outside the dataset, such as the
	// embedded atlas that a user's file extends, that Related may name.
	ExtraIDs []string
	// AllowUntranslated skips the spanish rule, for tools that accept
	// English-only drafts. The atlas itself must pass without it.
	AllowUntranslated bool
}

// Validate checks the whole dataset and returns every problem found, in
// file and feature order. An empty result means the data is valid.
func (d *Dataset) Validate(opt Options) []Problem {
	if opt.CurrentYear == 0 {
		opt.CurrentYear = time.Now().Year()
	}
	v := validator{opt: opt, sources: map[string]bool{}, ids: map[string]string{}, extra: map[string]bool{}}
	for _, id := range opt.ExtraIDs {
		v.extra[id] = true
	}
	v.checkSources(d.Sources)
	for _, f := range d.Features {
		if f.ID == "" {
			continue
		}
		if first, dup := v.ids[f.ID]; dup {
			v.add(f, RuleUniqueID, "id already used in %s", first)
			continue
		}
		v.ids[f.ID] = f.File
	}
	for _, f := range d.Features {
		v.checkFeature(f)
	}
	return v.problems
}

type validator struct {
	opt      Options
	sources  map[string]bool
	ids      map[string]string // id -> file of first use
	extra    map[string]bool
	problems []Problem
}

func (v *validator) add(f Feature, r Rule, format string, args ...any) {
	v.problems = append(v.problems, Problem{File: f.File, Feature: f.ID, Rule: r,
		Message: fmt.Sprintf(format, args...)})
}

func (v *validator) checkSources(src []Source) {
	for i, s := range src {
		where := Feature{File: SourcesFile, ID: s.ID}
		switch {
		case s.ID == "":
			where.ID = fmt.Sprintf("#%d", i)
			v.add(where, RuleBibliography, "source has no id")
		case v.sources[s.ID]:
			v.add(where, RuleBibliography, "source id repeated")
		}
		v.sources[s.ID] = true
		if s.Title == "" {
			v.add(where, RuleBibliography, "source has no title")
		}
		if s.Year < MinYear || s.Year > v.opt.CurrentYear {
			v.add(where, RuleBibliography, "year %d outside %d..%d", s.Year, MinYear, v.opt.CurrentYear)
		}
		if s.DateInferred && s.DateNote == "" {
			v.add(where, RuleBibliography, "inferred date without a note saying from what")
		}
	}
}

func (v *validator) checkFeature(f Feature) {
	if f.ID == "" {
		v.add(f, RuleID, "feature has no id")
	} else if !idPattern.MatchString(f.ID) {
		v.add(f, RuleID, "id %q is not lower-case letters, digits and underscores", f.ID)
	}
	if !f.Layer.Known() {
		v.add(f, RuleLayer, "unknown layer %q", f.Layer)
	}
	if f.Name == "" {
		v.add(f, RuleText, "no name")
	}
	if f.Summary == "" {
		v.add(f, RuleText, "no summary")
	}
	if !v.opt.AllowUntranslated {
		v.checkSpanish(f)
	}
	if f.Mode != "" && !f.Mode.Known() {
		v.add(f, RuleMode, "unknown mode %q", f.Mode)
	}
	if len(f.Citations) == 0 {
		v.add(f, RuleCitation, "no citations")
	}
	v.checkCitations(f, f.Citations, "citation")
	v.checkPeriod(f)
	v.checkGeometry(f)
	for _, r := range f.Related {
		if _, ok := v.ids[r]; !ok && !v.extra[r] {
			v.add(f, RuleRelated, "related id %q is not a feature", r)
		} else if r == f.ID {
			v.add(f, RuleRelated, "feature lists itself as related")
		}
	}
	for i, c := range f.Conflicts {
		if c.Topic == "" {
			v.add(f, RuleConflict, "conflict #%d has no topic", i+1)
		}
		if len(c.Versions) < 2 {
			v.add(f, RuleConflict, "conflict %q has %d version(s), want at least 2", c.Topic, len(c.Versions))
		}
		for j, ver := range c.Versions {
			if ver.Claim == "" {
				v.add(f, RuleConflict, "conflict %q version %d has no claim", c.Topic, j+1)
			}
			if len(ver.Citations) == 0 {
				v.add(f, RuleConflict, "conflict %q version %d has no citation", c.Topic, j+1)
			}
			v.checkCitations(f, ver.Citations, fmt.Sprintf("conflict %q citation", c.Topic))
		}
	}
	for _, fig := range f.Figures {
		if fig.Unit == "" || fig.What == "" {
			v.add(f, RuleFigure, "figure %q needs a description and a unit", fig.String())
		}
		if fig.Max != 0 && fig.Max < fig.Value {
			v.add(f, RuleFigure, "figure %q has max below value", fig.What)
		}
	}
	v.checkCertainty(f)
}

// checkCertainty checks the certainty of figures, conflict versions and
// claims, and that every inference of the atlas is explained by a claim.
func (v *validator) checkCertainty(f Feature) {
	for _, fig := range f.Figures {
		if !fig.Certainty.Known() {
			v.add(f, RuleCertainty, "figure %q has unknown certainty %q", fig.What, fig.Certainty)
		}
	}
	for _, c := range f.Conflicts {
		for j, ver := range c.Versions {
			if !ver.Certainty.Known() {
				v.add(f, RuleCertainty, "conflict %q version %d has unknown certainty %q", c.Topic, j+1, ver.Certainty)
			}
		}
	}
	inferred := false
	for i, c := range f.Claims {
		what := fmt.Sprintf("claim #%d", i+1)
		switch {
		case !c.Certainty.Known():
			v.add(f, RuleCertainty, "%s has unknown certainty %q", what, c.Certainty)
		case c.Certainty.Norm() == CertaintyStated:
			v.add(f, RuleCertainty, "%s is stated; only hedged or inferred claims are listed", what)
		}
		inferred = inferred || c.Certainty == CertaintyInferred
		if c.Text == "" {
			v.add(f, RuleCertainty, "%s has no text", what)
		}
		if c.TextES == "" && !v.opt.AllowUntranslated {
			v.add(f, RuleSpanish, "%s has no Spanish text (text_es)", what)
		}
		if len(c.Citations) == 0 {
			v.add(f, RuleCertainty, "%s has no citation", what)
		}
		v.checkCitations(f, c.Citations, what+" citation")
	}
	if f.Period.Inferred && !inferred {
		v.add(f, RuleCertainty, "period is inferred but no inferred claim says from what")
	}
	if f.PlaceInferred && !inferred {
		v.add(f, RuleCertainty, "place is inferred but no inferred claim says from what")
	}
}

// checkSpanish requires the Spanish name, destination, summary and conflict texts. A Spanish summary
// identical to a non-empty English one is an untranslated copy; names may
// match (Paita, Madre de Dios).
func (v *validator) checkSpanish(f Feature) {
	if f.NameES == "" {
		v.add(f, RuleSpanish, "no Spanish name (name_es)")
	}
	if f.Destination != "" && f.DestinationES == "" {
		v.add(f, RuleSpanish, "no Spanish destination (destination_es)")
	}
	switch {
	case f.SummaryES == "":
		v.add(f, RuleSpanish, "no Spanish summary (summary_es)")
	case f.SummaryES == f.Summary:
		v.add(f, RuleSpanish, "Spanish summary (summary_es) is a copy of the English one")
	}
	for _, c := range f.Conflicts {
		if c.TopicES == "" {
			v.add(f, RuleSpanish, "conflict %q has no Spanish topic (topic_es)", c.Topic)
		}
		for j, ver := range c.Versions {
			if ver.ClaimES == "" {
				v.add(f, RuleSpanish, "conflict %q version %d has no Spanish claim (claim_es)", c.Topic, j+1)
			}
		}
	}
}

func (v *validator) checkCitations(f Feature, cs []Citation, what string) {
	for i, c := range cs {
		if !v.sources[c.Source] {
			v.add(f, RuleSource, "%s #%d names unknown source %q", what, i+1, c.Source)
		}
		if c.Locator == "" {
			v.add(f, RuleLocator, "%s #%d (%s) has no locator", what, i+1, c.Source)
		}
	}
}

func (v *validator) checkPeriod(f Feature) {
	p := f.Period
	inRange := func(y int) bool { return y >= MinYear && y <= v.opt.CurrentYear }
	if !inRange(p.From) {
		v.add(f, RuleYears, "from year %d outside %d..%d", p.From, MinYear, v.opt.CurrentYear)
	}
	if p.To != nil {
		if !inRange(*p.To) {
			v.add(f, RuleYears, "to year %d outside %d..%d", *p.To, MinYear, v.opt.CurrentYear)
		}
		if p.From > *p.To {
			v.add(f, RulePeriod, "from %d is after to %d", p.From, *p.To)
		}
	}
	if p.ImpliedFrom != 0 {
		if !inRange(p.ImpliedFrom) {
			v.add(f, RuleYears, "implied_from year %d outside %d..%d", p.ImpliedFrom, MinYear, v.opt.CurrentYear)
		}
		if p.ImpliedFrom >= p.From {
			v.add(f, RulePeriod, "implied_from %d is not before from %d", p.ImpliedFrom, p.From)
		}
	}
}

func (v *validator) checkGeometry(f Feature) {
	if !f.Precision.Known() {
		v.add(f, RulePrecision, "unknown precision %q", f.Precision)
	}
	if f.Geometry == nil {
		v.add(f, RuleGeometry, "no geometry")
		return
	}
	if msg := GeometryProblem(f.Geometry); msg != "" {
		v.add(f, RuleGeometry, "%s", msg)
		return
	}
	if b, r := f.Geometry.Bound(), Region(); !r.Contains(b.Min) || !r.Contains(b.Max) {
		v.add(f, RuleRegion, "geometry %v..%v leaves the region lon %g..%g, lat %g..%g",
			b.Min, b.Max, r.Min[0], r.Max[0], r.Min[1], r.Max[1])
	}
	switch f.Geometry.(type) {
	case orb.Point, orb.MultiPoint:
	default:
		if f.Precision == PrecisionPoint || f.Precision == PrecisionTown {
			v.add(f, RulePrecision, "precision %q needs a point geometry, not %s", f.Precision, f.Geometry.GeoJSONType())
		}
	}
}
