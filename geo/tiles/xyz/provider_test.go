package xyz

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/paulmach/orb/maptile"
)

func TestProviderByName(t *testing.T) {
	tests := []struct {
		desc    string
		name    string
		wantID  string
		wantErr error
	}{
		{desc: "osm", name: "osm", wantID: "osm"},
		{desc: "case and spaces", name: " OSM ", wantID: "osm"},
		{desc: "opentopomap", name: "opentopomap", wantID: "opentopomap"},
		{desc: "esri", name: "esri", wantID: "esri"},
		{desc: "custom template", name: "https://tiles.example.org/{z}/{x}/{y}.png", wantID: "custom-"},
		{desc: "unknown name", name: "google", wantErr: ErrUnknownProvider},
		{desc: "template without y", name: "https://tiles.example.org/{z}/{x}.png", wantErr: ErrBadTemplate},
		{desc: "ftp scheme", name: "ftp://tiles.example.org/{z}/{x}/{y}.png", wantErr: ErrBadTemplate},
		{desc: "no host", name: "https:///{z}/{x}/{y}.png", wantErr: ErrBadTemplate},
		{desc: "shards refused", name: "https://{s}.tile.example.org/{z}/{x}/{y}.png", wantErr: ErrBadTemplate},
		{desc: "unknown placeholder", name: "https://t.example.org/{z}/{x}/{y}.png?k={apikey}", wantErr: ErrBadTemplate},
		{desc: "unclosed brace", name: "https://t.example.org/{z}/{x}/{y", wantErr: ErrBadTemplate},
	}
	for _, tc := range tests {
		p, err := ProviderByName(tc.name)
		if tc.wantErr != nil {
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("%s: error %v, want %v", tc.desc, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.desc, err)
			continue
		}
		if !strings.HasPrefix(p.ID, tc.wantID) {
			t.Errorf("%s: ID %q, want prefix %q", tc.desc, p.ID, tc.wantID)
		}
		if err := p.Validate(); err != nil {
			t.Errorf("%s: Validate: %v", tc.desc, err)
		}
	}
}

func TestPresets(t *testing.T) {
	for _, p := range Presets() {
		if err := p.Validate(); err != nil {
			t.Errorf("%s: %v", p.ID, err)
		}
		if p.Attribution == "" || p.MaxConns < 1 || p.MaxConns > 2 {
			t.Errorf("%s: attribution %q, MaxConns %d", p.ID, p.Attribution, p.MaxConns)
		}
		if strings.Contains(p.URLTemplate, "{s}") || strings.Contains(p.URLTemplate, "a.tile") {
			t.Errorf("%s uses shards: %s", p.ID, p.URLTemplate)
		}
	}
	if got := OpenStreetMap().MaxZoom; got != 19 {
		t.Errorf("OSM max zoom %d", got)
	}
	if got := OpenTopoMap().MaxZoom; got != 17 {
		t.Errorf("OpenTopoMap max zoom %d", got)
	}
}

func TestCustomIDStable(t *testing.T) {
	a, _ := Custom("https://a.example.org/{z}/{x}/{y}.png")
	b, _ := Custom("https://a.example.org/{z}/{x}/{y}.png")
	c, _ := Custom("https://b.example.org/{z}/{x}/{y}.png")
	if a.ID != b.ID || a.ID == c.ID {
		t.Errorf("IDs %q %q %q", a.ID, b.ID, c.ID)
	}
}

func ExampleProviderByName() {
	esri, _ := ProviderByName("esri")
	// Esri puts the row before the column.
	fmt.Println(esri.URL(maptile.New(18, 33, 6)))

	custom, _ := ProviderByName("https://tiles.example.org/{z}/{x}/{y}.png")
	fmt.Println(custom.URL(maptile.New(18, 33, 6)), custom.Name)

	_, err := ProviderByName("https://{s}.tiles.example.org/{z}/{x}/{y}.png")
	fmt.Println(err)
	// Output:
	// https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/6/33/18
	// https://tiles.example.org/6/18/33.png tiles.example.org
	// xyz: bad tile URL template: "https://{s}.tiles.example.org/{z}/{x}/{y}.png": shard placeholder {s} is not supported; use a single host
}
