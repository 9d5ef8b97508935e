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
// window holds about 60 MB live at rest and 70 to 85 MB while it plays the
// years and exports, so in use the limit is what bounds its heap.
// scripts/soak measured, peak / median / processor time, on 1 Dec 2026
// (with overlay renders one at a time, two zoom levels kept and the relief's
// elevations in 16 bits): 100 MB gave 267 / 253 MB / 103 s, 90 MB gave
// 269 / 241 / 120 s; after exports composed their bands one at a time,
// 90 MB gave 258 / 243 / 116 s, and two more runs 265 / 244 / 118 and
// 264 / 242 / 110. So 90: about 10 MB less for a seventh more processor
// time than 100. (120 MB, the limit before, was not measured again with
// these changes; with four zoom levels kept it gave a median of 272 MB.)
// The limit is soft: a view that truly needs more gets it, only
// with more collection. The command line keeps Go's defaults, as an export
// is short and its peak is measured by its own benchmarks.
const (
	windowGCPercent   = 50
	windowMemoryLimit = 90 << 20
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
