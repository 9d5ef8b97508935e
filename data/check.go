package data

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
)

// Report is the outcome of ValidateFS.
type Report struct {
	Files    int       // feature files read
	Features int       // features parsed
	Problems []Problem // every problem, parse errors included
}

// OK reports whether no problem was found.
func (r Report) OK() bool { return len(r.Problems) == 0 }

// ValidateFS validates the data at name in fsys: either one .geojson file or
// a directory of them. base is the dataset the files extend, normally
// Embedded(), or nil: a directory's own sources.json is used when present,
// otherwise (and for a single file) citations are checked against base's
// bibliography, and related ids may name base's features.
// Files that do not parse are reported as problems, so one bad file does not
// hide the others. The error is only for paths that cannot be read at all.
func ValidateFS(fsys fs.FS, name string, base *Dataset, opt Options) (Report, error) {
	var bib []Source
	if base != nil {
		bib = base.Sources
		opt.ExtraIDs = append(opt.ExtraIDs[:len(opt.ExtraIDs):len(opt.ExtraIDs)], base.IDs()...)
	}
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return Report{}, fmt.Errorf("validate %s: %w", name, err)
	}
	files := []string{name}
	var problems []Problem
	if info.IsDir() {
		if files, err = FeatureFiles(fsys, name); err != nil {
			return Report{}, fmt.Errorf("validate: %w", err)
		}
		srcName := path.Join(name, SourcesFile)
		own, err := readSources(fsys, srcName)
		switch {
		case err == nil:
			bib = own
		case errors.Is(err, ErrNoSources):
		default:
			problems = append(problems, Problem{File: srcName, Rule: RuleParse, Message: err.Error()})
		}
		if len(files) == 0 {
			problems = append(problems, Problem{File: name, Rule: RuleParse,
				Message: "no " + FeatureExt + " files"})
		}
	}
	d := &Dataset{Sources: bib}
	for _, f := range files {
		fs, err := readFeatures(fsys, f)
		if err != nil {
			problems = append(problems, Problem{File: f, Rule: RuleParse, Message: err.Error()})
			continue
		}
		d.Features = append(d.Features, fs...)
	}
	problems = append(problems, d.Validate(opt)...)
	return Report{Files: len(files), Features: len(d.Features), Problems: problems}, nil
}
