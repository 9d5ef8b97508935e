//go:build unix

package render

import "syscall"

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }
