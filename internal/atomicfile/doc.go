// Package atomicfile writes files so that readers never see half of one:
// the content goes to a temporary file in the same directory, which is
// then renamed over the target. A failure at any step (a full disk, a
// writer error, a missing directory) removes the temporary file and leaves
// the target as it was. Exports, lessons, annotations and tile caches all
// write through it.
//
// It imports only the standard library.
package atomicfile
