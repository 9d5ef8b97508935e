package atomicfile

import (
	"errors"
	"fmt"

	"golang.org/x/sys/unix"
)

// renameNoReplace renames tmp to path unless path exists, atomically, with
// renameat2(RENAME_NOREPLACE); on file systems without it, with a hard
// link.
func renameNoReplace(tmp, path string) error {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, path, unix.RENAME_NOREPLACE)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, unix.EEXIST):
		return fmt.Errorf("%s: %w (it appeared while the file was written)", path, ErrExists)
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS), errors.Is(err, unix.EPERM):
		return linkNoReplace(tmp, path)
	}
	return fmt.Errorf("rename %s: %w", path, err)
}
