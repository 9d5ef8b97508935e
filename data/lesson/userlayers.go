package lesson

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// Limits of a lesson's embedded user layers: how many, and how many bytes
// their files hold together, so that the lesson file (base64 makes a KMZ a
// third larger, JSON escapes a little of the text) stays well under
// MaxFileSize with its scenes.
const (
	MaxUserLayers   = 16
	MaxUserBytes    = 4 << 20
	userFormVersion = 2 // the first version with user_layers
)

// rawUserLayer is a user layer as the file holds it: the file's name and
// format, the date order it was read with, and its bytes, as text or, for
// a KMZ (a zip), base64.
type rawUserLayer struct {
	File      string  `json:"file"`
	Format    string  `json:"format"`
	DateOrder string  `json:"date_order,omitempty"`
	Text      *string `json:"text,omitempty"`
	Base64    *string `json:"base64,omitempty"`
}

// dateOrderNames are the date orders as the file names them.
var dateOrderNames = map[userlayer.DateOrder]string{userlayer.DayFirst: "day_first", userlayer.MonthFirst: "month_first"}

// embed is l as the file holds it.
func embed(l *userlayer.Layer) rawUserLayer {
	r := rawUserLayer{File: l.File, Format: string(l.Format), DateOrder: dateOrderNames[l.DateOrder]}
	if l.Format == userlayer.FormatKMZ {
		s := base64.StdEncoding.EncodeToString(l.Raw)
		r.Base64 = &s
	} else {
		s := string(l.Raw)
		r.Text = &s
	}
	return r
}

// unembed reads user layer i back from the file's copy, as the window
// read it: the same bytes, name, format and date order. Problems are
// added to ps, one a line of the import's report.
func unembed(ps *problems, i int, r rawUserLayer) *userlayer.Layer {
	field := userField(i, r.File)
	var raw []byte
	switch {
	case r.Text != nil && r.Base64 != nil:
		ps.add(-1, "", field, `give "text" or "base64", not both`)
		return nil
	case r.Base64 != nil:
		b, err := base64.StdEncoding.DecodeString(*r.Base64)
		if err != nil {
			ps.add(-1, "", field+": base64", "%v", err)
			return nil
		}
		raw = b
	case r.Text != nil:
		if r.Format == string(userlayer.FormatKMZ) {
			ps.add(-1, "", field+": text", `a KMZ is a zip: give its bytes as "base64"`)
			return nil
		}
		raw = []byte(*r.Text)
	default:
		ps.add(-1, "", field, `missing "text" (or "base64" for a KMZ): the layer's file`)
		return nil
	}
	order := userlayer.DateOrderUnknown
	if r.DateOrder != "" {
		found := false
		for o, name := range dateOrderNames {
			if name == r.DateOrder {
				order, found = o, true
			}
		}
		if !found {
			ps.add(-1, "", field+": date_order", "%q: want day_first or month_first", r.DateOrder)
			return nil
		}
	}
	if !slices.Contains(userlayer.Formats(), userlayer.Format(r.Format)) {
		ps.add(-1, "", field+": format", "%q: want one of %s", r.Format, formatNames())
		return nil
	}
	l, err := userlayer.Read(context.Background(), bytes.NewReader(raw), r.File, userlayer.Format(r.Format),
		userlayer.Options{DateOrder: order})
	var ie *userlayer.ImportError
	switch {
	case errors.As(err, &ie):
		for _, p := range ie.Problems {
			ps.add(-1, "", field, "%s", strings.TrimPrefix(p.String(), p.File+": "))
		}
		if ie.More > 0 {
			ps.add(-1, "", field, "and %d more problems", ie.More)
		}
		return nil
	case err != nil:
		ps.add(-1, "", field, "%v", err)
		return nil
	}
	return l
}

// userField names user layer i (from 0) for messages:
// `user layer 2 (towns.csv)`.
func userField(i int, file string) string {
	if file == "" {
		return fmt.Sprintf("user layer %d", i+1)
	}
	return fmt.Sprintf("user layer %d (%s)", i+1, file)
}

func formatNames() string {
	var out []string
	for _, f := range userlayer.Formats() {
		out = append(out, string(f))
	}
	return strings.Join(out, ", ")
}

// checkUsers checks the lesson's user layers as Save writes them: at most
// MaxUserLayers, MaxUserBytes of files together, each with a plain file
// name, a known format and its file's bytes (UTF-8 text but for a KMZ).
func (l *Lesson) checkUsers(ps *problems) {
	if n := len(l.Users); n > MaxUserLayers {
		ps.add(-1, "", "user_layers", "%d layers, at most %d", n, MaxUserLayers)
		return
	}
	total := 0
	for i, u := range l.Users {
		if u == nil {
			ps.add(-1, "", userField(i, ""), "no layer")
			continue
		}
		field := userField(i, u.File)
		total += len(u.Raw)
		switch {
		case u.File == "" || len(u.File) > 255 || strings.ContainsAny(u.File, "/\\\x00"):
			ps.add(-1, "", field+": file", "%q: want the file's own name, without its folder", u.File)
		case !slices.Contains(userlayer.Formats(), u.Format):
			ps.add(-1, "", field+": format", "%q: want one of %s", u.Format, formatNames())
		case len(u.Raw) == 0:
			ps.add(-1, "", field, "the file's bytes are missing (userlayer.Layer.Raw)")
		case u.Format != userlayer.FormatKMZ && !utf8.Valid(u.Raw):
			ps.add(-1, "", field, "the file is not UTF-8 text")
		}
	}
	if total > MaxUserBytes {
		ps.add(-1, "", "user_layers", "their files hold %d bytes together, at most %d: leave one out or simplify its shapes", total, MaxUserBytes)
	}
}

// userSelection reports whether id names a feature of one of the lesson's
// user layers (userlayer.FeatureID), and if it has the form of one but no
// such feature, what is wrong.
func (l *Lesson) userSelection(id string) (isUser bool, problem string) {
	li, fi, ok := userlayer.ParseFeatureID(id)
	if !ok {
		return false, ""
	}
	switch {
	case li >= len(l.Users) || l.Users[li] == nil:
		return true, fmt.Sprintf("%q: the lesson has no user layer %d", id, li+1)
	case fi >= len(l.Users[li].Features):
		return true, fmt.Sprintf("%q: user layer %d has %d features", id, li+1, len(l.Users[li].Features))
	}
	return true, ""
}
