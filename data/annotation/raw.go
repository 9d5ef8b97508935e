package annotation

import "fmt"

// Raw is one annotation in the JSON form files hold, read with pointers so
// a missing field can be told from a zero one. Annotation files and lesson
// scenes share it; Resolve turns it into an Annotation.
type Raw struct {
	ID       string     `json:"id,omitempty"`
	Kind     Kind       `json:"kind"`
	At       *[]float64 `json:"at"`
	To       *[]float64 `json:"to,omitempty"`
	RadiusKm *float64   `json:"radius_km,omitempty"`
	Text     string     `json:"text,omitempty"`
	Color    string     `json:"color,omitempty"`
}

// Problem is one field of a Raw annotation that is missing, malformed or
// not allowed for its kind.
type Problem struct {
	Field string // "at", "to" or "radius_km"
	Msg   string
}

// Resolve turns r into an Annotation, with id when r has none, and lists
// the fields that are missing, are not exactly [longitude, latitude], or do
// not belong to the kind. Values are checked later, by Validate.
func (r Raw) Resolve(id string) (Annotation, []Problem) {
	a := Annotation{ID: r.ID, Kind: r.Kind, Text: r.Text, Color: r.Color}
	if a.ID == "" {
		a.ID = id
	}
	var ps []Problem
	point := func(field string, p *[]float64, dst *[2]float64) {
		if len(*p) != 2 {
			ps = append(ps, Problem{field, fmt.Sprintf("want [longitude, latitude], got %d number(s)", len(*p))})
			return
		}
		*dst = [2]float64{(*p)[0], (*p)[1]}
	}
	if r.At == nil {
		ps = append(ps, Problem{"at", "missing ([longitude, latitude])"})
	} else {
		point("at", r.At, (*[2]float64)(&a.At))
	}
	if r.To != nil {
		point("to", r.To, (*[2]float64)(&a.To))
	}
	if r.RadiusKm != nil {
		a.RadiusKm = *r.RadiusKm
	}
	switch {
	case a.Kind == KindArrow && r.To == nil:
		ps = append(ps, Problem{"to", "missing (an arrow needs the [longitude, latitude] its head points at)"})
	case a.Kind != KindArrow && r.To != nil:
		ps = append(ps, Problem{"to", "only arrows have one"})
	case a.Kind == KindCircle && r.RadiusKm == nil:
		ps = append(ps, Problem{"radius_km", "missing (a circle needs a radius in kilometres)"})
	case a.Kind != KindCircle && r.RadiusKm != nil:
		ps = append(ps, Problem{"radius_km", "only circles have one"})
	}
	return a, ps
}
