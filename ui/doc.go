// Package ui is the atlas window: it builds the parts a user sees and
// connects them. MainWindow composes the map (ui/mapview), the toolbar's
// search box (ui/searchbox), annotation tools (ui/annotator) and basemap
// picker (ui/basemaps), the side panel's tabs (ui/layers, ui/details,
// ui/sources, ui/lessons), the timeline (ui/timeline), the status bar and
// the Export dialog (ui/export); it also owns presentation mode, the
// themes, the settings dialog and the keys. Run opens it, sized to fit the
// screen it opens on, or says in one line that there is no display.
//
// The window's content is built once and arranged by a layout for its
// width and mode (shell.go): on a narrow window (a 1024x768 projector) the
// side panel becomes a drawer over the map and the toolbar folds into a
// menu; in presentation mode the map fills the screen under a caption
// strip that always shows the year and the lesson's scene, a compact
// legend and the details as a card, and a scene's flight lands its
// feature in the part of the map they leave free (landing.go), with the
// map's labels kept out of them (keepout.go). Tooltips and the search's
// matches lie on a layer over the content, not on the canvas's overlays,
// so they never take the keyboard away. Tab and Shift+Tab move between the
// controls; the map takes N and P for its features, Ctrl+F and "/" go to
// the search, Ctrl+E exports from anywhere (keys.go). What the window
// shows is kept in the preferences every few seconds when it changes
// (state.go), and a lesson's scenes never replace the user's own map
// there.
//
// The window holds what it shows as one data/session.State and is the
// only part that knows the others: each part is a widget (or a dialog)
// built with what it needs (the dataset, a parent window, functions to
// call) and reports back through callbacks or a small interface
// (lessons.Stage), never through a pointer to the window. Words shared by
// the parts live in ui/internal/i18n, small shared widgets and the error
// dialog in ui/internal/uikit.
//
// Only ui and the packages under it import fyne. The logic they present
// lives below, headless and tested there: data/search (ranking),
// data/session (state, scenes, preferences), geo (flights, views),
// geo/overlay (drawing, visibility, hit tests, legend), geo/annotate,
// geo/render (exports). ui must not be imported by anything but cmd/atlas.
package ui
