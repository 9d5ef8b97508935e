// Package posixlocale keeps fyne quiet under the C locale. Debian's
// default LANG=C.UTF-8 (and LC_ALL or LC_MESSAGES set to it) is a locale
// fyne's language look-up cannot parse: it logs "Error parsing user locale
// C" from its package initialisation, before main runs, on every start.
//
// This package's init sets LANGUAGE=en when the locale in effect is C or
// POSIX with an encoding and LANGUAGE is unset: the locale look-up then
// reads LANGUAGE and finds English, which is what the C locale means.
// LANGUAGE only chooses message catalogues and gettext ignores it under the
// C locale, so nothing else changes. The main package imports it for its
// side effect; Go initialises it before fyne's lang package, which depends
// on packages whose import paths sort after this one (golang.org/x/text),
// while this one depends on os only.
package posixlocale

import (
	"os"
	"strings"
)

func init() { Apply(os.Getenv, os.Setenv) }

// Apply sets LANGUAGE to "en" through set when the locale in effect (the
// first of LC_ALL, LC_MESSAGES and LANG that is set, read through get) is
// C or POSIX with an encoding ("C.UTF-8") and LANGUAGE is empty.
func Apply(get func(string) string, set func(string, string) error) {
	if get("LANGUAGE") != "" {
		return
	}
	loc := ""
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = get(v); loc != "" {
			break
		}
	}
	name, _, hasEncoding := strings.Cut(loc, ".")
	if hasEncoding && (name == "C" || name == "POSIX") {
		_ = set("LANGUAGE", "en") // os.Setenv fails only for invalid names
	}
}
