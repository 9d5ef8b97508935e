// Package lessons is the side panel's Lesson tab: a lesson is a list of
// scenes, each a saved view with year, layers, selection, annotations and
// a caption. The panel adds the view on screen as a scene (staying where
// it is), updates, reorders and deletes scenes (asking first, with Undo),
// edits the lesson's title and description and the scene's title and
// caption in place (checked as the user types: a text data/lesson would
// refuse is not taken and the field says why), steps through them, opens
// and saves lesson files (asking before unsaved changes are dropped) and
// keeps a recovery copy of unsaved changes. Leave gives the map back to
// the user's own view.
//
// Panel is a widget that shows scenes on a Stage (the window: capture what
// is on screen, show a scene) and reports through callbacks. Lesson files,
// their rules and autosave copies are data/lesson's. It must never import
// ui or another panel.
package lessons
