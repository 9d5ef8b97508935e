package handout

import "fmt"

// The handout's own words in English and Spanish.

func tr(lang, en, es string) string {
	if lang == "es" {
		return es
	}
	return en
}

func sceneOf(i, n int, lang string) string {
	return fmt.Sprintf(tr(lang, "Scene %d of %d", "Escena %d de %d"), i, n)
}

func questionWord(lang string) string { return tr(lang, "Question", "Pregunta") }
func notesWord(lang string) string    { return tr(lang, "Notes", "Notas") }
func scenesWord(lang string) string   { return tr(lang, "Scenes", "Escenas") }
func pageWord(lang string) string     { return tr(lang, "Page", "Página") }

func sourcesHere(lang string) string {
	return tr(lang, "Sources of this map, and where in them", "Fuentes de este mapa, y dónde en ellas")
}

func bibliographyWord(lang string) string { return tr(lang, "Bibliography", "Bibliografía") }

func citedInScenes(list string, lang string) string {
	return fmt.Sprintf(tr(lang, "Cited in scenes %s.", "Citada en las escenas %s."), list)
}

func colophon(lang string) string {
	return tr(lang, "Made with Peru Trafficking Atlas. Every feature on the maps cites one of the articles in the bibliography, with the place in it; each map's legend explains its symbols and marks.",
		"Hecho con el Atlas del narcotráfico en el Perú. Cada elemento de los mapas cita uno de los artículos de la bibliografía, con el lugar en él; la leyenda de cada mapa explica sus símbolos y marcas.")
}
