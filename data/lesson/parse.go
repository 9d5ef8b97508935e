package lesson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/perutraffickingatlas/atlas/internal/jsonerr"
)

// ErrSyntax is wrapped when a lesson file is not well-formed JSON of the
// expected shape (a syntax error, a wrong type or an unknown field).
var ErrSyntax = errors.New("lesson: malformed JSON")

// ErrNewerVersion is wrapped when a lesson file was written by a newer
// version of the atlas than this one can read.
var ErrNewerVersion = errors.New("lesson: written by a newer version of the atlas")

// Parse reads a lesson file (see the package documentation for the format)
// and checks it as Check does. name, usually the file path, starts every
// error message. A syntax error gives the line and column and wraps
// ErrSyntax; a newer version wraps ErrNewerVersion; content problems come
// all at once in an *Error (wrapping ErrInvalid), each naming the scene
// (position from 1 and id) and the field. Feature ids are not looked up:
// see Validate.
func Parse(r io.Reader, name string) (*Lesson, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if len(b) > MaxFileSize {
		return nil, fmt.Errorf("%s: %w: larger than %d bytes", name, ErrSyntax, MaxFileSize)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf(`%s: %w: empty file (want a JSON object with "version", "title" and "scenes")`, name, ErrSyntax)
	}
	// First only the version, so that a newer file is refused for being
	// newer, not for fields this version does not know.
	var probe struct {
		Version json.RawMessage `json:"version"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return nil, jsonError(name, b, err, -1)
	}
	var version int
	if len(probe.Version) > 0 && !bytes.Equal(probe.Version, []byte("null")) {
		if err := json.Unmarshal(probe.Version, &version); err != nil || version < 1 {
			return nil, fmt.Errorf("%s: version: %w: %s is not a version number (1, 2, ...)", name, ErrInvalid, probe.Version)
		}
	}
	switch {
	case version == 0:
		return nil, fmt.Errorf(`%s: version: %w: missing (write "version": %d)`, name, ErrInvalid, CurrentVersion)
	case version > CurrentVersion:
		return nil, fmt.Errorf("%s: %w (version %d); this version reads up to %d: update the atlas to open it",
			name, ErrNewerVersion, version, CurrentVersion)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var raw rawLesson
	if err := dec.Decode(&raw); err != nil {
		return nil, jsonError(name, b, err, dec.InputOffset())
	}
	l, ps := fromRaw(&raw)
	ps = append(ps, l.check()...)
	if err := ps.err(name); err != nil {
		return nil, err
	}
	return l, nil
}

// Load opens and parses a lesson file.
func Load(path string) (*Lesson, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("lesson: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// jsonError turns a decoding error into "name:line:col: lesson: malformed
// JSON: what". off is the decoder's offset, for errors that carry none
// (unknown fields), or -1.
func jsonError(name string, b []byte, err error, off int64) error {
	var te *json.UnmarshalTypeError
	msg := err.Error()
	if o, ok := jsonerr.Offset(err); ok {
		off = o
	}
	switch {
	case errors.As(err, &te):
		if te.Field == "" {
			msg = fmt.Sprintf(`want a JSON object with "version", "title" and "scenes", got a JSON %s`, te.Value)
			break
		}
		msg = fmt.Sprintf("%s: want %s, got a JSON %s", te.Field, describeType(te.Type.String()), te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		msg = "the file ends in the middle of the JSON"
		off = int64(len(b))
	case strings.HasPrefix(msg, "json: unknown field"):
		msg = strings.TrimPrefix(msg, "json: ") + " (check its spelling; see the format in the documentation)"
	}
	msg = strings.TrimPrefix(msg, "json: ")
	if off < 0 {
		return fmt.Errorf("%s: %w: %s", name, ErrSyntax, msg)
	}
	line, col := jsonerr.LineCol(b, int(off))
	return fmt.Errorf("%s:%d:%d: %w: %s", name, line, col, ErrSyntax, msg)
}

func describeType(t string) string {
	if t == "lesson.latLon" || t == "*lesson.latLon" {
		return `{"lat": ..., "lon": ...}`
	}
	return jsonerr.TypeName(t)
}
