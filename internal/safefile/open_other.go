//go:build !unix

package safefile

import "os"

// openNonBlocking opens path read-only; systems other than Unix have no
// FIFOs in the file system to block on.
func openNonBlocking(path string) (*os.File, error) { return os.Open(path) }
