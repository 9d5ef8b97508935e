// Package sources is the side panel's Sources tab: every article of the
// bibliography with what is known of its author, venue and date, and the
// features that cite it as links that open them.
//
// The list is a widget built from the dataset; a link reports the feature
// to open through a callback. It must never import ui or another panel.
package sources
