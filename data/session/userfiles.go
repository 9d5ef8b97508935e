package session

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// prefUserFiles keeps State.UserFiles, as JSON.
const prefUserFiles = "atlas.userlayers"

// MaxUserFiles is how many user layer files a State keeps: as many as a
// lesson can embed.
const MaxUserFiles = lesson.MaxUserLayers

// maxUserFilesPref bounds the preference's text: far more than
// MaxUserFiles paths need, little enough to parse at every start.
const maxUserFilesPref = 64 << 10

// UserFile is a user layer the window added from a file, kept so that
// the next start adds it again: the file's absolute path, the date order
// the user chose for it, and whether its visibility check was off. Only
// the path is kept, never the file's content: the file is read again,
// with the importer's limits, and may have changed or gone.
type UserFile struct {
	Path      string
	DateOrder userlayer.DateOrder
	Hidden    bool
}

// fileUserFile is a UserFile as the preference holds it.
type fileUserFile struct {
	Path      string `json:"path"`
	DateOrder string `json:"date_order,omitempty"`
	Hidden    bool   `json:"hidden,omitempty"`
}

// ErrUserFiles is wrapped by Load's error when the kept user layer files
// could not all be read back; those that could are kept.
var ErrUserFiles = errors.New("session: user layer files")

// saveUserFiles keeps fs in p, or removes the preference when there are
// none.
func saveUserFiles(p Store, fs []UserFile) error {
	if len(fs) == 0 {
		p.RemoveValue(prefUserFiles)
		return nil
	}
	if len(fs) > MaxUserFiles {
		fs = fs[:MaxUserFiles]
	}
	out := make([]fileUserFile, len(fs))
	for i, f := range fs {
		out[i] = fileUserFile{Path: f.Path, DateOrder: f.DateOrder.Name(), Hidden: f.Hidden}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUserFiles, err)
	}
	p.SetString(prefUserFiles, string(b))
	return nil
}

// loadUserFiles reads the files kept in p: at most MaxUserFiles, each an
// absolute path with a known date order. What does not read back is left
// out and named in the error.
func loadUserFiles(p Store) ([]UserFile, error) {
	raw := p.String(prefUserFiles)
	if raw == "" {
		return nil, nil
	}
	if len(raw) > maxUserFilesPref {
		return nil, fmt.Errorf("%w: preference %s holds %d bytes, at most %d", ErrUserFiles, prefUserFiles, len(raw), maxUserFilesPref)
	}
	var in []fileUserFile
	if err := json.Unmarshal([]byte(raw), &in); err != nil {
		return nil, fmt.Errorf("%w: preference %s: %w", ErrUserFiles, prefUserFiles, err)
	}
	var out []UserFile
	var problems []error
	for i, f := range in {
		if len(out) == MaxUserFiles {
			problems = append(problems, fmt.Errorf("%d files, at most %d", len(in), MaxUserFiles))
			break
		}
		order, ok := userlayer.DateOrderNamed(f.DateOrder)
		switch {
		case f.Path == "" || !filepath.IsAbs(f.Path):
			problems = append(problems, fmt.Errorf("file %d: %q is not an absolute path", i+1, f.Path))
		case !ok:
			problems = append(problems, fmt.Errorf("file %d (%s): unknown date order %q", i+1, f.Path, f.DateOrder))
		default:
			out = append(out, UserFile{Path: f.Path, DateOrder: order, Hidden: f.Hidden})
		}
	}
	if len(problems) > 0 {
		return out, fmt.Errorf("%w: preference %s: %w", ErrUserFiles, prefUserFiles, errors.Join(problems...))
	}
	return out, nil
}
