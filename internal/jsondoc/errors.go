package jsondoc

import (
	"bytes"
	"encoding/json"
	"errors"
)

// Offset returns the byte offset a syntax or type error points at.
func Offset(err error) (int64, bool) {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return se.Offset, true
	case errors.As(err, &te):
		return te.Offset, true
	}
	return 0, false
}

// LineCol converts a byte offset in b into a 1-based line and column.
func LineCol(b []byte, off int) (line, col int) {
	off = min(max(off, 0), len(b))
	line = 1 + bytes.Count(b[:off], []byte("\n"))
	col = off - bytes.LastIndexByte(b[:off], '\n')
	return line, col
}

// TypeName names the JSON a Go type takes, for "want ..." messages:
// "a number" for float64, "[longitude, latitude]" for orb.Point. Types it
// does not know are returned as they are.
func TypeName(goType string) string {
	switch goType {
	case "orb.Point", "*orb.Point", "[]float64", "*[]float64":
		return "[longitude, latitude]"
	case "float64", "*float64":
		return "a number"
	case "int", "*int":
		return "a whole number"
	case "string", "*string", "annotation.Kind":
		return "a string"
	case "[]string", "*[]string":
		return "a list of strings"
	}
	return goType
}
