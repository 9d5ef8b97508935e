package render

import (
	"fmt"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
)

// The export's own words (its furniture: title, legend heading, footer,
// notes) in English and Spanish. The layers' titles are data's, the
// legend lines overlay's; these are the words only an export says.

// tr is en, or es when lang is Spanish.
func tr(lang, en, es string) string {
	if lang == data.LangES {
		return es
	}
	return en
}

// DefaultTitle is the title of an export of year in lang ("es" or
// English) when none is given.
func DefaultTitle(year int, lang string) string {
	return fmt.Sprintf(tr(lang, "Peru: trafficking routes and Shining Path areas, %d",
		"Perú: rutas del narcotráfico y zonas de Sendero Luminoso, %d"), year)
}

// defaultSubtitle names the year and how many articles the footer lists.
func defaultSubtitle(year, nsrc int, lang string) string {
	lead := fmt.Sprintf(tr(lang, "The atlas as the articles describe it in %d", "El atlas tal como lo describen los artículos en %d"), year)
	switch nsrc {
	case 0:
		return lead
	case 1:
		return lead + tr(lang, ", from one article (below)", ", según un artículo (abajo)")
	}
	return lead + fmt.Sprintf(tr(lang, ", from %s articles (below)", ", según %s artículos (abajo)"), numberWord(nsrc, lang))
}

// numberWord spells n in lang up to ten.
func numberWord(n int, lang string) string {
	words := strings.Fields(tr(lang, "zero one two three four five six seven eight nine ten",
		"cero uno dos tres cuatro cinco seis siete ocho nueve diez"))
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return itoa(n)
}

// legendHeading heads the legend.
func legendHeading(year int, lang string) string {
	return tr(lang, "Legend, ", "Leyenda, ") + itoa(year)
}

// nothingMapped is the legend's line when no layer has a feature in view.
func nothingMapped(year int, lang string) string {
	return tr(lang, "No atlas layer has features in ", "Ninguna capa del atlas tiene elementos en ") + itoa(year)
}

// Footer words.
func sourcesWord(lang string) string { return tr(lang, "Sources:", "Fuentes:") }

func noSourcesWords(lang string) string {
	return tr(lang, "no atlas feature is shown in this view.", "esta vista no muestra ningún elemento del atlas.")
}

// userLayerWords names a user layer in the footer, marked as the user's.
func userLayerWords(name, lang string) string {
	return tr(lang, "Your layer \u201c", "Tu capa \u201c") + name + "\u201d"
}

func inferredYearsWords(lang string) string {
	return tr(lang, "Years in [ ] are inferred.", "Los años entre [ ] son inferidos.")
}

// attributionWords credits the atlas and, when given, the basemap.
func attributionWords(basemap, lang string) string {
	s := tr(lang, "Map: Peru Trafficking Atlas", "Mapa: Atlas del narcotráfico en el Perú")
	if basemap != "" {
		s += tr(lang, ". Basemap: ", ". Mapa base: ") + basemap
	}
	return s + "."
}

// gapWords is the note on a map with missing basemap tiles.
func gapWords(missing int, lang string) string {
	if missing == 1 {
		return tr(lang, "1 basemap tile missing: the map has a gap", "falta 1 tesela del mapa base: el mapa tiene un hueco")
	}
	return fmt.Sprintf(tr(lang, "%d basemap tiles missing: the map has gaps", "faltan %d teselas del mapa base: el mapa tiene huecos"), missing)
}
