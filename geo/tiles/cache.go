package tiles

import (
	"fmt"
	"os"
	"path/filepath"
)

// DefaultCacheRoot returns where the atlas keeps tiles on disk:
// os.UserCacheDir()/peru-trafficking-atlas/tiles. The online sources'
// cache and the exports' tile store share it.
func DefaultCacheRoot() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("tile cache root: %w", err)
	}
	return filepath.Join(dir, "peru-trafficking-atlas", "tiles"), nil
}
