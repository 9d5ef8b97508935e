// Package basemap holds the vectors of the atlas's offline basemap: land,
// lakes, rivers, borders, Peru's outline and the names to label them with,
// generated from real geodata by data/prep/basemap.sh and embedded in the
// binary.
//
// Sources (see NOTICE): GSHHG shorelines and WDBII rivers and borders
// (LGPL-3), the Digital Chart of the World country outlines shipped with GMT
// (DCW-GMT, LGPL-3), Natural Earth country names and shapes via npm
// world-atlas (public domain), and GeoNames places (CC BY 4.0) via the
// atlas gazetteer. Coordinates are longitude/latitude in degrees (WGS 84),
// quantized to 1e-5 degrees (about a metre) in the file.
//
// The file format is a gzip stream of a small tagged binary encoding; see
// Encode and Decode. Decode returns an error, never panics, on bad input.
package basemap
