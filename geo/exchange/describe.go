package exchange

import (
	"html"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
)

// htmlDoc builds a small HTML fragment; every text it is given is escaped.
type htmlDoc struct{ b strings.Builder }

// p adds a paragraph; bold and italic wrap the whole text.
func (h *htmlDoc) p(text string, bold, italic bool) {
	h.b.WriteString("<p>")
	switch {
	case bold:
		h.b.WriteString("<b>" + html.EscapeString(text) + "</b>")
	case italic:
		h.b.WriteString("<i>" + html.EscapeString(text) + "</i>")
	default:
		h.b.WriteString(html.EscapeString(text))
	}
	h.b.WriteString("</p>")
}

// list adds a heading and a bulleted (or numbered) list of items.
func (h *htmlDoc) list(heading string, items []string, numbered bool) {
	if len(items) == 0 {
		return
	}
	tag := "ul"
	if numbered {
		tag = "ol"
	}
	h.p(heading, true, false)
	h.b.WriteString("<" + tag + ">")
	for _, it := range items {
		h.b.WriteString("<li>" + html.EscapeString(it) + "</li>")
	}
	h.b.WriteString("</" + tag + ">")
}

func (h *htmlDoc) String() string { return h.b.String() }

// describeHTML writes a feature's sourced account as HTML for a KML
// balloon, in lang: the layer and years, the summary, how the place is
// known, implied years, how sure the articles are, figures, hedged and
// inferred claims, disagreements between sources, and the citations with
// their articles and locators.
func describeHTML(ds *data.Dataset, f data.Feature, lang string) string {
	var h htmlDoc
	h.p(f.Layer.Title(lang)+" \u00b7 "+periodText(f.Period, lang), true, false)
	h.p(f.SummaryIn(lang), false, false)
	h.p(say(lang, "Place: ", "Lugar: ")+placeText(f, lang), false, true)
	if s := impliedText(f.Period, lang); s != "" {
		h.p(s, false, true)
	}
	if f.Mode != "" {
		m := say(lang, "Mode: ", "Medio: ") + f.Mode.Title(lang)
		if f.ModeAssumed {
			m += say(lang, " (assumed by the atlas)", " (supuesto por el atlas)")
		}
		h.p(m, false, false)
	}
	if f.Destination != "" {
		h.p(say(lang, "Destination: ", "Destino: ")+f.Destination, false, false)
	}
	c := f.Certainty()
	h.p(say(lang, "How sure: ", "Certeza: ")+c.Title(lang)+" \u2014 "+c.Key(lang), false, false)
	var figs []string
	for _, fig := range f.Figures {
		figs = append(figs, figureText(fig, lang))
	}
	h.list(say(lang, "Figures", "Cifras"), figs, false)
	var claims []string
	for _, cl := range f.Claims {
		claims = append(claims, cl.TextIn(lang)+" \u2014 "+cl.Certainty.Norm().Title(lang)+" ("+citesText(ds, cl.Citations)+")")
	}
	h.list(say(lang, "Hedged and inferred claims", "Afirmaciones matizadas o inferidas"), claims, false)
	for _, cf := range f.Conflicts {
		var versions []string
		for _, v := range cf.Versions {
			versions = append(versions, v.ClaimIn(lang)+" \u2014 "+v.Certainty.Norm().Title(lang)+" ("+citesText(ds, v.Citations)+")")
		}
		h.list(say(lang, "The sources disagree: ", "Las fuentes discrepan: ")+cf.TopicIn(lang), versions, false)
	}
	var cites []string
	for _, ct := range f.Citations {
		s := citeText(ds, ct)
		if ct.Note != "" {
			s += " \u2014 " + ct.Note
		}
		cites = append(cites, s)
	}
	h.list(say(lang, "Sources", "Fuentes"), cites, true)
	return h.String()
}

// citesText joins citations with "; ".
func citesText(ds *data.Dataset, cs []data.Citation) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = citeText(ds, c)
	}
	return strings.Join(parts, "; ")
}

// documentHTML writes the file's description: what it is, how to use its
// time slider, and the full reference of every source it cites.
func documentHTML(sources []data.Source, opt Options) string {
	var h htmlDoc
	h.p(say(opt.Lang,
		"What five published articles say about coca, the Shining Path and cocaine trafficking in Peru, each feature with its sources. Summaries are the atlas's own words.",
		"Lo que cinco artículos publicados dicen sobre la coca, Sendero Luminoso y el tráfico de cocaína en el Perú, cada elemento con sus fuentes. Los resúmenes son palabras del propio atlas."), false, false)
	if opt.Year == 0 {
		h.p(say(opt.Lang,
			"Every feature has its years: use the time slider to see the map year by year.",
			"Cada elemento tiene sus años: use el control deslizante de tiempo para ver el mapa año por año."), false, true)
	}
	h.p(data.MarkKey(data.MarkHedged, opt.Lang), false, false)
	h.p(data.MarkKey(data.MarkInferred, opt.Lang), false, false)
	var refs []string
	for _, s := range sources {
		refs = append(refs, s.Reference(opt.Lang))
	}
	h.list(say(opt.Lang, "Sources", "Fuentes"), refs, true)
	if opt.Generator != "" {
		h.p(opt.Generator, false, true)
	}
	return h.String()
}
