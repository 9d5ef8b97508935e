// Package details is the side panel's Details tab (and presentation
// mode's details card): the sourced account of one feature. It shows what
// the articles say, in the project's own words, which article says it and
// where, the figures, where the sources disagree, and links to related
// features.
//
// The panel is a widget built from the dataset; it reports a related
// feature's link and its close button through callbacks. It must never
// import ui or another panel.
package details
