package examples

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/textcheck"
)

// notProse names the lesson keys whose values are identifiers, feature
// ids, layer names or colours rather than text a reader sees.
func notProse(key string) bool {
	switch key {
	case "id", "selected", "layers", "kind", "color":
		return true
	}
	return false
}

// lessonTexts returns every free text of the lesson files matching glob.
func lessonTexts(t *testing.T, glob string) []textcheck.Text {
	t.Helper()
	names, err := filepath.Glob(glob)
	if err != nil || len(names) == 0 {
		t.Fatalf("no lessons match %s: %v", glob, err)
	}
	var out []textcheck.Text
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		texts, err := textcheck.JSONTexts(b, filepath.Base(n), notProse)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, texts...)
	}
	return out
}

// TestOwnWords fails when a title, description, caption, question or
// annotation of a shipped lesson, in either language, shares
// textcheck.Window (8) or more consecutive words with a source article.
func TestOwnWords(t *testing.T) {
	idx, err := textcheck.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	texts := lessonTexts(t, "*.json")
	captions := 0
	for _, tx := range texts {
		if strings.HasSuffix(tx.Where, ".caption_es") {
			captions++
		}
	}
	if captions < 5 {
		t.Fatalf("found %d Spanish captions in %d texts; the walk missed the scenes", captions, len(texts))
	}
	for _, p := range idx.Copies(texts) {
		t.Error(p)
	}
}

// TestOwnWordsCatchesCopies proves the check reaches captions: a lesson
// whose caption copies a synthetic article is reported.
func TestOwnWordsCatchesCopies(t *testing.T) {
	idx := &textcheck.Index{Articles: []textcheck.Article{
		textcheck.Build("000_synthetic", "Boats of the lower valley carry bananas and timber to the market every week.")}}
	dir := t.TempDir()
	lesson := `{"version": 1, "title": "Boats", "scenes": [{"id": "s1", "selected": "route_x",
		"caption": "In 2012 boats of the lower valley carry bananas and timber to the market."}]}`
	if err := os.WriteFile(filepath.Join(dir, "bad.json"), []byte(lesson), 0o644); err != nil {
		t.Fatal(err)
	}
	got := idx.Copies(lessonTexts(t, filepath.Join(dir, "*.json")))
	if len(got) != 1 || !strings.HasPrefix(got[0], "bad.json.scenes[0].caption shares 12 words") {
		t.Errorf("Copies = %q, want the caption's 12 words", got)
	}
}

// TestInferencesSaid checks that a scene whose selected feature has a
// place or years the atlas inferred says so in both captions, so a teacher
// never presents the atlas's assumption as the articles' fact.
func TestInferencesSaid(t *testing.T) {
	d, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob("*.json")
	if err != nil || len(names) == 0 {
		t.Fatalf("no lessons: %v", err)
	}
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		var l struct {
			Scenes []struct {
				ID, Caption, Selected string
				CaptionES             string `json:"caption_es"`
			}
		}
		if err := json.Unmarshal(b, &l); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		for _, s := range l.Scenes {
			f, ok := d.ByID(s.Selected)
			if !ok || !(f.PlaceInferred || f.Period.Inferred) {
				continue
			}
			if !strings.Contains(s.Caption, "atlas") || !strings.Contains(s.CaptionES, "atlas") {
				t.Errorf("%s scene %s: %s has an inferred place or period, but a caption does not say it is the atlas's",
					n, s.ID, f.ID)
			}
		}
	}
}
