package uikit

import (
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
)

func TestModifierLabel(t *testing.T) {
	tests := []struct {
		desc string
		mod  fyne.KeyModifier
		want string
	}{
		{desc: "macOS's shortcut modifier", mod: fyne.KeyModifierSuper, want: "Cmd"},
		{desc: "Windows' and Linux's", mod: fyne.KeyModifierControl, want: "Ctrl"},
		{desc: "alt", mod: fyne.KeyModifierAlt, want: "Alt"},
		{desc: "shift", mod: fyne.KeyModifierShift, want: "Shift"},
	}
	for _, tc := range tests {
		if got := modifierLabel(tc.mod); got != tc.want {
			t.Errorf("%s: modifierLabel(%v) = %q, want %q", tc.desc, tc.mod, got, tc.want)
		}
	}
}

func TestShortcutLabelOnThisSystem(t *testing.T) {
	want := "Ctrl+E"
	if runtime.GOOS == "darwin" {
		want = "Cmd+E"
	}
	if got := ShortcutLabel(fyne.KeyE); got != want {
		t.Errorf("ShortcutLabel(E) = %q on %s, want %q", got, runtime.GOOS, want)
	}
}
