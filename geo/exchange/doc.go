// Package exchange writes the atlas's features for other tools: KML 2.2
// for Google Earth Pro (a folder per layer group and layer, the map's
// colours as shared styles, a TimeSpan on every Placemark for the time
// slider, an HTML description with the sourced account) and RFC 7946
// GeoJSON for QGIS, geojson.io and any GIS (the properties contract of
// data/README.md plus display fields in the chosen language and
// simplestyle colours). Both take the same Options: the year, the layers,
// the selection and the language, and both carry the bibliography of the
// sources they cite.
//
// Styles come from geo/overlay.LookOf, words from data (layer and group
// titles, certainty, precision, source references), so the files say what
// the window says. Writers take an io.Writer and do no file I/O of their
// own. The package imports no UI toolkit; reading files back (a user's
// layers) is data/userlayer's job, not this package's.
package exchange
