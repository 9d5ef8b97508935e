// Package userlayer reads a user's own layer next to the atlas: a list of
// towns a teacher will talk about, a newer coca survey, a journalist's
// route. It imports GeoJSON (a FeatureCollection or one Feature), KML and
// KMZ (Placemarks with Point, LineString, Polygon or MultiGeometry,
// TimeSpan or TimeStamp, name, description and ExtendedData; folders
// flattened, their names kept) and CSV (a header row, latitude and
// longitude columns found by name in English or Spanish, comma or
// semicolon separators, comma or point decimals, years, ISO dates and
// day/month/year dates that are never guessed silently).
//
// A Layer is the user's, never the atlas's: its features carry what the
// file says (name, description, years, other fields, and citations when
// the file gives them) and its own sources, apart from the atlas's
// sourced data. Read and ReadFile report every problem at once with the
// file, line, column or feature, capped at Limits.Problems with a count of
// the rest, or, with Options.SkipBad, load the features that read and say
// which were left out and why (Layer.Skipped; an error about the whole
// file still refuses it). They count the dates a DateOrder would settle
// (ImportError.Ambiguous, Layer.Ambiguous), so that a program
// can ask the user rather than guess. Layer.Validate adds helpful
// warnings and, only when asked, the
// atlas's own rules (citations with known sources and locators, Spanish
// names).
//
// Every read is bounded (Limits: bytes, features, vertices, problems),
// only regular files are opened, and text must be UTF-8 (a byte order mark
// is accepted; Latin-1 is refused with a hint). The package is pure Go:
// no drawing, no UI toolkit; the window, the overlay, lessons and exports
// use its model.
package userlayer
