package goldentest

import (
	"errors"
	"flag"
	"image"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// UpdateEnv is the environment variable that, set to 1, rewrites goldens
// like -update does; it also works across packages (go test ./...), where
// a flag would be refused by test binaries that do not define it.
const UpdateEnv = "ATLAS_UPDATE_GOLDENS"

var update = flag.Bool("update", false, "rewrite the golden images in testdata instead of comparing with them")

// Dir is the directory of goldens, relative to the package under test; the
// failure images go to its subdirectory "failed", which git ignores.
const Dir = "testdata"

// Updating reports whether this run rewrites goldens (-update or
// ATLAS_UPDATE_GOLDENS=1). Tests that only make sense against settled
// goldens, such as sensitivity tests, skip themselves then.
func Updating() bool { return *update || os.Getenv(UpdateEnv) == "1" }

// SensitivityTest marks a test that proves goldens can fail (it renders
// with something removed and asserts the comparison fails). It skips the
// test while goldens are being rewritten, when there is nothing settled to
// fail against, and under the race detector, where such a test checks no
// concurrency (it renders on one goroutine) and runs twenty times slower.
func SensitivityTest(tb testing.TB) {
	tb.Helper()
	switch {
	case Updating():
		tb.Skip("goldens are being rewritten")
	case raceEnabled:
		tb.Skip("renders on one goroutine: nothing for the race detector, and slow under it")
	}
}

// Path returns the golden file of name: testdata/<name>.png.
func Path(name string) string { return filepath.Join(Dir, name+".png") }

// AssertImage compares img with the golden testdata/<name>.png under the
// Default tolerance and reports a mismatch with t.Errorf. On failure
// testdata/failed/<name>-got.png, -want.png and -diff.png are written and
// kept; on success stale ones are removed. With -update it writes the
// golden instead, unless the golden already holds exactly img. It returns
// whether img matched (or was written).
func AssertImage(tb testing.TB, name string, img image.Image) bool {
	tb.Helper()
	return Default().AssertImage(tb, name, img)
}

// AssertImage is the package's AssertImage under tolerance tol.
func (tol Tolerance) AssertImage(tb testing.TB, name string, img image.Image) bool {
	tb.Helper()
	checkName(tb, name)
	want, err := readPNG(Path(name))
	if Updating() {
		if err != nil || !Compare(img, want, Tolerance{}).OK() {
			WritePNG(tb, Path(name), img)
			tb.Logf("wrote %s", Path(name))
		}
		removeFailed(tb, name)
		return true
	}
	if errors.Is(err, fs.ErrNotExist) {
		got := failedPath(name, "got")
		WritePNG(tb, got, img)
		tb.Errorf("no golden %s: look at %s, then run go test -update to make it the golden", Path(name), got)
		return false
	}
	if err != nil {
		tb.Fatal(err)
	}
	return tol.check(tb, name, img, want, "golden "+Path(name))
}

// AssertSimilar compares two images made by the test (two ways of drawing
// the same thing, say) under tol, reporting and writing failure images as
// AssertImage does, under the name name. No golden file is involved.
func (tol Tolerance) AssertSimilar(tb testing.TB, name string, got, want image.Image) bool {
	tb.Helper()
	checkName(tb, name)
	return tol.check(tb, name, got, want, "the reference image")
}

// check compares and, on failure, writes got, want and their diff.
func (tol Tolerance) check(tb testing.TB, name string, got, want image.Image, what string) bool {
	tb.Helper()
	d := Compare(got, want, tol)
	if d.OK() {
		removeFailed(tb, name)
		return true
	}
	WritePNG(tb, failedPath(name, "got"), got)
	WritePNG(tb, failedPath(name, "want"), want)
	files := failedPath(name, "got") + ", " + failedPath(name, "want")
	if di := DiffImage(got, want, tol); di != nil {
		WritePNG(tb, failedPath(name, "diff"), di)
		files += ", " + failedPath(name, "diff")
	}
	tb.Errorf("%s does not match %s: %v\nlook at %s (go test -update rewrites goldens)", name, what, d, files)
	return false
}

// Golden reads the golden testdata/<name>.png, failing the test when it
// is missing or unreadable.
func Golden(tb testing.TB, name string) image.Image {
	tb.Helper()
	checkName(tb, name)
	return ReadPNG(tb, Path(name))
}

// ReadPNG decodes the PNG file at path, failing the test on any error.
func ReadPNG(tb testing.TB, path string) image.Image {
	tb.Helper()
	img, err := readPNG(path)
	if err != nil {
		tb.Fatal(err)
	}
	return img
}

// WritePNG encodes img as PNG at path, creating its directory, failing the
// test on any error.
func WritePNG(tb testing.TB, path string, img image.Image) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		tb.Fatalf("encode %s: %v", path, err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
}

func readPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: path, Err: errors.New("goldentest: not a regular file")}
	}
	img, err := png.Decode(f)
	if err != nil {
		return nil, &fs.PathError{Op: "decode", Path: path, Err: err}
	}
	return img, nil
}

// failedPath is where the kind ("got", "want", "diff") image of a failed
// comparison named name goes.
func failedPath(name, kind string) string {
	return filepath.Join(Dir, "failed", name+"-"+kind+".png")
}

// removeFailed deletes the failure images of name left by an earlier run.
func removeFailed(tb testing.TB, name string) {
	tb.Helper()
	for _, kind := range []string{"got", "want", "diff"} {
		if err := os.Remove(failedPath(name, kind)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			tb.Fatal(err)
		}
	}
}

// checkName fails the test unless name is a plain file name without the
// .png extension: letters, digits, '-', '_' and '.'.
func checkName(tb testing.TB, name string) {
	tb.Helper()
	ok := name != "" && !strings.HasSuffix(name, ".png") && !strings.HasPrefix(name, ".")
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.", r)) {
			ok = false
		}
	}
	if !ok {
		tb.Fatalf("goldentest: bad golden name %q: want letters, digits, '-', '_' or '.', without .png", name)
	}
}
