package uikit

import "fyne.io/fyne/v2"

// Rule is a check across fields (the last year after the first, a size
// a format can hold) as a fyne.Validatable: put it among a
// ValidatedGroup's parts, beside the entries it reads, and call Validate
// whenever one of them, or anything else the check reads, changes. The
// group then keeps the form's submit button disabled, and shows the
// rule's error, while the check fails.
type Rule struct {
	check     func() error
	err       error
	onChanged func(error)
}

var _ fyne.Validatable = (*Rule)(nil)

// NewRule returns a Rule made of check, which returns nil when the fields
// agree and otherwise an error saying what to change.
func NewRule(check func() error) *Rule {
	r := &Rule{check: check}
	r.err = check()
	return r
}

// Validate runs the check, tells the group when its result changed and
// returns it.
func (r *Rule) Validate() error {
	err := r.check()
	changed := (err == nil) != (r.err == nil) || (err != nil && err.Error() != r.err.Error())
	r.err = err
	if changed && r.onChanged != nil {
		r.onChanged(err)
	}
	return err
}

// SetOnValidationChanged sets what is told the check's error (nil when
// it passes) whenever it changes.
func (r *Rule) SetOnValidationChanged(f func(error)) { r.onChanged = f }
