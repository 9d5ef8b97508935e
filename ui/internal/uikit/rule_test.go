package uikit

import (
	"errors"
	"strconv"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestRuleAcrossEntries: a rule that the second number be larger keeps
// the form from submitting, tells the group as it changes, and lets go
// once the entries agree.
func TestRuleAcrossEntries(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	from, to := widget.NewEntry(), widget.NewEntry()
	from.SetText("1")
	to.SetText("2")
	errOrder := errors.New("the second must be larger")
	r := NewRule(func() error {
		a, _ := strconv.Atoi(from.Text)
		b, _ := strconv.Atoi(to.Text)
		if b <= a {
			return errOrder
		}
		return nil
	})
	from.OnChanged = func(string) { r.Validate() }
	to.OnChanged = func(string) { r.Validate() }
	g := NewValidatedGroup(container.NewGridWithColumns(2, from, to), from, to, r)
	submitted := 0
	d := dialog.NewForm("t", "OK", "Cancel", []*widget.FormItem{widget.NewFormItem("range", g)}, func(ok bool) {
		if ok {
			submitted++
		}
	}, w)
	steps := []struct {
		desc, from, to string
		wantErr        bool
	}{
		{desc: "in order", from: "1", to: "2"},
		{desc: "backwards", from: "5", to: "2", wantErr: true},
		{desc: "equal", from: "2", to: "2", wantErr: true},
		{desc: "in order again", from: "2", to: "9"},
	}
	for _, s := range steps {
		d.Show()
		from.SetText(s.from)
		to.SetText(s.to)
		if err := g.Validate(); (err != nil) != s.wantErr || (err != nil && !errors.Is(err, errOrder)) {
			t.Errorf("%s: Validate() = %v", s.desc, err)
		}
		before := submitted
		d.Submit()
		if got := submitted > before; got == s.wantErr {
			t.Errorf("%s: submitted %v, want %v", s.desc, got, !s.wantErr)
		}
	}
}

// TestRuleTellsChanges: the rule tells only when its result changes.
func TestRuleTellsChanges(t *testing.T) {
	n := 0
	r := NewRule(func() error {
		if n < 0 {
			return errors.New("negative")
		}
		return nil
	})
	var told []error
	r.SetOnValidationChanged(func(err error) { told = append(told, err) })
	for _, v := range []int{1, 2, -1, -2, 3} {
		n = v
		r.Validate()
	}
	if len(told) != 2 || told[0] == nil || told[1] != nil {
		t.Errorf("told %v; want the error once, then nil once", told)
	}
}
