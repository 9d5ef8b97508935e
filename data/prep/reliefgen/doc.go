// Command reliefgen rebuilds data/relief/relief.bin.gz, the elevation model
// under the embedded basemap's shaded relief, from the SRTM30-derived
// relief tiles of Debian's marble-qt-data, calibrated against NOAA's ETOPO5
// from Debian's ferret-datasets. Run it from the repository root:
//
//	apt-get install marble-qt-data ferret-datasets
//	go run ./data/prep/reliefgen
//
// What it does, in order:
//  1. reads Marble's level-3 tiles over the basemap's data bound (rows 3-5,
//     columns 4-5: 2 arc-minutes per pixel) into one grey mosaic;
//  2. smooths the grey against JPEG blocking and the 8-bit steps, which a
//     hillshade would otherwise show, strongly on flat land and lightly on
//     rugged land, whose narrow ridges a uniform blur would flatten;
//  3. fits the grey-to-metres curve by quantile matching against ETOPO5
//     over the four tiles around Peru (see calibrate.go) and converts;
//  4. writes two grids: a fine one at the mosaic's own 2 arc-minutes over
//     the atlas extent with a 1.5 degree margin, and a coarse one at 5
//     arc-minutes, filtered to that spacing, over the whole data bound of
//     the basemap, so that zooms 4 to 6 fade out at no hard edge.
//
// The output is deterministic.
//
// It runs by hand with Debian's marble-qt-data and ferret-datasets; nothing of the atlas imports it.
package main
