package data

// HasSpanish reports whether an English phrase of the data (a citation's
// note, a figure's description or unit, a faction, an article's date note
// or venue) has its Spanish translation. Tests use it
// to prove that Spanish mode shows none of them in English.
func HasSpanish(en string) bool {
	_, ok := spanishPhrases()[en]
	return ok || en == ""
}

// KnownKind reports whether a feature kind has its words in both
// languages (tests keep the data's kinds covered).
func KnownKind(kind string) bool {
	_, ok := kindWords(kind)
	return ok || kind == ""
}
