package assets

import (
	_ "embed"
)

//go:embed icon.png
var iconPNG []byte

// IconPNG returns the 512x512 application icon as PNG bytes. The slice is
// a fresh copy, so callers may keep or modify it.
func IconPNG() []byte { return append([]byte(nil), iconPNG...) }
