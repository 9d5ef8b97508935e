// Package catalog owns the list of basemaps a user can choose and turns a
// basemap spec ("embedded", "osm", "opentopomap", "esri", an XYZ URL
// template or a path to an .mbtiles file) into an open tiles.Source. The
// command line's -basemap flag and the window's basemap picker share it.
package catalog
