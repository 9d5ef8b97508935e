//go:build linux && cgo

package main

/*
#include <malloc.h>

// atlasMmapThreshold asks glibc's malloc to map every block of at least
// bytes on its own and to unmap it when freed.
static int atlasMmapThreshold(int bytes) { return mallopt(M_MMAP_THRESHOLD, bytes); }
*/
import "C"

import "os"

// mallocMmapThreshold is the size from which the C heap maps each block
// on its own, so that freeing it returns it (see returnLargeBlocks):
// 128 KiB, below a 256 px tile's texture and above the small blocks the
// C libraries make by the thousand.
const mallocMmapThreshold = 128 << 10

// returnLargeBlocks makes glibc's malloc give large blocks back to the
// system when they are freed. Under a software OpenGL renderer every
// texture (a 256 px tile is 256 KB, the overlay several MB) is a malloc
// block in this process. By default glibc raises its mapping threshold
// after the first such block is freed, so later textures come from the
// main heap, which fragments and never shrinks: scripts/soak measured
// 60 MB there at the end of a run, and 33 MB with this policy. Blocks from
// mallocMmapThreshold up are mapped and unmapped one by one. A user's
// MALLOC_MMAP_THRESHOLD_ wins.
func returnLargeBlocks() {
	if _, set := os.LookupEnv("MALLOC_MMAP_THRESHOLD_"); set {
		return
	}
	C.atlasMmapThreshold(C.int(mallocMmapThreshold))
}
