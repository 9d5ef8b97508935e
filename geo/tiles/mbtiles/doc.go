// Package mbtiles owns MBTiles 1.3 tile packages: an offline raster
// basemap in one SQLite file that a teacher can copy onto a laptop and
// load, read with the pure-Go modernc.org/sqlite driver.
//
// Open validates the file (SQLite, with metadata and tiles tables),
// parses its metadata with ParseMetadata (name, format, bounds, center,
// minzoom, maxzoom, attribution, type, version) and returns a Source that
// implements tiles.Source for XYZ tiles, flipping rows to the TMS scheme
// MBTiles stores (tile_row = 2^z - 1 - y). PNG, JPEG and WebP tiles are
// decoded; vector tilesets (format pbf) are refused with ErrVectorTiles;
// files that are not MBTiles or are broken yield ErrNotMBTiles naming the
// file. The file is opened read-only, so packages on read-only media work
// and nothing is ever written; not as immutable, so SQLite's locks keep
// reads consistent while another program rewrites the file.
package mbtiles
