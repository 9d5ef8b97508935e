package data

// The languages the dataset's texts are written in: English is the
// original, Spanish the project's own translation of it.
const (
	LangEN = "en"
	LangES = "es"
)

// Languages lists the language codes Title, NameIn and SummaryIn know, the
// original first.
func Languages() []string { return []string{LangEN, LangES} }

// layerTitle holds each layer's singular title by language.
func layerTitle(l Layer) (en, es string) {
	switch l {
	case LayerCocaZone:
		return "Coca-growing zone", "Zona cocalera"
	case LayerSenderoArea:
		return "Shining Path area", "Zona de Sendero Luminoso"
	case LayerAirstrip:
		return "Clandestine airstrip", "Pista clandestina"
	case LayerAirRoute:
		return "Air route", "Ruta aérea"
	case LayerExitPort:
		return "Exit port", "Puerto de salida"
	case LayerRoute:
		return "Trafficking route", "Ruta del narcotráfico"
	case LayerEvent:
		return "Event", "Hecho"
	case LayerHub:
		return "Hub", "Nodo"
	case LayerBase:
		return "Base", "Base"
	}
	return string(l), string(l)
}

// Title returns the layer's title for a legend or a heading in lang ("en"
// or "es"). Any other language gets English; an unknown layer gets its
// own name.
func (l Layer) Title(lang string) string {
	en, es := layerTitle(l)
	if lang == LangES {
		return es
	}
	return en
}

// NameIn returns the feature's name in lang ("en" or "es"), falling back
// to the English Name when there is no translation.
func (f Feature) NameIn(lang string) string {
	if lang == LangES && f.NameES != "" {
		return f.NameES
	}
	return f.Name
}

// TopicIn returns the conflict's topic in lang ("en" or "es"), falling
// back to English.
func (c Conflict) TopicIn(lang string) string {
	if lang == LangES && c.TopicES != "" {
		return c.TopicES
	}
	return c.Topic
}

// ClaimIn returns the version's claim in lang ("en" or "es"), falling back
// to English. Its citations are the same in every language.
func (v Version) ClaimIn(lang string) string {
	if lang == LangES && v.ClaimES != "" {
		return v.ClaimES
	}
	return v.Claim
}

// SummaryIn returns the feature's summary in lang ("en" or "es"), falling
// back to the English Summary when there is no translation.
func (f Feature) SummaryIn(lang string) string {
	if lang == LangES && f.SummaryES != "" {
		return f.SummaryES
	}
	return f.Summary
}
