package data

// Certainty says how firmly the articles make a claim: as plain fact, on
// the strength of reports, as an estimate, as what seems to be so, as a
// possibility, or not at all (the atlas's own inference). The empty value
// means stated, so plain facts need no field.
type Certainty string

// The certainties, from the firmest to the weakest (see Rank).
const (
	// CertaintyStated: the article says it as fact.
	CertaintyStated Certainty = "stated"
	// CertaintyReported: the article passes it on from others ("reportedly",
	// "according to", "press reports indicate", "said to", "is considered").
	CertaintyReported Certainty = "reported"
	// CertaintyEstimated: a number or extent the article gives as an
	// estimate ("an estimated", "experts estimate").
	CertaintyEstimated Certainty = "estimated"
	// CertaintyAlleged: what only seems to be so ("apparent", "apparently",
	// "seemed", "appeared designed", "allegedly").
	CertaintyAlleged Certainty = "alleged"
	// CertaintyPossible: what the article offers as possible, likely or
	// arguable ("may", "might", "possible", "likely", "arguably").
	CertaintyPossible Certainty = "possible"
	// CertaintyInferred: not the article's statement but this atlas's
	// inference from it: a start year taken from context, an assumed road.
	CertaintyInferred Certainty = "inferred"
)

// Certainties lists every certainty from the firmest to the weakest.
func Certainties() []Certainty {
	return []Certainty{CertaintyStated, CertaintyReported, CertaintyEstimated,
		CertaintyAlleged, CertaintyPossible, CertaintyInferred}
}

// Norm returns c with the empty value spelled out as CertaintyStated.
func (c Certainty) Norm() Certainty {
	if c == "" {
		return CertaintyStated
	}
	return c
}

// Known reports whether c is one of Certainties or empty (stated).
func (c Certainty) Known() bool { return c.Rank() >= 0 }

// Rank orders the certainties: 0 for stated (and empty), higher for
// weaker, -1 for an unknown value.
func (c Certainty) Rank() int {
	for i, k := range Certainties() {
		if c.Norm() == k {
			return i
		}
	}
	return -1
}

// Weaker reports whether c is a weaker certainty than than. An unknown
// value is weaker than every known one.
func (c Certainty) Weaker(than Certainty) bool {
	r, t := c.Rank(), than.Rank()
	if r < 0 {
		return t >= 0
	}
	return t >= 0 && r > t
}

// Weakest returns the weakest of cs, or CertaintyStated when cs is empty.
func Weakest(cs ...Certainty) Certainty {
	out := CertaintyStated
	for _, c := range cs {
		if c.Norm().Weaker(out) {
			out = c.Norm()
		}
	}
	return out
}

// certaintyText holds each certainty's title and one-line key by language.
func certaintyText(c Certainty) (en, es, keyEN, keyES string) {
	switch c.Norm() {
	case CertaintyStated:
		return "stated", "afirmado",
			"the article states it as fact",
			"el artículo lo afirma como un hecho"
	case CertaintyReported:
		return "reported", "según informes",
			"the article passes it on from reports or sources",
			"el artículo lo recoge de informes o fuentes"
	case CertaintyEstimated:
		return "estimated", "estimado",
			"the article gives it as an estimate",
			"el artículo lo da como una estimación"
	case CertaintyAlleged:
		return "apparent", "aparente",
			"the article says it only seems to be so",
			"el artículo dice que solo parece ser así"
	case CertaintyPossible:
		return "possible", "posible",
			"the article offers it as possible, likely or arguable",
			"el artículo lo plantea como posible, probable o discutible"
	case CertaintyInferred:
		return "inferred by the atlas", "inferido por el atlas",
			"not stated by the article: this atlas's inference from it",
			"el artículo no lo dice: es una inferencia de este atlas"
	}
	return string(c), string(c), string(c), string(c)
}

// Title returns the certainty's short word for a panel or an export in
// lang ("en" or "es"); any other language gets English and an unknown value
// its own name. The title of CertaintyAlleged is "apparent": the articles'
// word for most of its cases.
func (c Certainty) Title(lang string) string {
	en, es, _, _ := certaintyText(c)
	if lang == LangES {
		return es
	}
	return en
}

// Key returns a one-line explanation of the certainty for a legend or an
// export's key, in lang ("en" or "es").
func (c Certainty) Key(lang string) string {
	_, _, en, es := certaintyText(c)
	if lang == LangES {
		return es
	}
	return en
}

// Claim is one hedged or inferred claim of a Feature's summary: the claim
// in the project's own words (Text, and TextES in Spanish), how firmly the
// articles make it, and the citations it rests on. Plain stated facts need
// no Claim; the summary and citations carry them.
type Claim struct {
	Text      string     `json:"text"`
	TextES    string     `json:"text_es"`
	Certainty Certainty  `json:"certainty"`
	Citations []Citation `json:"citations"`
}

// TextIn returns the claim in lang ("en" or "es"), falling back to English.
func (c Claim) TextIn(lang string) string {
	if lang == LangES && c.TextES != "" {
		return c.TextES
	}
	return c.Text
}

// Certainty returns the weakest certainty among the feature's claims and
// figures, or CertaintyStated when there are none: what a map marker should
// show. A period or place the atlas infers always comes with an inferred
// claim (the validator requires it), so it counts too. Conflict versions do
// not count: a conflict is shown as such.
func (f Feature) Certainty() Certainty {
	var cs []Certainty
	for _, c := range f.Claims {
		cs = append(cs, c.Certainty)
	}
	for _, fig := range f.Figures {
		cs = append(cs, fig.Certainty)
	}
	return Weakest(cs...)
}

// Marks tells how the map marks a feature's label: hedged when the
// articles hedge one of its claims or figures (reported, estimated,
// apparent or possible), inferred when part of it is this atlas's own
// inference.
func (f Feature) Marks() (hedged, inferred bool) {
	var cs []Certainty
	for _, c := range f.Claims {
		cs = append(cs, c.Certainty)
	}
	for _, fig := range f.Figures {
		cs = append(cs, fig.Certainty)
	}
	for _, c := range cs {
		switch c.Norm() {
		case CertaintyInferred:
			inferred = true
		case CertaintyStated:
		default:
			hedged = true
		}
	}
	return hedged, inferred || f.PlaceInferred || f.Period.Inferred
}

// The marks a map label carries, and their key.
const (
	MarkHedged   = "°"
	MarkInferred = "*"
)

// Mark returns the marks for a feature's label: "", "°", "*" or "°*".
func (f Feature) Mark() string {
	hedged, inferred := f.Marks()
	s := ""
	if hedged {
		s += MarkHedged
	}
	if inferred {
		s += MarkInferred
	}
	return s
}

// markText holds each mark's key line and its short form, by language.
func markText(mark string) (key, short words, ok bool) {
	switch mark {
	case MarkHedged:
		return words{"° the articles hedge part of it (reported, estimated, apparent or possible)",
				"° los artículos lo matizan en parte (según informes, estimado, aparente o posible)"},
			words{"° hedged by the articles", "° matizado por los artículos"}, true
	case MarkInferred:
		return words{"* partly inferred by this atlas, not said by the articles",
				"* en parte inferido por este atlas, no dicho por los artículos"},
			words{"* inferred by the atlas", "* inferido por el atlas"}, true
	}
	return words{}, words{}, false
}

// MarkKey returns the one-line key of a mark for a legend in lang.
func MarkKey(mark, lang string) string {
	if key, _, ok := markText(mark); ok {
		return key.in(lang)
	}
	return mark
}

// MarkShortKey returns a mark's key in a few words, for a compact legend
// on a projector: "° hedged by the articles".
func MarkShortKey(mark, lang string) string {
	if _, short, ok := markText(mark); ok {
		return short.in(lang)
	}
	return mark
}

// Certainties returns the distinct certainties of the feature's claims and
// figures other than stated, weakest last.
func (f Feature) Certainties() []Certainty {
	seen := map[Certainty]bool{}
	for _, c := range f.Claims {
		seen[c.Certainty.Norm()] = true
	}
	for _, fig := range f.Figures {
		seen[fig.Certainty.Norm()] = true
	}
	var out []Certainty
	for _, c := range Certainties()[1:] {
		if seen[c] {
			out = append(out, c)
		}
	}
	return out
}
