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
}

func (c *collector) add(p Problem) {
	p.File = c.file
	if p.Severity == SeverityError {
		c.errors++
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
	return &ImportError{File: c.file, Problems: c.problems, More: c.more}
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
