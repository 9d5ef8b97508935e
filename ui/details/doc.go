// Package details is the side panel's Details tab (and presentation
// mode's details card): the sourced account of one feature. It shows what
// the articles say, in the project's own words, how firmly they say it
// (each hedged or inferred claim, figure and disagreeing version with its
// certainty; places and years the atlas inferred said so), which article
// says it and where, the figures, where the sources disagree, links to
// related features, and the feature's id with a button that copies it for
// `atlas -select`. A feature always opens at its top.
//
// The panel is a widget built from the dataset; it reports a related
// feature's link and its close button through callbacks. It must never
// import ui or another panel.
package details
