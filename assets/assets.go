package assets

import (
	"embed"
)

//go:embed icon.png
var iconPNG []byte

// IconPNG returns the 512x512 application icon as PNG bytes. The slice is
// a fresh copy, so callers may keep or modify it.
func IconPNG() []byte { return append([]byte(nil), iconPNG...) }

//go:embed translations/*.json
var translations embed.FS

// Translations returns the UI catalogues, translations/en.json and
// translations/es.json, in the flat JSON format fyne's lang package reads.
func Translations() embed.FS { return translations }
