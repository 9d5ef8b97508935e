package uikit

import "fyne.io/fyne/v2"

// ShortcutLabel names, for the user, the shortcut of key with the
// system's shortcut modifier (fyne.KeyModifierShortcutDefault): "Ctrl+E"
// on Windows and Linux, "Cmd+E" on macOS.
func ShortcutLabel(key fyne.KeyName) string {
	return modifierLabel(fyne.KeyModifierShortcutDefault) + "+" + string(key)
}

// modifierLabel is the name a keyboard prints on a modifier key.
func modifierLabel(m fyne.KeyModifier) string {
	switch m {
	case fyne.KeyModifierSuper:
		return "Cmd"
	case fyne.KeyModifierAlt:
		return "Alt"
	case fyne.KeyModifierShift:
		return "Shift"
	default:
		return "Ctrl"
	}
}
