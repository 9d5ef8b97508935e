package exchange

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
)

// say picks the English or the Spanish text for lang.
func say(lang, en, es string) string {
	if lang == data.LangES {
		return es
	}
	return en
}

// title is the file's title in lang, with the year when one is chosen.
func title(opt Options) string {
	t := say(opt.Lang, "Peru Trafficking Atlas", "Atlas del narcotráfico en el Perú")
	if opt.Year != 0 {
		t += ", " + strconv.Itoa(opt.Year)
	}
	return t
}

// periodText writes a period in lang: "1993–2014", "2012", "2015 onwards"
// ("desde 2015"), "c." for approximate years, and a note for years the
// atlas inferred.
func periodText(p data.Period, lang string) string {
	var s string
	switch {
	case p.To == nil:
		s = say(lang, strconv.Itoa(p.From)+" onwards", "desde "+strconv.Itoa(p.From))
	case *p.To == p.From:
		s = strconv.Itoa(p.From)
	default:
		s = fmt.Sprintf("%d\u2013%d", p.From, *p.To)
	}
	if p.Approximate {
		s = "c. " + s
	}
	if p.Inferred {
		s += say(lang, " (years inferred by the atlas)", " (años inferidos por el atlas)")
	}
	return s
}

// impliedText explains implied years, or returns "" when there are none.
func impliedText(p data.Period, lang string) string {
	if p.ImpliedFrom == 0 || p.ImpliedFrom >= p.From {
		return ""
	}
	return say(lang,
		fmt.Sprintf("Shown from c. %d: the articles imply it before its first dated mention (%d).", p.ImpliedFrom, p.From),
		fmt.Sprintf("Se muestra desde c. %d: los artículos lo dan a entender antes de su primera mención fechada (%d).", p.ImpliedFrom, p.From))
}

// figureText writes a figure as "what: [about ]value[-max] unit" in lang,
// with its certainty when it is not stated.
func figureText(fig data.Figure, lang string) string {
	v := strconv.FormatFloat(fig.Value, 'g', -1, 64)
	if fig.Max != 0 {
		v += "\u2013" + strconv.FormatFloat(fig.Max, 'g', -1, 64)
	}
	if fig.Approximate {
		v = say(lang, "about ", "aprox. ") + v
	}
	s := fig.What + ": " + v + " " + fig.Unit
	if c := fig.Certainty.Norm(); c != data.CertaintyStated {
		s += " (" + c.Title(lang) + ")"
	}
	return s
}

// placeText says how exactly the feature is placed, and when the atlas
// chose the place.
func placeText(f data.Feature, lang string) string {
	s := f.Precision.Title(lang)
	if f.PlaceInferred {
		s += say(lang, "; the place is the atlas's choice (see the inferred claim)",
			"; el lugar lo eligió el atlas (ver la afirmación inferida)")
	}
	return s
}

// citeText writes a citation as "“Article title”, locator" (the source id
// when the bibliography lacks it).
func citeText(ds *data.Dataset, c data.Citation) string {
	name := c.Source
	if s, ok := ds.Source(c.Source); ok {
		name = "\u201c" + strings.TrimSpace(s.Title) + "\u201d"
	}
	return name + ", " + c.Locator
}
