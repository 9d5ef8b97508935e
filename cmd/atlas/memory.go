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
// window holds about 60 to 70 MB live at rest and 75 to 85 MB while it
// plays the years and exports, so in use the limit is what bounds its heap,
// and the Go part of the window sits near the limit whatever is live.
// scripts/soak measured, peak / median / processor time, on 1 Dec 2026
// (overlay renders one at a time, two zoom levels kept, the relief's
// elevations in 16 bits, exports composing their bands one at a time):
// 100 MB gave 267 / 253 MB / 103 s; 90 MB gave 258 to 265 / 242 to 244 /
// 110 to 118 s. Then, with the overlay drawn at the view's own zoom and
// 128 px beyond it, 90 MB gave 258 / 243 / 120 s and 80 MB 247 / 236 /
// 135 s: 80 meets the 250 MB target at 1920x1080 for about an eighth more
// processor time (the collector runs more often; the soak's rounds took 2
// to 4 per cent longer). The limit is soft: a view that truly needs more
// gets it, only with more collection. The command line keeps Go's
// defaults, as an export is short and its peak is measured by its own
// benchmarks.
const (
	windowGCPercent   = 50
	windowMemoryLimit = 80 << 20
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
