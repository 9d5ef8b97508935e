package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

func TestHull(t *testing.T) {
	tests := []struct {
		desc string
		in   []orb.Point
		want int
	}{
		{desc: "square with inner point", in: []orb.Point{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0.5, 0.5}}, want: 4},
		{desc: "collinear", in: []orb.Point{{0, 0}, {1, 0}, {2, 0}}, want: 2},
		{desc: "two points", in: []orb.Point{{0, 0}, {1, 1}}, want: 2},
	}
	for _, tt := range tests {
		if got := hull(tt.in); len(got) != tt.want {
			t.Errorf("%s: hull has %d points, want %d: %v", tt.desc, len(got), tt.want, got)
		}
	}
}

func TestShapesContainTheirSource(t *testing.T) {
	line := orb.LineString{{-76.0, -9.3}, {-76.1, -8.9}, {-76.5, -8.2}, {-76.7, -7.2}}
	tests := []struct {
		desc string
		poly orb.Polygon
	}{
		{desc: "corridor", poly: corridor([]orb.LineString{line}, 20)},
		{desc: "buffered hull", poly: bufferedHull(line, 10)},
	}
	for _, tt := range tests {
		r := tt.poly[0]
		if !r.Closed() || len(r) < 4 {
			t.Errorf("%s: ring not closed or too short: %d points", tt.desc, len(r))
		}
		for _, p := range line {
			if !planar.PolygonContains(tt.poly, p) {
				t.Errorf("%s: does not contain %v", tt.desc, p)
			}
		}
		if far := (orb.Point{-74.0, -8.0}); planar.PolygonContains(tt.poly, far) {
			t.Errorf("%s: contains a point 250 km away", tt.desc)
		}
	}
}

func TestCitationLocators(t *testing.T) {
	var ol outline
	if err := readJSON("../atlas/outline.json", &ol); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc    string
		in      string
		want    string
		wantErr bool
	}{
		{desc: "paragraph under a heading", in: `["000", 24]`, want: "para 9 (The Challenge of the Shining Path)"},
		{desc: "paragraph before any heading", in: `["001", 3, "note"]`, want: "para 1"},
		{desc: "endnote", in: `["003", 62]`, want: "note 6"},
		{desc: "line range", in: `["002", 209, 218]`, want: "The Challenge: Sendero Luminoso, lines 209-218"},
		{desc: "photo caption", in: `["002", 602]`, want: "photo caption, line 602"},
		{desc: "blank line", in: `["000", 5]`, wantErr: true},
		{desc: "unknown article", in: `["007", 5]`, wantErr: true},
	}
	for _, tt := range tests {
		var c cite
		if err := json.Unmarshal([]byte(tt.in), &c); err != nil {
			t.Fatalf("%s: %v", tt.desc, err)
		}
		got, err := ol.citation(c)
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: err = %v", tt.desc, err)
			continue
		}
		if err == nil && got.Locator != tt.want {
			t.Errorf("%s: locator %q, want %q", tt.desc, got.Locator, tt.want)
		}
	}
}

func TestPlaceRefs(t *testing.T) {
	gaz, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	b := &builder{gaz: gaz}
	tests := []struct {
		desc, ref, want string
	}{
		{desc: "Peruvian name", ref: "Tocache", want: "Tocache"},
		{desc: "name and country", ref: "Leticia|CO", want: "Leticia"},
		{desc: "GeoNames id", ref: "#3929710", want: "San Francisco"},
		{desc: "unknown", ref: "Atlantis", want: ""},
	}
	for _, tt := range tests {
		p, err := b.place(tt.ref)
		if tt.want == "" {
			if err == nil {
				t.Errorf("%s: want an error", tt.desc)
			}
			continue
		}
		if err != nil || !strings.EqualFold(p.Name, tt.want) {
			t.Errorf("%s: got %q, %v", tt.desc, p.Name, err)
		}
	}
}
