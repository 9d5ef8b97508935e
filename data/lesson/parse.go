package lesson

import (
	"errors"
	"fmt"
	"io"

	"github.com/perutraffickingatlas/atlas/internal/jsondoc"
	"github.com/perutraffickingatlas/atlas/internal/safefile"
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
	b, err := jsondoc.Read(r, MaxFileSize)
	if err != nil {
		return nil, docError(name, err)
	}
	// First only the version, so that a newer file is refused for being
	// newer, not for fields this version does not know.
	version, err := jsondoc.Version(b)
	switch {
	case errors.Is(err, jsondoc.ErrVersion):
		return nil, fmt.Errorf("%s: %w: %w", name, ErrInvalid, err)
	case err != nil:
		return nil, docError(name, err)
	case version == 0:
		return nil, fmt.Errorf(`%s: version: %w: missing (write "version": %d)`, name, ErrInvalid, CurrentVersion)
	case version > CurrentVersion:
		return nil, fmt.Errorf("%s: %w (version %d); this version reads up to %d: update the atlas to open it",
			name, ErrNewerVersion, version, CurrentVersion)
	}
	var raw rawLesson
	if err := jsondoc.Decode(b, &raw, describeType); err != nil {
		return nil, docError(name, err)
	}
	l, ps := fromRaw(&raw)
	ps = append(ps, l.check()...)
	if err := ps.err(name); err != nil {
		return nil, err
	}
	return l, nil
}

// Load opens and parses a lesson file; anything but a regular file is
// refused at once.
func Load(path string) (*Lesson, error) {
	f, err := safefile.Open(path)
	if err != nil {
		return nil, fmt.Errorf("lesson: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// docError words a jsondoc error as "name:line:col: lesson: malformed
// JSON: what", or without the place when it has none.
func docError(name string, err error) error {
	var de *jsondoc.Error
	if errors.As(err, &de) && de.Line > 0 {
		return fmt.Errorf("%s:%d:%d: %w: %s", name, de.Line, de.Col, ErrSyntax, de.Msg)
	}
	if errors.As(err, &de) {
		return fmt.Errorf("%s: %w: %s", name, ErrSyntax, de.Msg)
	}
	return fmt.Errorf("%s: %w: %w", name, ErrSyntax, err)
}

func describeType(t string) string {
	if t == "lesson.latLon" || t == "*lesson.latLon" {
		return `{"lat": ..., "lon": ...}`
	}
	return jsondoc.TypeName(t)
}
