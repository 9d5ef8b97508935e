package jsondoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Sentinel errors, wrapped by what Read, Version and Decode return.
var (
	ErrTooLarge = errors.New("jsondoc: file too large")
	ErrEmpty    = errors.New("jsondoc: empty file")
	ErrEncoding = errors.New("jsondoc: not UTF-8 text")
	ErrSyntax   = errors.New("jsondoc: malformed JSON")
	ErrVersion  = errors.New("jsondoc: version is not a whole number of at least 1")
)

// Error is a problem at a place in a document. Line and Col are 1-based;
// both are 0 when the problem has no place (an empty file).
type Error struct {
	Line, Col int
	Msg       string
	Err       error // the sentinel it wraps
}

// Error writes "line L, column C: msg", or just msg without a place.
func (e *Error) Error() string {
	if e.Line == 0 {
		return e.Msg
	}
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Col, e.Msg)
}

// Unwrap returns the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// bom is the UTF-8 byte order mark some editors write first.
var bom = []byte{0xEF, 0xBB, 0xBF}

// Read reads a whole document of at most max bytes from r, drops a UTF-8
// byte order mark, and checks that what remains is not blank and is valid
// UTF-8. A Latin-1 or Windows-1252 file fails with the place of its first
// non-UTF-8 byte and a hint to save it as UTF-8.
func Read(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrTooLarge, max)
	}
	b = bytes.TrimPrefix(b, bom)
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, &Error{Msg: "empty file", Err: ErrEmpty}
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line, col := LineCol(b, off)
		return nil, &Error{Line: line, Col: col, Err: ErrEncoding,
			Msg: fmt.Sprintf("byte 0x%02X is not UTF-8 (the file may be Latin-1 or Windows-1252: save it as UTF-8)", b[off])}
	}
	return b, nil
}

// Version returns the whole number in the top-level "version" member of
// the JSON object in b: 0 when it is absent or null. A version that is
// not a whole number of at least 1 is an error, as is b not being an
// object.
func Version(b []byte) (int, error) {
	var probe struct {
		Version json.RawMessage `json:"version"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return 0, describe(b, err, -1, nil)
	}
	if len(probe.Version) == 0 || bytes.Equal(probe.Version, []byte("null")) {
		return 0, nil
	}
	var v int
	if err := json.Unmarshal(probe.Version, &v); err != nil || v < 1 {
		return 0, &Error{Msg: fmt.Sprintf("version: %s is not a version number (1, 2, ...)", probe.Version), Err: ErrVersion}
	}
	return v, nil
}

// Decode decodes the one JSON value in b into v, refusing object members v
// does not have and anything after the value. Errors are *Error values
// wrapping ErrSyntax, with the place and, for a value of the wrong type,
// the JSON the field wants; typeName may name the caller's own Go types
// (nil: TypeName only).
func Decode(b []byte, v any, typeName func(goType string) string) error {
	return decode(b, v, typeName, true)
}

// DecodeOpen is Decode for formats that allow members of their own (a
// GeoJSON file's "bbox" or a tool's extra fields): unknown members are
// ignored, text after the value is still refused.
func DecodeOpen(b []byte, v any, typeName func(goType string) string) error {
	return decode(b, v, typeName, false)
}

func decode(b []byte, v any, typeName func(goType string) string, strict bool) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(v); err != nil {
		return describe(b, err, dec.InputOffset(), typeName)
	}
	var extra json.RawMessage
	if err := dec.Decode(&extra); err != io.EOF {
		line, col := LineCol(b, int(dec.InputOffset()))
		return &Error{Line: line, Col: col, Msg: "text after the JSON document", Err: ErrSyntax}
	}
	return nil
}

// describe turns a decoding error into an *Error. off is the decoder's
// offset, for errors that carry none (unknown fields), or -1.
func describe(b []byte, err error, off int64, typeName func(string) string) error {
	var te *json.UnmarshalTypeError
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if o, ok := Offset(err); ok {
		off = o
	}
	switch {
	case errors.As(err, &te):
		want := TypeName(te.Type.String())
		if typeName != nil {
			want = typeName(te.Type.String())
		}
		msg = fmt.Sprintf("%s: want %s, got a JSON %s", te.Field, want, te.Value)
		if te.Field == "" {
			msg = fmt.Sprintf("want a JSON object, got a JSON %s", te.Value)
		}
	case strings.Contains(msg, "after top-level value"):
		msg = "text after the JSON document"
	case errors.Is(err, io.ErrUnexpectedEOF), strings.Contains(msg, "unexpected end of JSON input"):
		msg = "the file ends in the middle of the JSON"
		off = int64(len(b))
	case strings.HasPrefix(msg, "unknown field"):
		msg += " (check its spelling; see the format in the documentation)"
	}
	if off < 0 {
		return &Error{Msg: msg, Err: ErrSyntax}
	}
	line, col := LineCol(b, int(off))
	return &Error{Line: line, Col: col, Msg: msg, Err: ErrSyntax}
}
