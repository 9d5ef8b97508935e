package data

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// phraseIn returns an English phrase of the data in lang: its Spanish
// translation (spanishPhrases) for LangES when there is one, else the
// phrase itself.
func phraseIn(en, lang string) string {
	if lang == LangES {
		if es, ok := spanishPhrases()[en]; ok {
			return es
		}
	}
	return en
}

// NoteIn returns what the cited passage supports in lang.
func (c Citation) NoteIn(lang string) string { return phraseIn(c.Note, lang) }

// FactionIn returns the feature's free-text faction in lang.
func (f Feature) FactionIn(lang string) string { return phraseIn(f.Faction, lang) }

// VenueIn returns where the article appeared, in lang.
func (s Source) VenueIn(lang string) string { return phraseIn(s.Venue, lang) }

// DateNoteIn returns how the article's date is known, in lang.
func (s Source) DateNoteIn(lang string) string { return phraseIn(s.DateNote, lang) }

// locatorPattern splits a locator into its part of the article (a section
// heading, "opening" or "photo caption") and its lines, or a paragraph
// with an optional heading, or an endnote.
var locatorPattern = regexp.MustCompile(`^(?:(.+), (lines?) ([0-9]+(?:-[0-9]+)?)|para ([0-9]+(?:-[0-9]+)?)(?: \((.+)\))?|note ([0-9]+))$`)

// LocatorIn returns where in the article a citation points, in lang. In
// Spanish the words of the locator are translated ("para 12" becomes
// "párr. 12", "lines" "líneas") and the article's own section headings,
// which are English, are quoted «like this» so a reader can find them in
// the article.
func (c Citation) LocatorIn(lang string) string {
	m := locatorPattern.FindStringSubmatch(c.Locator)
	if lang != LangES || m == nil {
		return c.Locator
	}
	part := func(s string) string {
		switch s {
		case "opening":
			return "inicio"
		case "photo caption":
			return "pie de foto"
		}
		return "«" + s + "»"
	}
	switch {
	case m[2] != "":
		word := "líneas"
		if m[2] == "line" {
			word = "línea"
		}
		return part(m[1]) + ", " + word + " " + m[3]
	case m[4] != "" && m[5] != "":
		return "párr. " + m[4] + " (" + part(m[5]) + ")"
	case m[4] != "":
		return "párr. " + m[4]
	}
	return "nota " + m[6]
}

// printerFor formats numbers as lang's readers write them: English, or
// Peruvian Spanish (CLDR es-PE: 1,300,000 and 7.6, like English).
func printerFor(lang string) *message.Printer {
	if lang == LangES {
		return message.NewPrinter(language.MustParse("es-PE"))
	}
	return message.NewPrinter(language.English)
}

// FormatNumber writes v with grouped thousands and at most two decimals,
// as lang's readers write numbers.
func FormatNumber(v float64, lang string) string {
	return printerFor(lang).Sprint(number.Decimal(v, number.MaxFractionDigits(2)))
}

// StringIn formats a figure in lang: "what: [about ]value[-max] unit" in
// English, "qué: [unos ]valor[ a máx] unidad" in Spanish.
func (f Figure) StringIn(lang string) string {
	v := FormatNumber(f.Value, lang)
	if f.Max != 0 {
		sep := "-"
		if lang == LangES {
			sep = " a "
		}
		v += sep + FormatNumber(f.Max, lang)
	}
	if f.Approximate {
		if lang == LangES {
			v = "unos " + v
		} else {
			v = "about " + v
		}
	}
	return fmt.Sprintf("%s: %s %s", phraseIn(f.What, lang), v, phraseIn(f.Unit, lang))
}

// monthES is a month as Peru writes it (setiembre, not septiembre).
func monthES(m time.Month) string {
	return [12]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
		"agosto", "setiembre", "octubre", "noviembre", "diciembre"}[m-1]
}

// FormatDate writes an ISO date (2012-11-24) as lang's readers write it:
// "24 November 2012" or "24 de noviembre de 2012". A text that is not an
// ISO date is returned as it is.
func FormatDate(iso, lang string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	if lang == LangES {
		return strconv.Itoa(t.Day()) + " de " + monthES(t.Month()) + " de " + strconv.Itoa(t.Year())
	}
	return t.Format("2 January 2006")
}

// FormatDateTime writes a moment as lang's readers write it:
// "2026-11-30 13:26" in English, "30/11/2026 13:26" in Spanish (es-PE).
func FormatDateTime(t time.Time, lang string) string {
	if lang == LangES {
		return t.Format("02/01/2006 15:04")
	}
	return t.Format("2006-01-02 15:04")
}

// kindWords holds the words for each Feature.Kind of the data.
func kindWords(kind string) (words, bool) {
	w, ok := kindTable()[kind]
	return w, ok
}

// kindTable is the words of every kind, built once.
var kindTable = sync.OnceValue(func() map[string]words {
	return map[string]words{
		"production_zone":   {"production zone", "zona de producción"},
		"trafficking_area":  {"trafficking area", "zona de tráfico"},
		"displacement_risk": {"possible displacement", "posible desplazamiento"},
		"faction_area":      {"faction area", "zona de la facción"},
		"expansion":         {"expansion", "expansión"},
		"expansion_axis":    {"expansion axis", "eje de expansión"},
		"hideout":           {"hideout", "escondite"},
		"liberated_zone":    {"'liberated zone'", "«zona liberada»"},
		"political_front":   {"political front", "frente político"},
		"stronghold":        {"stronghold", "bastión"},
		"taxation":          {"taxation of trafficking", "cobro de cupos al tráfico"},
		"airstrips":         {"airstrips", "pistas"},
		"narco_flights":     {"narco flights", "narcovuelos"},
		"paste_flights":     {"coca paste flights", "vuelos de pasta básica"},
		"airdrops":          {"airdrops", "lanzamientos aéreos"},
		"interdiction":      {"air interdiction", "interdicción aérea"},
		"no_fly_zone":       {"no-fly zone", "zona de exclusión aérea"},
		"port":              {"port", "puerto"},
		"port_area":         {"port area", "zona portuaria"},
		"export":            {"export route", "ruta de exportación"},
		"internal":          {"internal route", "ruta interna"},
		"precursors":        {"precursor chemicals", "insumos químicos"},
		"projection":        {"projected route", "ruta proyectada"},
		"potential":         {"possible route", "ruta posible"},
		"historical_trail":  {"historical trail", "ruta histórica"},
		"sendero_movement":  {"Shining Path movement", "desplazamiento de Sendero"},
		"collection":        {"collection", "acopio"},
		"processing":        {"processing", "procesamiento"},
		"money":             {"money", "dinero"},
		"bases":             {"bases", "bases"},
		"deployment":        {"deployment", "despliegue"},
		"headquarters":      {"headquarters", "sede"},
		"ambush":            {"ambush", "emboscada"},
		"attack":            {"attack", "ataque"},
		"capture":           {"capture", "captura"},
		"dismantling":       {"dismantling", "desarticulación"},
		"election":          {"election", "elecciones"},
		"eradication":       {"eradication", "erradicación"},
		"exercise":          {"exercise", "ejercicio"},
		"founding":          {"founding", "fundación"},
		"infiltration":      {"infiltration", "infiltración"},
		"infrastructure":    {"infrastructure", "infraestructura"},
		"kidnapping":        {"kidnapping", "secuestro"},
		"killing":           {"killing", "asesinato"},
		"law":               {"law", "ley"},
		"operation":         {"operation", "operativo"},
		"policy":            {"policy", "política"},
		"seizure":           {"seizure", "incautación"},
		"transformation":    {"transformation", "transformación"},
	}
})

// KindIn returns the words for the feature's kind in lang ("no-fly zone",
// "zona de exclusión aérea"); a kind without words is written with spaces
// for underscores; "" when the feature has no kind.
func (f Feature) KindIn(lang string) string {
	if w, ok := kindWords(f.Kind); ok {
		return w.in(lang)
	}
	return strings.ReplaceAll(f.Kind, "_", " ")
}
