// Package label sets and places map labels: one engine for every label of a
// view, the atlas's overlay features and the basemap's towns, rivers,
// countries, seas and lakes alike.
//
// A Typesetter renders text into cached alpha masks with a halo (multi-line,
// letter-spaced or turned to follow a river). An Engine places Candidates
// greedily by priority: each candidate offers spots (around a point, along
// a line, inside an area), best first, and takes the cheapest one that
// stays inside the frame and keeps a gap from every placed label and every
// blocked box (point symbols, markers); a label that finds no such spot is
// dropped. Lines can be given as soft obstacles that make a spot costlier
// without forbidding it. The engine is pure geometry in image pixels; the
// caller draws what was placed.
//
// The package draws no map and must not import fyne, gg or go-staticmaps.
package label
