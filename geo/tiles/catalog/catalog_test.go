package catalog

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestOpen(t *testing.T) {
	tests := []struct {
		desc    string
		spec    string
		wantID  string
		wantErr string
	}{
		{desc: "embedded", spec: "embedded", wantID: "embedded"},
		{desc: "preset", spec: "osm", wantID: "osm"},
		{desc: "relief preset", spec: "opentopomap", wantID: "opentopomap"},
		{desc: "custom template", spec: "http://127.0.0.1:9/{z}/{x}/{y}.png", wantID: "custom-"},
		{desc: "empty", spec: " ", wantErr: "empty basemap"},
		{desc: "unknown name", spec: "googlemaps", wantErr: "want embedded, osm"},
		{desc: "template without placeholders", spec: "http://127.0.0.1:9/tile.png", wantErr: "basemap"},
		{desc: "missing mbtiles", spec: "/no/such/file.mbtiles", wantErr: "/no/such/file.mbtiles"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			s, err := Open(context.Background(), tc.spec, Options{Version: "test", CacheRoot: t.TempDir()})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want it to mention %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if id := s.Info().ID; !strings.HasPrefix(id, tc.wantID) {
				t.Errorf("ID %q, want prefix %q", id, tc.wantID)
			}
		})
	}
	if _, err := Open(context.Background(), "", Options{}); !errors.Is(err, ErrEmptySpec) {
		t.Errorf("empty spec error %v, want ErrEmptySpec", err)
	}
}

func TestChoicesStartWithEmbedded(t *testing.T) {
	c := Choices()
	if len(c) < 4 || c[0].Spec != Embedded || c[0].Online {
		t.Fatalf("choices %+v: want the offline embedded basemap first, then the online presets", c)
	}
}
