package testtool

import "testing"

// recorder is a testing.TB that notes how Need ended instead of ending the
// test.
type recorder struct {
	testing.TB
	ended string
}

func (r *recorder) Helper()               {}
func (r *recorder) Fatalf(string, ...any) { r.ended = "failed" }
func (r *recorder) Skipf(string, ...any)  { r.ended = "skipped" }

func TestNeed(t *testing.T) {
	tests := []struct {
		desc, name, ci string
		want           string // "" (found), "skipped" or "failed"
	}{
		{desc: "a program every machine has", name: "sh"},
		{desc: "missing on a developer's machine", name: "no-such-program-atlas", want: "skipped"},
		{desc: "missing in CI", name: "no-such-program-atlas", ci: "true", want: "failed"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			t.Setenv("CI", tc.ci)
			r := &recorder{TB: t}
			path := Need(r, tc.name, "a package")
			if r.ended != tc.want || (tc.want == "") != (path != "") {
				t.Errorf("Need(%q) with CI=%q: ended %q with path %q, want %q", tc.name, tc.ci, r.ended, path, tc.want)
			}
		})
	}
}
