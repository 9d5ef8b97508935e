//go:build ci || !cgo || js || wasm || android || ios || mobile

package ui

// checkDisplay has nothing to check without the GL driver (tests use
// fyne's software driver).
func checkDisplay() error { return nil }

// workArea is unknown without the GL driver: the window keeps its size.
func workArea() (width, height int, ok bool) { return 0, 0, false }
