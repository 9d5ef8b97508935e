package handout

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/geo/tiles/embedded"
	"github.com/perutraffickingatlas/atlas/internal/testtool"
)

func TestSplitQuestion(t *testing.T) {
	tests := []struct {
		desc, caption, body, question string
	}{
		{desc: "a cue dropped", caption: "The state struck. Ask: why here, so far from Lima?", body: "The state struck.", question: "Why here, so far from Lima?"},
		{desc: "a longer lead kept", caption: "Two factions. Compare the valleys: which group? Where first?", body: "Two factions.", question: "Compare the valleys: which group? Where first?"},
		{desc: "Spanish cue", caption: "Dos facciones. Para debatir: ¿qué ha cambiado?", body: "Dos facciones.", question: "¿Qué ha cambiado?"},
		{desc: "no question", caption: "Bases follow. Clans run the trade.", body: "Bases follow. Clans run the trade."},
		{desc: "only a question", caption: "Why?", question: "Why?"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			body, q := SplitQuestion(tc.caption)
			if body != tc.body || q != tc.question {
				t.Errorf("SplitQuestion(%q) = %q, %q; want %q, %q", tc.caption, body, q, tc.body, tc.question)
			}
		})
	}
}

// TestHandout prints the example lesson's first two scenes on both papers
// and reads the PDF back: its pages (title, scenes, bibliography) render,
// and its text holds the captions, the questions and the sources with
// their locators.
func TestHandout(t *testing.T) {
	if testing.Short() {
		t.Skip("renders maps at print resolution")
	}
	for _, tool := range []string{"pdftotext", "pdftoppm", "pdfinfo"} {
		testtool.Need(t, tool, "poppler-utils")
	}
	l, err := lesson.Example()
	if err != nil {
		t.Fatal(err)
	}
	l.Scenes = l.Scenes[:2]
	ds, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	views, err := render.LessonViews(l, "en")
	if err != nil {
		t.Fatal(err)
	}
	src := embedded.New(embedded.WithScale(MapScale))
	b := &render.Builder{Source: src, Dir: render.TileDir{Root: t.TempDir()}, StoreName: render.StoreName(src.Info(), "handouttest"), Dataset: ds}
	for _, tc := range []struct {
		desc, paper, size string
	}{{"A4", "a4", "595.28 x 841.89 pts (A4)"}, {"US Letter", "letter", "612 x 792 pts (letter)"}} {
		t.Run(tc.desc, func(t *testing.T) {
			p, err := PaperByName(tc.paper)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "handout.pdf")
			if err := Write(context.Background(), b, l, views, path, Options{Paper: p}); err != nil {
				t.Fatal(err)
			}
			info, err := exec.Command("pdfinfo", path).Output()
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(info), tc.size) {
				t.Errorf("pdfinfo:\n%s\nwant page size %s", info, tc.size)
			}
			text, err := exec.Command("pdftotext", "-layout", path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			flat := strings.Join(strings.Fields(string(text)), " ")
			body, question := SplitQuestion(l.Scenes[0].Caption)
			for _, want := range []string{l.Title, "Scene 1 of 2", "Scene 2 of 2", firstWords(body, 6), question,
				"Sources of this map", "para 10 (The Challenge of the Shining Path): Attack on Techint oil installation",
				"Bibliography", "Cited in scenes 1, 2."} {
				if !strings.Contains(flat, want) {
					t.Errorf("the handout's text lacks %q", want)
				}
			}
			if err := exec.Command("pdftoppm", "-r", "20", "-png", path, filepath.Join(dir, "page")).Run(); err != nil {
				t.Fatal(err)
			}
			pages, _ := filepath.Glob(filepath.Join(dir, "page-*.png"))
			if len(pages) < 4 {
				t.Errorf("%d pages rendered, want a title page, two scenes and a bibliography", len(pages))
			}
			if err := Write(context.Background(), b, l, views, path, Options{Paper: p}); !errors.Is(err, ErrExists) {
				t.Errorf("second write: %v, want ErrExists", err)
			}
			if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
				t.Errorf("the refused write touched the file: %v", err)
			}
		})
	}
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
