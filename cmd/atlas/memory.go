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
// window holds about 60 MB live at rest and 80 to 100 MB while it plays
// the years and exports. scripts/soak measured, peak / end of run /
// processor time, on 1 Dec 2026 (after the overlay stopped leaving an image
// behind every frame): 150 MB gave 309 / 296 MB / 102 s, 128 MB gave
// 304 / 285 / 113, 120 MB gave 292 / 270 / 112 and 110 MB gave 291 / 260 /
// 115. So 120: about 25 MB less for a tenth more processor time. The limit
// is soft: a view that truly needs more gets it, only with more
// collection. The command line keeps Go's defaults, as an export is short
// and its peak is measured by its own benchmarks.
const (
	windowGCPercent   = 50
	windowMemoryLimit = 120 << 20
)

// limitWindowMemory applies the window's memory policy to this process,
// unless the user set GOGC or GOMEMLIMIT (or MALLOC_MMAP_THRESHOLD_).
func limitWindowMemory() {
	returnLargeBlocks()
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(windowGCPercent)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(windowMemoryLimit)
	}
}
