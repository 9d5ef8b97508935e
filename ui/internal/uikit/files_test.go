package uikit

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
)

func TestFilePath(t *testing.T) {
	tests := []struct {
		desc string
		path string
	}{
		{desc: "a plain path", path: filepath.Join(t.TempDir(), "peru.png")},
		{desc: "spaces, accents and a percent sign", path: filepath.Join(t.TempDir(), "Mis mapas", "Apurímac 100%.pdf")},
	}
	for _, tc := range tests {
		if got := FilePath(storage.NewFileURI(tc.path)); got != tc.path {
			t.Errorf("%s: FilePath(NewFileURI(%q)) = %q, want the path back", tc.desc, tc.path, got)
		}
	}
}
