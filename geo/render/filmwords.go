package render

import "fmt"

// The words of animations and comparisons, in English and Spanish (see
// words.go for the single map's).

// YearsTitle is the title of an animation of the years from to to in lang.
func YearsTitle(from, to int, lang string) string {
	return fmt.Sprintf(tr(lang, "Peru: trafficking routes and Shining Path areas, %d\u2013%d",
		"Perú: rutas del narcotráfico y zonas de Sendero Luminoso, %d-%d"), from, to)
}

// YearsSubtitle says an animation shows the atlas year by year, from
// nsrc articles.
func YearsSubtitle(nsrc int, lang string) string {
	switch nsrc {
	case 0:
		return tr(lang, "Year by year", "Año por año")
	case 1:
		return tr(lang, "Year by year, as one article describes it (below)", "Año por año, tal como lo describe un artículo (abajo)")
	}
	return fmt.Sprintf(tr(lang, "Year by year, as %s articles describe it (below)", "Año por año, tal como lo describen %s artículos (abajo)"),
		numberWord(nsrc, lang))
}

// compareTitle is the default title of a comparison of two years.
func compareTitle(years [2]int, lang string) string {
	return fmt.Sprintf(tr(lang, "Peru: trafficking routes and Shining Path areas, %d and %d",
		"Perú: rutas del narcotráfico y zonas de Sendero Luminoso, %d y %d"), years[0], years[1])
}

// compareHeading heads a comparison's legend, whose counts read "first →
// second".
func compareHeading(years [2]int, lang string) string {
	return fmt.Sprintf(tr(lang, "Legend, %d \u2192 %d", "Leyenda, %d \u2192 %d"), years[0], years[1])
}

// onlyOnMap keys the rings of what only the map of year shows.
func onlyOnMap(year int, lang string) string {
	return fmt.Sprintf(tr(lang, "On the %d map only", "Solo en el mapa de %d"), year)
}

// compareSubtitle says which map is which and what the rings mean.
func compareSubtitle(years [2]int, lang string) string {
	return fmt.Sprintf(tr(lang, "%d, then %d: what only one of the two maps shows is ringed; sources below",
		"%d y luego %d: lo que muestra solo uno de los dos mapas va rodeado; fuentes abajo"), years[0], years[1])
}
