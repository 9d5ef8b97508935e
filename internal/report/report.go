// Package report words lists of problems for people: the first
// MaxProblems, then how many more there are, so a file with thousands of
// mistakes gives a readable message instead of megabytes of output. The
// annotation, lesson and data loaders and the command line share it. It
// imports only the standard library.
package report

import (
	"fmt"
	"strings"
)

// MaxProblems is how many problems a message lists before it counts the
// rest.
const MaxProblems = 50

// Join joins problem lines with newlines, keeping the first MaxProblems
// and ending with a line that counts the others.
func Join(lines []string) string {
	if len(lines) <= MaxProblems {
		return strings.Join(lines, "\n")
	}
	return strings.Join(lines[:MaxProblems], "\n") + fmt.Sprintf("\n… and %d more problems", len(lines)-MaxProblems)
}
