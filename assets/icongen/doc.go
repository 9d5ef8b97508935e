// Command icongen draws the application icon, assets/icon.png: a map tile
// in the atlas's colours, a coastline, a dashed trafficking route with an
// arrow and a location pin. Run from the repository root:
//
//	go run ./assets/icongen -o assets/icon.png
//
// It imports nothing of the atlas but the standard library and gg.
package main
