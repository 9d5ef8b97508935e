package data

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// Period is the span of years a Feature covers. To is nil when the fact
// was still current at the latest source; From == *To for one-year events.
type Period struct {
	From        int
	To          *int
	Approximate bool
}

// Year returns a one-year period, as for an event.
func Year(y int) Period { return Period{From: y, To: &y} }

// Span returns the period from..to.
func Span(from, to int) Period { return Period{From: from, To: &to} }

// Since returns an open period that is still current.
func Since(from int) Period { return Period{From: from} }

// Ongoing reports whether the period has no end year.
func (p Period) Ongoing() bool { return p.To == nil }

// End returns the last year of the period, or latest when it is ongoing.
func (p Period) End(latest int) int {
	if p.To == nil {
		return latest
	}
	return *p.To
}

// Contains reports whether year falls in the period, ends included.
// An ongoing period contains every year from From on.
func (p Period) Contains(year int) bool {
	return year >= p.From && (p.To == nil || year <= *p.To)
}

// String formats the period as "1993-2014", "2012", "2015-" or "c. 1985-1999".
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
	return s
}

type periodJSON struct {
	From        *int `json:"from"`
	To          *int `json:"to"`
	Approximate bool `json:"approximate"`
}

// MarshalJSON writes {"from":..,"to":..|null,"approximate":..}.
func (p Period) MarshalJSON() ([]byte, error) {
	from := p.From
	return json.Marshal(periodJSON{From: &from, To: p.To, Approximate: p.Approximate})
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
	*p = Period{From: *raw.From, To: raw.To, Approximate: raw.Approximate}
	return nil
}
