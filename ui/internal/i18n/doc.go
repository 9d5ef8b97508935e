// Package i18n owns the language of the interface: which catalogue of
// assets/translations is loaded (Setup, from the user's choice or the
// system's locale), which language is active (Current), and how the
// data's facts read in it: a feature's name and summary, its period and
// how precisely it is placed, an article's description and a short
// citation.
//
// The words of the data themselves (layer, group and mode titles, Spanish
// names and summaries) are owned by package data; this package only picks
// the language and words the UI's own phrases. It imports fyne's lang
// package and the project's data and assets; it must never import ui or a
// panel package.
package i18n
