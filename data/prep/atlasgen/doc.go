// Command atlasgen builds the atlas GeoJSON layers in data/atlas from the
// hand-written feature specs in data/prep/atlas.
//
// The specs name places (GeoNames towns from data/gazetteer) and article
// lines, never coordinates or locator text. atlasgen resolves the places,
// draws zones as grown convex hulls of gazetteer towns, follows rivers on the
// GSHHG/WDBII network printed by Debian's gmt, turns article lines into
// section/paragraph locators with outline.json, validates the result with
// package data, checks that every hedge of a cited article line is carried
// (see hedges.go and data/textcheck), and writes one FeatureCollection per
// layer plus coverage.md.
//
// Usage, from the repository root:
//
//	go run ./data/prep/atlasgen            # needs gmt with GSHHG high resolution
//	go run ./data/prep/atlasgen -v         # also log how each river was matched
//
// It runs by hand; nothing of the atlas imports it.
package main
