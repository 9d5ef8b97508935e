// Command icongen draws the application icon, assets/icon.png: a map tile
// in the atlas's colours, a coastline, a dashed trafficking route with an
// arrow and a location pin. Run from the repository root:
//
//	go run ./assets/icongen -o assets/icon.png
//
// For the packages (scripts/package) it also draws the icon at each size a
// desktop asks for, rather than scaling one picture down: a Windows icon
// with the sizes 16 to 256 px (-ico atlas.ico), the freedesktop icon theme
// for 16 to 512 px (-hicolor DIR -name APP_ID), and the image beside the
// Windows installer's welcome page (-wizard wizard.bmp).
//
// It imports nothing of the atlas, only the standard library, gg and
// x/image's BMP encoder.
package main
