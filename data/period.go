package data

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Period is the span of years a Feature covers. To is nil when the fact
// was still current at the latest source; From == *To for one-year events.
//
// From is the first year the articles date the fact in. Approximate marks
// years given loosely ("the mid-1980s", "recent years"). Inferred marks a
// span the atlas took from context rather than from a date the articles
// give (an inferred Claim of the feature says from what). ImpliedFrom,
// when set, is earlier than From: the articles imply the feature existed
// before its first dated mention, from about that year, and the map shows
// those years approximately instead of leaving the feature out.
type Period struct {
	From        int
	To          *int
	Approximate bool
	Inferred    bool
	ImpliedFrom int // 0, or a year before From
}

// Year returns a one-year period, as for an event.
func Year(y int) Period { return Period{From: y, To: &y} }

// Span returns the period from..to.
func Span(from, to int) Period { return Period{From: from, To: &to} }

// Ongoing reports whether the period has no end year.
func (p Period) Ongoing() bool { return p.To == nil }

// End returns the last year of the period, or latest when it is ongoing.
func (p Period) End(latest int) int {
	if p.To == nil {
		return latest
	}
	return *p.To
}

// Start returns the first year the feature is on the map: ImpliedFrom
// when it is set, else From.
func (p Period) Start() int {
	if p.ImpliedFrom != 0 && p.ImpliedFrom < p.From {
		return p.ImpliedFrom
	}
	return p.From
}

// Contains reports whether year falls in the period, ends included, or in
// its implied years (ImpliedFrom up to From). An ongoing period contains
// every year from its start on.
func (p Period) Contains(year int) bool {
	return year >= p.Start() && (p.To == nil || year <= *p.To)
}

// Implied reports whether year is one of the implied years before the
// first dated mention (ImpliedFrom <= year < From).
func (p Period) Implied(year int) bool {
	return p.ImpliedFrom != 0 && year >= p.ImpliedFrom && year < p.From
}

// ApproximateIn reports whether the feature is on the map in year only
// approximately, and should be drawn so: an implied year, or any year of a
// period that is Approximate or Inferred. It is false for years the period
// does not contain.
func (p Period) ApproximateIn(year int) bool {
	if !p.Contains(year) {
		return false
	}
	return p.Implied(year) || p.Approximate || p.Inferred
}

// String formats the period as "1993-2014", "2012", "2015-" or "c. 1985-1999",
// followed by " (inferred)" for an inferred span and " (implied from c. 1985)"
// for implied years.
func (p Period) String() string {
	s := strconv.Itoa(p.From)
	switch {
	case p.To == nil:
		s += "-"
	case *p.To != p.From:
		s += "-" + strconv.Itoa(*p.To)
	}
	if p.Approximate {
		s = "c. " + s
	}
	if p.Inferred {
		s += " (inferred)"
	}
	if p.ImpliedFrom != 0 {
		s += " (implied from c. " + strconv.Itoa(p.ImpliedFrom) + ")"
	}
	return s
}

// StringIn writes the period for a reader in lang ("en" or "es"):
// "1993–2014", "2012", "since 2015" ("desde 2015"), "about 1985–1999"
// ("hacia 1985–1999", "desde aprox. 2012"), then "(years inferred by the
// atlas)" for an inferred span and "(implied from about 1985)" for
// implied years, in the same language.
func (p Period) StringIn(lang string) string {
	es := lang == LangES
	from := strconv.Itoa(p.From)
	var s string
	switch {
	case p.To == nil && es && p.Approximate:
		s = "desde aprox. " + from
	case p.To == nil && es:
		s = "desde " + from
	case p.To == nil && p.Approximate:
		s = "since about " + from
	case p.To == nil:
		s = "since " + from
	default:
		s = from
		if *p.To != p.From {
			s += "–" + strconv.Itoa(*p.To)
		}
		if p.Approximate && es {
			s = "hacia " + s
		} else if p.Approximate {
			s = "about " + s
		}
	}
	if p.Inferred {
		s += map[bool]string{false: " (years inferred by the atlas)", true: " (años inferidos por el atlas)"}[es]
	}
	if p.ImpliedFrom != 0 {
		s += map[bool]string{false: " (implied from about ", true: " (implícito desde aprox. "}[es] + strconv.Itoa(p.ImpliedFrom) + ")"
	}
	return s
}

type periodJSON struct {
	From        *int `json:"from"`
	To          *int `json:"to"`
	Approximate bool `json:"approximate"`
	Inferred    bool `json:"inferred,omitempty"`
	ImpliedFrom int  `json:"implied_from,omitempty"`
}

// MarshalJSON writes {"from":..,"to":..|null,"approximate":..} plus
// "inferred" and "implied_from" when they are set.
func (p Period) MarshalJSON() ([]byte, error) {
	from := p.From
	return json.Marshal(periodJSON{From: &from, To: p.To, Approximate: p.Approximate,
		Inferred: p.Inferred, ImpliedFrom: p.ImpliedFrom})
}

// UnmarshalJSON reads the form MarshalJSON writes; from is required.
func (p *Period) UnmarshalJSON(b []byte) error {
	var raw periodJSON
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("period: %w", err)
	}
	if raw.From == nil {
		return fmt.Errorf("%w: period has no from year", ErrFormat)
	}
	*p = Period{From: *raw.From, To: raw.To, Approximate: raw.Approximate,
		Inferred: raw.Inferred, ImpliedFrom: raw.ImpliedFrom}
	return nil
}
