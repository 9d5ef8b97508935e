// Package export is the Export dialog: how to export the current view (a
// preset or a custom size, a title, PNG or PDF, where), checked as the
// user types so Export stays disabled until every field is valid, then
// the export itself in the background behind a progress dialog, asking
// before it replaces a file or writes an image with basemap gaps.
//
// The dialog is told what it needs (the parent window, the year on screen,
// a function that describes the view as a render.Scene) and reports
// through callbacks. The size limits and formats are geo/render's. It must
// never import ui or another panel.
package export
