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
// window holds about 80 to 90 MB live at rest and up to 150 MB while it
// exports. scripts/soak measured, peak and end of run: 348 and 346 MB with
// a 192 MB limit, about 324 and 300 MB with 150 MB, 316 and 283 MB with
// 128 MB, where the processor time grew by a quarter. The limit is soft:
// a view that truly needs more gets it, only with more collection. The
// command line keeps Go's defaults, as an export is short and its peak is
// measured by its own benchmarks.
const (
	windowGCPercent   = 50
	windowMemoryLimit = 150 << 20
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
