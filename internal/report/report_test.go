package report

import (
	"fmt"
	"strings"
	"testing"
)

func TestJoin(t *testing.T) {
	tests := []struct {
		desc  string
		n     int
		lines int
		tail  string
	}{
		{desc: "none", n: 0, lines: 1},
		{desc: "a few", n: 3, lines: 3, tail: "problem 3"},
		{desc: "exactly the cap", n: MaxProblems, lines: MaxProblems, tail: fmt.Sprintf("problem %d", MaxProblems)},
		{desc: "20000 of them", n: 20000, lines: MaxProblems + 1, tail: "and 19950 more problems"},
	}
	for _, tc := range tests {
		var in []string
		for i := range tc.n {
			in = append(in, fmt.Sprintf("problem %d", i+1))
		}
		got := Join(in)
		if n := strings.Count(got, "\n") + 1; n != tc.lines || !strings.HasSuffix(got, tc.tail) {
			t.Errorf("%s: %d lines ending %q", tc.desc, n, got[max(0, len(got)-40):])
		}
	}
}
