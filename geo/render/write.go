package render

import (
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"

	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
)

// ErrExists is returned when an export would overwrite a file and the
// caller did not ask for that.
var ErrExists = errors.New("render: file exists")

// Encoder writes an image in some format to w.
type Encoder func(w io.Writer, img image.Image) error

// CheckTarget tells, before anything is rendered, whether path can be
// written: its directory must exist, path must not be a directory, a
// FIFO or a device, and an existing file is refused (wrapping ErrExists)
// unless overwrite.
func CheckTarget(path string, overwrite bool) error {
	if dir := filepath.Dir(path); dir != "" {
		if fi, err := os.Stat(dir); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		} else if !fi.IsDir() {
			return fmt.Errorf("write %s: %s is not a directory", path, dir)
		}
	}
	if err := atomicfile.CheckTarget(path, !overwrite); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			return fmt.Errorf("write %s: %w (use -force to replace it)", path, ErrExists)
		}
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// WriteFile encodes img into path atomically: it writes a temp file in the
// same directory, syncs it and moves it into place, so a full disk, a
// crash or a cancelled ctx (SIGINT, SIGTERM) never leaves a partial file
// at path. An existing file is replaced only when overwrite is true;
// otherwise one that appears while img is encoded is kept and the error
// wraps ErrExists.
func WriteFile(ctx context.Context, path string, img image.Image, enc Encoder, overwrite bool) error {
	if err := CheckTarget(path, overwrite); err != nil {
		return err
	}
	write := atomicfile.Create
	if overwrite {
		write = atomicfile.Replace
	}
	if err := write(ctx, path, 0o644, func(w io.Writer) error { return enc(w, img) }); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			return fmt.Errorf("write %s: %w: another program created it while the export was written; it is kept (use -force to replace it)", path, ErrExists)
		}
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
