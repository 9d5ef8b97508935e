package atomicfile

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
)

// Write replaces path with what write produces, durably: the temporary
// file is synced before the rename and the directory after it, so a crash
// leaves either the old file or the new one. The file gets mode perm.
func Write(path string, perm os.FileMode, write func(w io.Writer) error) error {
	return writeFile(path, perm, true, write)
}

// WriteCache is Write without the syncs, for caches whose files can be
// made again: still never a partial file, but cheaper per file.
func WriteCache(path string, perm os.FileMode, write func(w io.Writer) error) error {
	return writeFile(path, perm, false, write)
}

// Bytes returns a write function that writes b, for Write and WriteCache.
func Bytes(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}

func writeFile(path string, perm os.FileMode, durable bool, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return err
	}
	bw := bufio.NewWriterSize(f, 256<<10)
	if err := write(bw); err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	if durable {
		if err := f.Sync(); err != nil {
			return fail(err)
		}
	}
	// CreateTemp makes files 0600; best effort, as some file systems have
	// no modes.
	_ = f.Chmod(perm)
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	if durable {
		if d, err := os.Open(dir); err == nil {
			_ = d.Sync()
			d.Close()
		}
	}
	return nil
}
