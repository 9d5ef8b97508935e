// Package searchbox is the toolbar's search box: an entry whose matches
// drop down beneath it, worded in the UI language ("VRAEM — Coca-growing
// zone", "Callao — town, PE, pop. 1,300,000").
//
// Box is a widget that asks a data/search Index, which owns the ranking,
// and reports the hit the user picks through OnChosen. It must never
// import ui or another panel.
package searchbox
