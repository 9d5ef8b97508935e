// Package uitest holds helpers shared by the tests of ui and the packages
// under it. Queue stands in for fyne.Do: background work (tile loads,
// overlay renders, basemaps opening) posts its results to the queue, and
// the test goroutine runs them, so widgets are touched from one goroutine
// only and a test can wait for a condition instead of sleeping. Entries
// and Press drive a dialog as a user would; Text reads what a part shows.
//
// Only _test.go files import this package. It imports fyne and its test
// package and must never import the project's packages (the tests of ui
// and of every panel import it).
package uitest
