// Command basemapgen builds data/basemap/basemap.bin.gz from GMT's GSHHG,
// WDBII and DCW data, Natural Earth country names (npm world-atlas, made
// into GeoJSON by data/prep/basemap.mjs) and the atlas gazetteer. Run it
// through data/prep/basemap.sh, which documents the whole rebuild.
//
// It runs by hand with Debian's gmt; nothing of the atlas imports it.
package main
