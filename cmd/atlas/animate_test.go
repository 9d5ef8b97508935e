package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestMotionFlags(t *testing.T) {
	tests := []struct {
		desc    string
		args    []string
		problem string // "" for none
	}{
		{desc: "an animation", args: []string{"-animate", "1995-2016", "-o", "y.gif"}},
		{desc: "frames into a folder", args: []string{"-animate", "1995-2016", "-o", "frames/"}},
		{desc: "backwards years", args: []string{"-animate", "2016-1995", "-o", "y.gif"}, problem: "must come before"},
		{desc: "not a range", args: []string{"-animate", "1995", "-o", "y.gif"}, problem: "want FROM-TO"},
		{desc: "a png is no animation", args: []string{"-animate", "1995-2016", "-o", "y.png"}, problem: ".gif, .mp4 or a folder"},
		{desc: "-year with -animate", args: []string{"-animate", "1995-2016", "-year", "2000", "-o", "y.gif"}, problem: "-year cannot"},
		{desc: "a comparison", args: []string{"-compare", "2003,2016", "-o", "c.png"}},
		{desc: "the same year twice", args: []string{"-compare", "2003,2003", "-o", "c.png"}, problem: "must differ"},
		{desc: "a comparison as a gif", args: []string{"-compare", "2003,2016", "-o", "c.gif"}, problem: ".png or .pdf"},
		{desc: "both at once", args: []string{"-compare", "2003,2016", "-animate", "1995-2016", "-o", "c.png"}, problem: "give one"},
		{desc: "bad paper", args: []string{"-lesson", "l.json", "-paper", "a3", "-o", "h.pdf"}, problem: "-paper"},
		{desc: "too many frames a year", args: []string{"-animate", "1995-2016", "-frames-per-year", "99", "-o", "y.gif"}, problem: "-frames-per-year"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var stderr bytes.Buffer
			e, err := parseExportFlags(tc.args, &stderr)
			if tc.problem == "" {
				if err != nil {
					t.Fatalf("unexpected problem: %v\n%s", err, stderr.String())
				}
				if e.width != 1920 || e.height != 1080 {
					t.Errorf("size %dx%d, want the slide's", e.width, e.height)
				}
				return
			}
			if !errors.Is(err, errUsage) || !strings.Contains(stderr.String(), tc.problem) {
				t.Errorf("err %v, stderr:\n%s\nwant a problem with %q", err, stderr.String(), tc.problem)
			}
		})
	}
}
