package data

import "strings"

// Faction is one of the Shining Path branches the map tells apart. A
// Feature's Faction field is free text from the articles ("VRAEM
// (Quispe Palomino clan)"); FactionOf sorts it into one of these.
type Faction string

// The factions the map draws in their own colour and hatch.
const (
	FactionNone     Faction = ""         // no faction given
	FactionParty    Faction = "party"    // Shining Path before the 1990s split
	FactionVRAEM    Faction = "vraem"    // the VRAEM remnant (Quispe Palomino)
	FactionHuallaga Faction = "huallaga" // the Upper Huallaga remnant (Artemio)
	FactionMOVADEF  Faction = "movadef"  // MOVADEF, the Guzmán line's political front
)

// Factions lists the factions in the order legends give them: the party
// before the split, then its remnants and front, then features with no
// faction.
func Factions() []Faction {
	return []Faction{FactionParty, FactionVRAEM, FactionHuallaga, FactionMOVADEF, FactionNone}
}

// FactionOf classifies a feature's free-text faction.
func FactionOf(text string) Faction {
	t := strings.ToLower(text)
	switch {
	case t == "":
		return FactionNone
	case strings.Contains(t, "vraem") || strings.Contains(t, "quispe"):
		return FactionVRAEM
	case strings.Contains(t, "huallaga") || strings.Contains(t, "artemio"):
		return FactionHuallaga
	case strings.Contains(t, "movadef"):
		return FactionMOVADEF
	}
	return FactionParty
}

// Title returns the faction's legend line in lang ("en" or "es").
func (f Faction) Title(lang string) string {
	var w words
	switch f {
	case FactionVRAEM:
		w = words{"Shining Path: VRAEM faction", "Sendero Luminoso: facción del VRAEM"}
	case FactionHuallaga:
		w = words{"Shining Path: Huallaga faction", "Sendero Luminoso: facción del Huallaga"}
	case FactionMOVADEF:
		w = words{"MOVADEF (Guzmán line)", "MOVADEF (línea de Guzmán)"}
	case FactionParty:
		w = words{"Shining Path before the split", "Sendero Luminoso antes de la división"}
	default:
		return LayerSenderoArea.PluralTitle(lang)
	}
	return w.in(lang)
}
