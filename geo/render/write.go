package render

import (
	"errors"
	"fmt"
	"image"
	"io"
	"os"

	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
)

// ErrExists is returned when an export would overwrite a file and the
// caller did not ask for that.
var ErrExists = errors.New("render: file exists")

// Encoder writes an image in some format to w.
type Encoder func(w io.Writer, img image.Image) error

// WriteFile encodes img into path atomically: it writes a temp file in the
// same directory, syncs it and renames it into place, so a full disk or a
// crash never leaves a partial file at path. An existing file is only
// replaced when overwrite is true.
func WriteFile(path string, img image.Image, enc Encoder, overwrite bool) error {
	if !overwrite {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("write %s: %w (use -force to replace it)", path, ErrExists)
		}
	}
	if err := atomicfile.Write(path, 0o644, func(w io.Writer) error { return enc(w, img) }); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
