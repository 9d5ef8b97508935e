// Package export is the export dialogs: the Export dialog (the current
// view as PNG or PDF: a preset or a custom size, a title, where), the
// Animation dialog (the current view through the years as a GIF, an MP4
// when ffmpeg is on PATH, or a folder of PNG frames: the years, frames per
// year, a hold on the last, a size a GIF can hold) and a lesson's
// animation and printed handout (A4 or US Letter). Each is checked as the
// user types, so Export stays disabled until every field is valid, and
// each export runs in the background behind one progress dialog (a bar,
// frame i of n with its year or scene, Cancel, which leaves nothing
// written), asking before it replaces a file or writes with basemap gaps;
// the status line then says what was written, its size and length.
//
// The dialogs are told what they need (the parent window, the year on
// screen, a function that describes the view as a render.Scene, the
// lesson and a function that makes its render.Builder) and report through
// callbacks. The size limits and formats are geo/render's and
// geo/animate's; the animations and handouts are made by geo/animate and
// geo/handout, the code the command line's exports use. It must never
// import ui or another panel.
package export
