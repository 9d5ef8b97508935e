// Package mbtilestest writes small MBTiles 1.3 files for tests of the
// packages that open them (the command line, the window's basemap picker).
//
// Only tests import it; it must not import fyne.
package mbtilestest
