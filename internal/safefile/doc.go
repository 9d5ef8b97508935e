// Package safefile opens the files the atlas reads as data (annotation
// and lesson files, user layers, GeoJSON, tile caches) only when they are
// regular files: a FIFO, a directory, a device or a socket is refused at
// once with a clear error, never read (a FIFO without a writer would block
// forever). ReadFile also bounds the size.
//
// It imports only the standard library and golang.org/x/sys.
package safefile
