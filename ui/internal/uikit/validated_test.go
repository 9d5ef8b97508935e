package uikit

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestValidatedGroupDisablesAFormDialog(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	digits := func(s string) error {
		if s == "" || s[0] < '0' || s[0] > '9' {
			return errors.New("a number")
		}
		return nil
	}
	a, b := widget.NewEntry(), widget.NewEntry()
	a.Validator, b.Validator = digits, digits
	a.SetText("1")
	b.SetText("2")
	g := NewValidatedGroup(container.NewGridWithColumns(2, a, b), a, b)
	submitted := 0
	d := dialog.NewForm("t", "OK", "Cancel", []*widget.FormItem{widget.NewFormItem("size", g)}, func(ok bool) {
		if ok {
			submitted++
		}
	}, w)
	d.Show()
	steps := []struct {
		desc, a, b string
		wantErr    bool
	}{
		{desc: "both valid", a: "1", b: "2"},
		{desc: "second invalid", a: "1", b: "x", wantErr: true},
		{desc: "first invalid", a: "x", b: "2", wantErr: true},
		{desc: "valid again", a: "3", b: "4"},
	}
	for _, s := range steps {
		a.SetText(s.a)
		b.SetText(s.b)
		if err := g.Validate(); (err != nil) != s.wantErr {
			t.Errorf("%s: Validate() = %v", s.desc, err)
		}
		before := submitted
		d.Submit()
		if got := submitted > before; got == s.wantErr {
			t.Errorf("%s: submitted %v, want %v", s.desc, got, !s.wantErr)
		}
		if submitted > before {
			d.Show()
		}
	}
}
