// Package searchbox is the toolbar's search box: an entry whose matches
// drop down beneath it, worded in the UI language ("VRAEM — Coca-growing
// zone", "Callao — town, PE, pop. 1,300,000").
//
// The matches drop down on a layer of the window's content, so the entry
// keeps the keyboard focus: typing goes on while they show, Up and Down
// move through them, Enter picks one, Esc closes them. When nothing
// matches it says so and offers what a misspelt query probably meant
// ("Calao": Callao).
//
// Box is a widget that asks a data/search Index, which owns the ranking
// and the suggestions, and reports the hit the user picks through
// OnChosen. It must never import ui or another panel.
package searchbox
