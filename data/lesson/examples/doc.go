// Package examples holds the lessons shipped with the atlas as JSON; this
// test keeps their titles, descriptions, captions and annotations in the
// project's own words.
//
// It holds data and a test only; nothing imports it.
package examples
