//go:build unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalLeavesNothing runs the real command, stops it with SIGTERM or
// SIGINT while it writes a large export, and checks that it exits with an
// error and leaves neither the target nor a temporary file.
func TestSignalLeavesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and renders a large export")
	}
	bin := filepath.Join(t.TempDir(), "atlas")
	build := exec.Command("go", "build", "-tags", "ci", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		desc string
		sig  syscall.Signal
	}{
		{desc: "SIGTERM", sig: syscall.SIGTERM},
		{desc: "SIGINT", sig: syscall.SIGINT},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "big.png")
			cmd := exec.Command(bin, "export", "-o", out, "-width", "5000", "-height", "5000", "-zoom", "8",
				"-cache", filepath.Join(dir, "cache"))
			cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Wait for the temporary file: the export is being written.
			deadline := time.Now().Add(2 * time.Minute)
			for !hasTemp(dir) {
				if time.Now().After(deadline) {
					cmd.Process.Kill()
					cmd.Wait()
					t.Fatal("no temporary file appeared")
				}
				time.Sleep(20 * time.Millisecond)
			}
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 1 {
				t.Errorf("exit %v after %s, want status 1; stderr %q", err, tc.desc, stderr.String())
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("%s exists after %s", out, tc.desc)
			}
			if hasTemp(dir) {
				t.Errorf("a temporary file is left after %s", tc.desc)
			}
		})
	}
}

// hasTemp reports whether dir holds a temporary file of the export.
func hasTemp(dir string) bool {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			return true
		}
	}
	return false
}
