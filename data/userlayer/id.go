package userlayer

import (
	"strconv"
	"strings"
)

// idPrefix starts every user feature id. Atlas ids are lower-case letters,
// digits and '_' (data's rule), so no atlas id contains its colon.
const idPrefix = "user:"

// maxIDIndex bounds the numbers a feature id may carry: far above any
// layer count or Limits.Features, and small enough for any int.
const maxIDIndex = 1 << 24

// FeatureID is the id of feature f (its index in Layer.Features, from 0)
// of user layer l (its position among the user layers shown, from 0):
// "user:L:F". The map's hit tests and selections, and a lesson's scenes,
// name user features by it; it can never equal an atlas feature id.
func FeatureID(l, f int) string {
	return idPrefix + strconv.Itoa(l) + ":" + strconv.Itoa(f)
}

// ParseFeatureID returns the layer and feature positions of an id made by
// FeatureID; ok is false for anything else, atlas ids included.
func ParseFeatureID(id string) (l, f int, ok bool) {
	rest, found := strings.CutPrefix(id, idPrefix)
	if !found {
		return 0, 0, false
	}
	a, b, found := strings.Cut(rest, ":")
	if !found {
		return 0, 0, false
	}
	l, okL := index(a)
	f, okF := index(b)
	return l, f, okL && okF
}

// index reads a canonical non-negative decimal below maxIDIndex: no sign,
// no leading zero, so each number has one spelling and one id.
func index(s string) (int, bool) {
	if s == "" || len(s) > 8 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, n < maxIDIndex
}
