package annotation

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
	"github.com/perutraffickingatlas/atlas/internal/jsondoc"
	"github.com/perutraffickingatlas/atlas/internal/safefile"
)

// MaxFileSize is the largest annotations file Parse reads.
const MaxFileSize = 4 << 20

// rawSet mirrors the JSON with pointers, so Parse can tell a missing field
// from a zero one.
type rawSet struct {
	Version     *int   `json:"version"`
	Annotations *[]Raw `json:"annotations"`
}

// Parse reads an annotations file (see the package documentation for the
// format) and validates it. name, usually the file path, starts every error
// message. Syntax errors give the line and column; validation errors list
// every problem at once with the annotation's position, id and field.
// Annotations without an id get "a1", "a2", ... by position.
func Parse(r io.Reader, name string) (*Set, error) {
	b, err := jsondoc.Read(r, MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", name, ErrInvalid, err)
	}
	// The version first, so a newer file is refused for being newer, not
	// for fields this version does not know.
	version, err := jsondoc.Version(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", name, ErrInvalid, err)
	}
	s := &Set{Version: Version}
	if version != 0 {
		s.Version = version
	}
	if s.Version > Version {
		return nil, s.validate(name)
	}
	var raw rawSet
	if err := jsondoc.Decode(b, &raw, nil); err != nil {
		return nil, fmt.Errorf("%s: %w: %w", name, ErrInvalid, err)
	}
	if raw.Annotations == nil {
		return nil, fmt.Errorf("%s: %w: no \"annotations\" list (write \"annotations\": [] for none)", name, ErrInvalid)
	}
	var missing []string
	for i, ra := range *raw.Annotations {
		a, ps := ra.Resolve("a" + strconv.Itoa(i+1))
		for _, p := range ps {
			missing = append(missing, fmt.Sprintf("annotation %d (id %q): %s: %s", i+1, a.ID, p.Field, p.Msg))
		}
		s.Annotations = append(s.Annotations, a)
	}
	err = s.validate(name)
	if len(missing) > 0 {
		e := &Error{Name: name, Problems: missing}
		var verr *Error
		if errors.As(err, &verr) {
			e.Problems = append(e.Problems, verr.Problems...)
		}
		return nil, e
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// ParseFile opens and parses an annotations file; anything but a regular
// file is refused at once.
func ParseFile(path string) (*Set, error) {
	f, err := safefile.Open(path)
	if err != nil {
		return nil, fmt.Errorf("annotations: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// Marshal encodes s as indented JSON in the documented format, with the
// current Version.
func (s *Set) Marshal() ([]byte, error) {
	out := Set{Version: Version, Annotations: s.Annotations}
	if out.Annotations == nil {
		out.Annotations = []Annotation{}
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("annotation: encode: %w", err)
	}
	return append(b, '\n'), nil
}

// Save validates s and writes it to path atomically: a temp file in the
// same directory, synced, then renamed over path, so a full disk or a crash
// never leaves a partial file. An existing file is replaced.
func (s *Set) Save(path string) error {
	if err := s.validate(path); err != nil {
		return err
	}
	b, err := s.Marshal()
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return writeAtomic(path, b)
}

func writeAtomic(path string, b []byte) error {
	if err := atomicfile.Write(path, 0o644, atomicfile.Bytes(b)); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}
