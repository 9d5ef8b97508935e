package ui

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/assets"
	"github.com/perutraffickingatlas/atlas/geo/tiles/catalog"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
)

func catalogue(t *testing.T, code string) map[string]string {
	t.Helper()
	b, err := assets.Translations().ReadFile("translations/" + code + ".json")
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("translations/%s.json: %v", code, err)
	}
	return m
}

// usedKeys lists every string the UI passes to lang.L: literals in the
// source of ui and the packages under it, and the titles other packages
// supply.
func usedKeys(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`lang\.L\("((?:[^"\\]|\\.)*)"`)
	var keys []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			keys = append(keys, m[1])
		}
	}
	if !slices.Contains(keys, "Something went wrong, and no reason was given.") {
		t.Fatal("the walk did not reach ui/internal/uikit: keys of sub-packages are not checked")
	}
	for _, c := range catalog.Choices() {
		keys = append(keys, c.Title)
	}
	return append(keys, embedded.New().Info().Name)
}

func TestTranslationsComplete(t *testing.T) {
	en, es := catalogue(t, "en"), catalogue(t, "es")
	for _, k := range usedKeys(t) {
		if _, ok := en[k]; !ok {
			t.Errorf("UI string %q is missing from translations/en.json", k)
		}
		if v, ok := es[k]; !ok || strings.TrimSpace(v) == "" {
			t.Errorf("UI string %q has no Spanish in translations/es.json", k)
		}
	}
	for k := range en {
		if _, ok := es[k]; !ok {
			t.Errorf("key %q is in en.json but not es.json", k)
		}
	}
	placeholder := regexp.MustCompile(`\{\{\.[A-Za-z]+\}\}`)
	for k, v := range es {
		want, got := placeholder.FindAllString(k, -1), placeholder.FindAllString(v, -1)
		if strings.Join(want, ",") != strings.Join(got, ",") {
			t.Errorf("Spanish for %q has placeholders %v, want %v", k, got, want)
		}
	}
}
