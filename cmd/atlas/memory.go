package main

import (
	"os"
	"runtime/debug"
)

// The window's memory policy. A school laptop has 4 GB shared with a
// browser and a slide deck, so the window keeps its Go heap small: the
// collector runs at half the default growth (a heap at most 1.5 times what
// is live, where 2 times is the default) and works harder still near
// windowMemoryLimit, returning freed memory to the system there too. The
// window holds about 125 MB live at rest and up to 180 MB while it
// exports; with this limit scripts/soak measured 60 MB less at its peak
// than with 256 MB, for the same processor time. The limit is soft: a view
// that truly needs more gets it, only with more collection. The command
// line keeps Go's defaults, as an export is short and its peak is measured
// by its own benchmarks.
const (
	windowGCPercent   = 50
	windowMemoryLimit = 192 << 20
)

// limitWindowMemory applies the window's memory policy to this process,
// unless the user set GOGC or GOMEMLIMIT.
func limitWindowMemory() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(windowGCPercent)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(windowMemoryLimit)
	}
}
