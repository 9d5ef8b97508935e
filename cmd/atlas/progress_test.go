package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestTileProgress(t *testing.T) {
	tests := []struct {
		desc  string
		steps []time.Duration // the time of each report after the start
		want  []string
	}{
		{desc: "a fast fetch says nothing", steps: []time.Duration{0, 100 * time.Millisecond, 300 * time.Millisecond}},
		{desc: "a slow fetch says how far it is at most once a second, and the end", steps: []time.Duration{
			0, 500 * time.Millisecond, 1100 * time.Millisecond, 1500 * time.Millisecond, 2200 * time.Millisecond, 2300 * time.Millisecond},
			want: []string{"basemap tiles: 3 of 6", "basemap tiles: 5 of 6", "basemap tiles: 6 of 6"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var out bytes.Buffer
			p := newTileProgress(&out)
			start := time.Unix(1000, 0)
			var now time.Time
			p.now = func() time.Time { return now }
			for i, d := range tc.steps {
				now = start.Add(d)
				p.report(i+1, len(tc.steps))
			}
			p.finish()
			got := strings.Fields(strings.ReplaceAll(out.String(), "\n", "|"))
			want := strings.Fields(strings.ReplaceAll(strings.Join(tc.want, "\n")+"\n", "\n", "|"))
			if len(tc.want) == 0 {
				want = nil
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("printed %q, want %q", out.String(), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestExportRefusesBulk: a 10000-pixel export at zoom 12 from an online
// server is refused with the tile count and the flag that allows it,
// before a single request.
func TestExportRefusesBulk(t *testing.T) {
	srv, hits := tileServer(t, false)
	defer srv.Close()
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	args := []string{"export", "-basemap", srv.URL + "/{z}/{x}/{y}.png", "-o", filepath.Join(dir, "big.png"),
		"-width", "10000", "-height", "10000", "-scale", "1", "-center", "-12,-75", "-zoom", "12", "-cache", filepath.Join(dir, "cache")}
	if code := run(args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "-allow-bulk") || !strings.Contains(stderr.String(), "tiles") {
		t.Fatalf("exit %d, stderr %q; want 1 naming the tile count and -allow-bulk", code, stderr.String())
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server got %d requests before the refusal", n)
	}
}
