// Package userlayers is what the window shows of a user's own layers
// (package data/userlayer) apart from the map: the Layers tab's "Your
// layers" section and the dialogs of adding one.
//
// Section lists each layer the user added, clearly as the user's and not
// the atlas's: its legend swatch, a visibility check with its name, how
// many of its features the view shows, its file and feature count (and how
// many rows the import left out), and a button that removes it; with an
// "Add layer…" button and a hint that files may be dropped on the window.
// Report shows what adding files came to: each layer added, the features
// left out and every problem in the importer's words (file, line,
// feature, column). AskDateOrder asks whether a file's dates such as
// 03/04/2015 put the day or the month first, showing the file's own date
// both ways, rather than guessing.
//
// The widgets report through callbacks; reading files, and what the map
// draws, are the window's (package ui) and data/userlayer's. It must never
// import ui or another panel.
package userlayers
