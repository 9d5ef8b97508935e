// Package session owns what the atlas window is showing, as plain data: the
// year, the layer groups switched on, the selected feature, the view's
// centre and zoom, the basemap, the annotations and the user layer files
// added (State, UserFile: their paths, never their content). It is the one
// place that maps this state to and from a lesson scene (Scene, WithScene)
// and to and from the preferences that keep it between runs (Load, Save).
//
// It is pure Go and headless: the window reads and writes a State, and
// anything that must know what a scene or a restart restores is tested
// here. It must never import fyne, anything under ui/ or geo/.
package session
