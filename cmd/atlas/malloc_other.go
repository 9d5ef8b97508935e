//go:build !(linux && cgo)

package main

// returnLargeBlocks has nothing to tune where malloc is not glibc's (or
// the build has no cgo, as the headless tests do).
func returnLargeBlocks() {}
