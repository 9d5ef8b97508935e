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

// NameIn returns the feature's name in lang ("en" or "es"), falling back
// to the English Name when there is no translation.
func (f Feature) NameIn(lang string) string {
	if lang == LangES && f.NameES != "" {
		return f.NameES
	}
	return f.Name
}

// DestinationIn returns the label of the feature's off-map end in lang
// ("en" or "es"), falling back to English; "" when it has none.
func (f Feature) DestinationIn(lang string) string {
	if lang == LangES && f.DestinationES != "" {
		return f.DestinationES
	}
	return f.Destination
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
