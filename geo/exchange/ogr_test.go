package exchange

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/internal/testtool"
)

// TestOgrinfoReadsExports checks with GDAL's ogrinfo (Debian gdal-bin)
// that a GIS reads both exports: every feature is counted, and the KML's
// TimeSpans arrive as begin dates. It is skipped, saying so, when ogrinfo
// is not on PATH.
func TestOgrinfoReadsExports(t *testing.T) {
	ogrinfo := testtool.Need(t, "ogrinfo", "gdal-bin")
	ds := embedded(t)
	dir := t.TempDir()
	for _, tt := range []struct {
		desc string
		file string
		opt  Options
	}{
		{desc: "every year", file: "atlas.kml"},
		{desc: "Spanish, one year", file: "atlas-2012.kml", opt: Options{Year: 2012, Lang: data.LangES}},
		{desc: "every year", file: "atlas.geojson"},
		{desc: "routes, Spanish", file: "routes.geojson", opt: Options{Layers: []data.Layer{data.LayerRoute}, Lang: data.LangES}},
	} {
		path := filepath.Join(dir, tt.file)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		format, _ := FormatOf(path)
		if err := Write(f, format, ds, tt.opt); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		want, _ := Features(ds, tt.opt)
		out, err := exec.Command(ogrinfo, "-ro", "-al", "-so", path).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: ogrinfo: %v\n%s", tt.desc, tt.file, err, out)
		}
		if got := featureCount(string(out)); got != len(want) {
			t.Errorf("%s %s: ogrinfo counts %d features, want %d:\n%s", tt.desc, tt.file, got, len(want), out)
		}
		if format != FormatKML {
			continue
		}
		full, err := exec.Command(ogrinfo, "-ro", "-al", path).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: ogrinfo: %v", tt.file, err)
		}
		if got := strings.Count(string(full), "begin (DateTime) = "); got != len(want) {
			t.Errorf("%s %s: ogrinfo reads %d begin times, want %d", tt.desc, tt.file, got, len(want))
		}
	}
}

var featureCountLine = regexp.MustCompile(`(?m)^Feature Count: (\d+)$`)

// featureCount adds up the "Feature Count: N" lines of ogrinfo -so (one
// per layer; the KML driver makes a layer of each folder).
func featureCount(out string) int {
	n := 0
	for _, m := range featureCountLine.FindAllStringSubmatch(out, -1) {
		k, _ := strconv.Atoi(m[1])
		n += k
	}
	return n
}
