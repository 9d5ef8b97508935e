// Package change owns the one rule for what changes on the atlas map
// between two years: which features appear, which disappear and which
// stay, by data.Feature.OnMapIn (the rule the drawing follows, events
// fading after their year included). The compare export and the window's
// compare view mark what is on one map only with it (see overlay.Mark),
// and open on the earlier year EarlierYear picks.
//
// It is pure Go over the data model and must not import a drawing
// library or anything under ui/.
package change
