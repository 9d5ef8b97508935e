// Package testtool finds the outside programs some tests drive (ffmpeg,
// ffprobe, GDAL's ogrinfo, poppler's pdftoppm): without one a test skips on
// a developer's machine, saying what to install, and fails in CI, where
// scripts/lib.sh installs them all, so a missing package can never turn a
// check into a silent skip there.
//
// It is for tests only, and imports nothing of the atlas.
package testtool
