//go:build !linux

package atomicfile

// renameNoReplace renames tmp to path unless path exists, with a hard link
// (NTFS, APFS and the Unix file systems have them) and the removal of the
// temporary name.
func renameNoReplace(tmp, path string) error { return linkNoReplace(tmp, path) }
