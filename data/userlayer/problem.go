package userlayer

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors wrapped by what the package returns.
var (
	ErrFormat     = errors.New("userlayer: unsupported file type")
	ErrNotRegular = errors.New("userlayer: not a regular file")
	ErrTooLarge   = errors.New("userlayer: file too large")
	// ErrInvalid is wrapped by *ImportError: the file was read, and its
	// content has problems.
	ErrInvalid = errors.New("userlayer: invalid layer")
)

// Severity says whether a problem stops an import.
type Severity uint8

// The severities.
const (
	// SeverityError: the file is refused until it is fixed.
	SeverityError Severity = iota
	// SeverityWarning: the layer loads; the user may want to look.
	SeverityWarning
)

// Problem is one thing wrong with, or worth saying about, a user's file.
type Problem struct {
	File     string
	Line     int    // 1-based line, 0 when unknown
	Feature  string // "feature 3 (Tocache)", "Placemark 2", or ""
	Column   string // a CSV column or a property, as the file names it
	Severity Severity
	Message  string
}

// String formats the problem as "FILE: line L: feature F: column C:
// message", leaving out what is unknown, with " (warning)" for warnings.
func (p Problem) String() string {
	parts := []string{p.File}
	if p.Line > 0 {
		parts = append(parts, fmt.Sprintf("line %d", p.Line))
	}
	if p.Feature != "" {
		parts = append(parts, p.Feature)
	}
	if p.Column != "" {
		parts = append(parts, "column "+p.Column)
	}
	s := strings.Join(parts, ": ") + ": " + p.Message
	if p.Severity == SeverityWarning {
		s += " (warning)"
	}
	return s
}

// ImportError is a file refused for its content: every error found (up
// to Limits.Problems, with More counting the rest) and the warnings among
// them.
type ImportError struct {
	File     string
	Problems []Problem
	More     int // problems found beyond those listed
	// Ambiguous says which dates could be day/month or month/day:
	// reading the file again with a DateOrder settles them.
	Ambiguous Ambiguity
}

// Ambiguity is what a file's dates that could be day/month or month/day
// (03/04/2015) come to, for a program to ask its user which they are.
type Ambiguity struct {
	Dates int // how many; 0 when none
	// Text is the first such date as the file writes it, on Line; DayFirst
	// and MonthFirst are its two readings as ISO dates (2015-04-03,
	// 2015-03-04).
	Text                 string
	Line                 int
	DayFirst, MonthFirst string
}

// note counts date d, on line, as ambiguous.
func (a *Ambiguity) note(line int, d date) {
	a.Dates++
	if a.Dates == 1 {
		a.Text, a.Line = d.text, line
		a.DayFirst = fmt.Sprintf("%04d-%02d-%02d", d.year, d.b, d.a)
		a.MonthFirst = fmt.Sprintf("%04d-%02d-%02d", d.year, d.a, d.b)
	}
}

// Error lists the problems, one a line.
func (e *ImportError) Error() string {
	n := 0
	for _, p := range e.Problems {
		if p.Severity == SeverityError {
			n++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d problem(s)", e.File, n+e.More)
	for _, p := range e.Problems {
		b.WriteString("\n  " + p.String())
	}
	if e.More > 0 {
		fmt.Fprintf(&b, "\n  ... and %d more", e.More)
	}
	return b.String()
}

// Unwrap returns ErrInvalid.
func (e *ImportError) Unwrap() error { return ErrInvalid }

// collector gathers the problems of one file, up to a cap.
type collector struct {
	file     string
	max      int
	problems []Problem
	more     int
	errors   int
	// fileErrors counts the errors no feature can be left out for: those
	// naming no feature, and those fileErrorf records.
	fileErrors int
	// skipped counts the features left out for their errors (skip).
	skipped int
	// ambiguous is the dates that could be day/month or month/day.
	ambiguous Ambiguity
}

func (c *collector) add(p Problem) {
	p.File = c.file
	if p.Severity == SeverityError {
		c.errors++
		if p.Feature == "" {
			c.fileErrors++
		}
	}
	if len(c.problems) >= c.max {
		c.more++
		return
	}
	c.problems = append(c.problems, p)
}

// errorf records an error at a line, feature and column.
func (c *collector) errorf(line int, feature, column, format string, args ...any) {
	c.add(Problem{Line: line, Feature: feature, Column: column, Severity: SeverityError, Message: fmt.Sprintf(format, args...)})
}

// fileErrorf records an error of a feature that concerns the whole file
// (a limit reached there, dates that mix orders): Options.SkipBad cannot
// leave it out.
func (c *collector) fileErrorf(line int, feature, column, format string, args ...any) {
	c.errorf(line, feature, column, format, args...)
	if feature != "" {
		c.fileErrors++
	}
}

// skip counts a feature left out for its errors.
func (c *collector) skip() { c.skipped++ }

// onlySkipped reports whether every error recorded belongs to a feature
// that was left out, so that Options.SkipBad can load the rest.
func (c *collector) onlySkipped() bool { return c.fileErrors == 0 && c.skipped > 0 }

// skippedReport is what Options.SkipBad left out: the features counted by
// skip and the errors listed, with the count of those not listed.
func (c *collector) skippedReport() Skipped {
	s := Skipped{Features: c.skipped}
	for _, p := range c.problems {
		if p.Severity == SeverityError {
			s.Problems = append(s.Problems, p)
		}
	}
	s.More = c.errors - len(s.Problems)
	return s
}

// warnf records a warning.
func (c *collector) warnf(line int, feature, column, format string, args ...any) {
	c.add(Problem{Line: line, Feature: feature, Column: column, Severity: SeverityWarning, Message: fmt.Sprintf(format, args...)})
}

// failed reports whether an error was recorded.
func (c *collector) failed() bool { return c.errors > 0 }

// err returns the *ImportError of the problems, or nil when none is an
// error.
func (c *collector) err() error {
	if !c.failed() {
		return nil
	}
	return &ImportError{File: c.file, Problems: c.problems, More: c.more, Ambiguous: c.ambiguous}
}

// warnings returns the problems that are warnings.
func (c *collector) warnings() []Problem {
	var out []Problem
	for _, p := range c.problems {
		if p.Severity == SeverityWarning {
			out = append(out, p)
		}
	}
	return out
}
