// Package lessons is the side panel's Lesson tab: a lesson is a list of
// scenes, each a saved view with year, layers, selection, annotations and
// a caption. The panel adds the view on screen as a scene, updates,
// reorders, renames (checked as the user types: Save stays disabled
// without a title) and deletes scenes, steps through them, opens and saves
// lesson files and keeps a recovery copy of unsaved changes.
//
// Panel is a widget that shows scenes on a Stage (the window: capture what
// is on screen, show a scene) and reports through callbacks. Lesson files,
// their rules and autosave copies are data/lesson's. It must never import
// ui or another panel.
package lessons
