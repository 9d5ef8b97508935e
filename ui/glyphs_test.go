package ui

import (
	"go/scanner"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"

	"github.com/perutraffickingatlas/atlas/data"
)

// TestTextHasGlyphs: every character the window can show is in the fonts
// fyne embeds (the classroom theme keeps fyne's text fonts). On Linux and
// macOS a missing glyph is quietly borrowed from a system font; on a
// Windows without that font (wine has none) it is drawn as "?", as the
// status line's "+/−" (U+2212) was.
func TestTextHasGlyphs(t *testing.T) {
	fonts := map[string]fyne.Resource{
		"regular": theme.DefaultTextFont(),
		"bold":    theme.DefaultTextBoldFont(),
		"italic":  theme.DefaultTextItalicFont(),
	}
	texts := map[string]string{}
	for _, code := range []string{"en", "es"} {
		var b strings.Builder
		for k, v := range catalogue(t, code) {
			b.WriteString(k + v)
		}
		texts["translations/"+code+".json"] = b.String()
	}
	err := fs.WalkDir(data.EmbeddedFS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		b, err := fs.ReadFile(data.EmbeddedFS(), path)
		texts["data/"+path] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for path, lits := range uiStringLiterals(t) {
		texts["ui/"+path] = lits
	}
	if len(texts) < 5 {
		t.Fatalf("only %d texts read: the walks missed the translations, the data or the ui sources", len(texts))
	}
	var buf sfnt.Buffer
	missing := map[rune]map[string]bool{} // the texts that have a rune some font lacks
	for style, res := range fonts {
		f, err := sfnt.Parse(res.Content())
		if err != nil {
			t.Fatalf("%s font %s: %v", style, res.Name(), err)
		}
		for name, text := range texts {
			for _, r := range text {
				if r < 0x80 || unicode.IsControl(r) || r == '\ufeff' || missing[r][name] {
					continue
				}
				if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
					if missing[r] == nil {
						missing[r] = map[string]bool{}
					}
					missing[r][name] = true
				}
			}
		}
	}
	for r, names := range missing {
		t.Errorf("%q (%U) is not in fyne's fonts, and is in %s: write it with characters the fonts have",
			r, r, strings.Join(slices.Sorted(maps.Keys(names)), ", "))
	}
}

// uiStringLiterals returns, for each Go source file of ui and the packages
// under it (tests and testdata aside), its string literals joined.
func uiStringLiterals(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if !d.Type().IsRegular() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		var s scanner.Scanner
		s.Init(fset.AddFile(path, -1, len(src)), src, nil, 0)
		var b strings.Builder
		for {
			_, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if tok == token.STRING || tok == token.CHAR {
				if v, err := strconv.Unquote(lit); err == nil {
					b.WriteString(v)
				}
			}
		}
		out[path] = b.String()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
