// Package annotation is the model of the annotations a teacher places on a
// map before exporting it: text labels, arrows and highlight circles, each
// anchored to longitude/latitude so they stay put when the view changes.
//
// A Set is stored as JSON (the -annotations file of `atlas export`, and the
// annotations kept with a saved view or a lesson):
//
//	{
//	  "version": 1,
//	  "annotations": [
//	    {"id": "lima", "kind": "text", "at": [-77.03, -12.05], "text": "Lima: the capital"},
//	    {"id": "a2", "kind": "arrow", "at": [-74.0, -12.5], "to": [-76.2, -13.7],
//	     "text": "to the coast", "color": "#c0392b"},
//	    {"kind": "circle", "at": [-73.9, -12.4], "radius_km": 60, "text": "VRAEM"}
//	  ]
//	}
//
// Coordinates are [longitude, latitude] in decimal degrees (WGS 84), as in
// GeoJSON. "kind" is one of text, arrow or circle. "text" is required for a
// text label and optional for arrows (drawn at the tail) and circles (drawn
// above the ring). Arrows need "to", the point the head touches; circles need
// "radius_km" (0 to 2000). "color" is optional, "#rrggbb". "id" is optional;
// Parse gives annotations without one the ids "a1", "a2", ... by position,
// and ids must be unique. "version" is 1; a missing version is read as 1 and
// a larger one is refused, so an old program never half-reads a newer file.
//
// Parse reports every problem at once, each naming the file, the
// annotation's position and id, and the field. Raw is the JSON form of one
// annotation that lesson files share. Save writes a file atomically.
//
// The package draws nothing and must not import a drawing library or
// fyne: geo/annotate draws annotations and hit-tests them.
package annotation
