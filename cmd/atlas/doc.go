// Command atlas is Peru Trafficking Atlas.
//
// With no arguments it opens the map window. Subcommands do headless work
// that never opens a window or needs a display:
//
//	atlas export -o map.png|map.pdf [-preset slide|4k|a4-landscape|a4-portrait] [-center LAT,LON] [-zoom Z] [-year Y] [-layers LIST] [-select ID]
//	atlas export -lesson LESSON.json -o DIR        (every scene as a numbered PNG)
//	atlas export -o map.png -add towns.csv [-add route.kml ...] [-dates dmy|mdy]   (your own layers over the atlas, in any image export)
//	atlas export -o atlas.kml|atlas.geojson [-year Y] [-layers LIST] [-select ID] [-lang es]   (the data, for Google Earth or a GIS)
//	atlas validate [FILE|DIR]
//	atlas validate [-citations] [-spanish] [-dates dmy|mdy] [-layer] FILE.csv|.kml|.kmz|.geojson   (a user's layer)
//	atlas list [-layers LIST] [-lang en|es]        (the features' ids, layers, years and names)
//	atlas -version
//
// Bad flags print a usage message and exit with status 2.
package main
