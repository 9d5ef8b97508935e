// Package handout prints a lesson as a PDF for a class: a title page with
// the lesson's description and scenes, then a page per scene with its map
// (drawn by package render at print resolution), its caption, its
// question with room to answer, and the sources its map cites with the
// passages (locators), then a bibliography of every source the lesson
// cites. A4 or US Letter, in English or Spanish. The PDF embeds the Go
// fonts the maps are drawn with, so every accent prints.
//
// It must not import fyne or anything under ui/.
package handout
