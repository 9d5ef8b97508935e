// Package search finds what a user types in the atlas's search box: the
// atlas features and the gazetteer places whose names contain the query,
// accents and case optional ("Apurimac" finds "Apurímac"), in any of
// their spellings ("Cuzco" finds Cusco), ranked so the likeliest come
// first; and, when nothing matches, the names a misspelt query probably
// meant (Suggest: "Calao" suggests Callao).
//
// It owns the ranking only; how a hit is worded and shown is the UI's. It is
// pure Go and must never import fyne or anything under ui/.
package search
