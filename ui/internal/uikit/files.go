package uikit

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// OpenFile asks, over win, for a file whose name ends in one of exts
// (".json") and passes its path to open; cancel, when not nil, runs when
// none is chosen. The file is only named here: open reads it.
func OpenFile(win fyne.Window, exts []string, open func(path string), cancel func()) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			if cancel != nil {
				cancel()
			}
			return
		}
		path := FilePath(r.URI())
		r.Close()
		open(path)
	}, win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Show()
}

// FilePath is the file a file dialog chose, as the system writes paths: a
// file URI's path has slashes, which on Windows become backslashes
// (C:\Users\…), so the path the user sees and the one remembered look
// like every other Windows path.
func FilePath(u fyne.URI) string { return filepath.FromSlash(u.Path()) }
