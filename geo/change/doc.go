// Package change owns the one rule for what changes on the atlas map
// between two years: which features appear, which disappear and which
// stay, by data.Feature.OnMapIn (the rule the drawing follows, events
// fading after their year included). The compare export rings what is on
// one map only with it, and a window's compare view can do the same.
//
// It is pure Go over the data model and must not import a drawing
// library or anything under ui/.
package change
