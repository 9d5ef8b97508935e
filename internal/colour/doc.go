// Package colour holds the colour science the atlas's checks use: the
// Machado, Oliveira and Fernandes (2009) simulation of protanopia,
// deuteranopia and tritanopia, CIELAB and the CIEDE2000 colour
// difference, alpha compositing, and the WCAG 2 contrast ratio. Tests of
// the map's palette and the window's text use it; it draws nothing and
// imports only the standard library.
package colour
