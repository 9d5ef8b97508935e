package uikit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ValidatedGroup shows content and is valid when every one of its parts
// is. A form validates only the widget of each item, so an item made of
// several entries (a width and a height, a path beside a Browse button)
// wraps them in a ValidatedGroup to keep the form's submit button disabled,
// and its error shown under the item, while any of them is invalid.
//
// A form shows the group's error only where its item has hint text.
type ValidatedGroup struct {
	widget.BaseWidget
	content   fyne.CanvasObject
	parts     []fyne.Validatable
	errs      []error // each part's last error, as it reported it
	onChanged func(error)
}

var _ fyne.Validatable = (*ValidatedGroup)(nil)

// NewValidatedGroup shows content, validated by parts (usually entries
// inside content).
func NewValidatedGroup(content fyne.CanvasObject, parts ...fyne.Validatable) *ValidatedGroup {
	g := &ValidatedGroup{content: content, parts: parts, errs: make([]error, len(parts))}
	for i, p := range parts {
		g.errs[i] = p.Validate()
		p.SetOnValidationChanged(func(err error) {
			g.errs[i] = err
			if g.onChanged != nil {
				g.onChanged(g.err())
			}
		})
	}
	g.ExtendBaseWidget(g)
	return g
}

// Validate validates every part and returns the first error, nil when all
// are valid.
func (g *ValidatedGroup) Validate() error {
	for i, p := range g.parts {
		g.errs[i] = p.Validate()
	}
	return g.err()
}

// err is the first part's last error.
func (g *ValidatedGroup) err() error {
	for _, err := range g.errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// SetOnValidationChanged sets what is told the group's error (nil when
// valid) whenever a part's validity changes.
func (g *ValidatedGroup) SetOnValidationChanged(f func(error)) { g.onChanged = f }

// CreateRenderer shows the content.
func (g *ValidatedGroup) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(g.content)
}
