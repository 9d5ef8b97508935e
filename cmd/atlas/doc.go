// Command atlas is Peru Trafficking Atlas.
//
// With no arguments it opens the map window. Subcommands do headless work
// that never opens a window or needs a display:
//
//	atlas export -o map.png [-width 1600 -height 1200] [-center LAT,LON] [-zoom Z]
//	atlas validate [FILE|DIR]
//	atlas -version
//
// Bad flags print a usage message and exit with status 2.
package main
