//go:build race

package goldentest

// raceEnabled reports whether the race detector is compiled in.
const raceEnabled = true
