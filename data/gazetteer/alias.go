package gazetteer

import "strings"

// spellings lists, as folded words or phrases, the names a place or an
// atlas feature is also written as: old and new spellings (Cuzco, Cusco,
// Qosqo), the Quechua or colonial name (Huamanga for Ayacucho) and short
// forms (VRAE for the VRAEM). A search for any of them finds the others.
func spellings() [][]string {
	return [][]string{
		{"cusco", "cuzco", "qosqo"},
		{"nazca", "nasca"},
		{"ayacucho", "huamanga"},
		{"paita", "payta"},
		{"machupicchu", "machu picchu"},
		{"vraem", "vrae"},
		{"tingo maria", "tingomaria"},
		{"callao", "el callao"},
		{"puerto maldonado", "maldonado"},
	}
}

// Alternates returns the other spellings (see spellings) of every name in
// a folded text, joined by spaces; "" when it has none. Indexes append it
// to a folded name so that a query in any spelling finds it.
func Alternates(folded string) string {
	text := " " + folded + " "
	var out []string
	for _, group := range spellings() {
		for _, name := range group {
			if !strings.Contains(text, " "+name+" ") {
				continue
			}
			for _, other := range group {
				if other != name && !strings.Contains(text, " "+other+" ") {
					out = append(out, other)
				}
			}
			break
		}
	}
	return strings.Join(out, " ")
}

// Key is a name's search key: Fold(name) followed by its Alternates.
func Key(name string) string {
	f := Fold(name)
	if alt := Alternates(f); alt != "" {
		return f + " " + alt
	}
	return f
}
