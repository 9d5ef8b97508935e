package handout

import (
	"errors"
	"fmt"
	"strings"
)

// ErrPaper is wrapped for an unknown paper name.
var ErrPaper = errors.New("handout: unknown paper")

// Paper is a page size in millimetres.
type Paper struct {
	Name          string
	Width, Height float64
}

// Papers are the sizes a handout prints on: ISO A4 and US Letter.
func Papers() []Paper {
	return []Paper{{Name: "a4", Width: 210, Height: 297}, {Name: "letter", Width: 215.9, Height: 279.4}}
}

// PaperByName is the paper called name, in any case.
func PaperByName(name string) (Paper, error) {
	var names []string
	for _, p := range Papers() {
		if strings.EqualFold(p.Name, name) {
			return p, nil
		}
		names = append(names, p.Name)
	}
	return Paper{}, fmt.Errorf("%w %q (want %s)", ErrPaper, name, strings.Join(names, " or "))
}
