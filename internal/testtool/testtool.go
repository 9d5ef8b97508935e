package testtool

import (
	"os"
	"os/exec"
	"testing"
)

// Need returns the path of program name, from the Debian package pkg. When
// it is not on PATH the test is skipped, or failed when CI is "true".
func Need(tb testing.TB, name, pkg string) string {
	tb.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		tb.Fatalf("%s is not on PATH: CI installs Debian's %s (scripts/lib.sh)", name, pkg)
		return ""
	}
	tb.Skipf("%s is not on PATH: install Debian's %s to run this test", name, pkg)
	return ""
}
