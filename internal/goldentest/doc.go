// Package goldentest compares images that tests draw with golden PNG files
// kept in the testdata directory of the package under test. It owns the
// golden-image conventions of the project, so every golden test fails the
// same way:
//
//   - AssertImage(t, "name", img) compares img with testdata/name.png under
//     a tight Default tolerance (see Default for why it is safe) and reports
//     how many pixels differ, by how much at most, and where.
//   - A failure writes testdata/failed/name-got.png, -want.png and
//     -diff.png (the golden faded to grey, the differences in colour). They
//     survive the run for a person to look at, and git ignores them
//     (**/testdata/failed/ in .gitignore). A later success removes them.
//   - go test -update (one package) or ATLAS_UPDATE_GOLDENS=1 go test ./...
//     rewrites goldens deliberately; look at every rewritten image before
//     committing it.
//
// Compare and DiffImage are the plain comparison, for tests that must
// prove a golden can fail (a sensitivity test, marked by SensitivityTest,
// asserts that a rendering with something removed does NOT match) or that
// count changed pixels.
// ReadPNG and WritePNG are the test-side PNG helpers.
//
// Only _test.go files import this package. It is pure Go: it imports the
// standard library only, never fyne or the project's own packages.
package goldentest
