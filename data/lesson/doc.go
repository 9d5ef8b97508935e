// Package lesson is the model and file format of classroom lessons: a
// titled sequence of scenes, each a map view (centre, zoom, year, visible
// layer groups, selected feature) with annotations and a caption, that a
// teacher builds in the atlas and steps through in presentation mode.
//
// # File format
//
// A lesson is one UTF-8 JSON object, usually saved as NAME.json:
//
//	{
//	  "version": 1,
//	  "title": "The VRAEM, 2003–2016",
//	  "title_es": "El VRAEM, 2003-2016",
//	  "description": "How a remnant of Shining Path ...",
//	  "description_es": "Cómo un remanente de Sendero Luminoso ...",
//	  "scenes": [
//	    {
//	      "id": "vizcatan-2008",
//	      "title": "2008: the offensive in Vizcatán",
//	      "title_es": "2008: la ofensiva en el Vizcatán",
//	      "caption": "The state's serious campaign starts in 2008 ...",
//	      "caption_es": "La campaña seria del Estado empieza en 2008 ...",
//	      "center": {"lat": -12.38, "lon": -73.95},
//	      "zoom": 8.5,
//	      "year": 2008,
//	      "layers": ["sendero", "events"],
//	      "selected": "event_excellence_777_2008",
//	      "annotations": [
//	        {"id": "vizcatan", "kind": "circle", "at": [-73.94, -12.36],
//	         "radius_km": 25, "text": "Vizcatán", "color": "#c0392b"}
//	      ]
//	    }
//	  ],
//	  "user_layers": [
//	    {"file": "pueblos.csv", "format": "csv",
//	     "text": "Nombre;Latitud;Longitud\nPichari;-12,5;-73,81667\n"},
//	    {"file": "ruta.kmz", "format": "kmz", "base64": "UEsDBBQACAAI..."}
//	  ]
//	}
//
// The lesson's members:
//
//   - version (required): 1, or 2 for a lesson with user_layers (Marshal
//     writes 1 whenever it can, so that older atlases open it). A file
//     with a larger version was written by a newer atlas and is refused
//     with ErrNewerVersion, never half-read.
//   - title (required), description: English. title_es, description_es:
//     Spanish, optional; the GUI falls back to English (TitleIn).
//   - scenes (required, [] for none): shown in this order.
//   - user_layers (version 2): the teacher's own layers, drawn in every
//     scene, each a copy of its file so that the lesson travels whole:
//     "file" (its name, no folder), "format" (csv, geojson, kml or kmz),
//     "date_order" (day_first or month_first, when the teacher settled
//     dates such as 03/04/2015) and the file's bytes as "text" (UTF-8) or,
//     for a KMZ, "base64". At most MaxUserLayers layers, MaxUserBytes
//     together; Parse reads each back with userlayer.Read and reports its
//     problems as the import words them (user layer 1 (towns.csv): line
//     3: ...).
//
// A scene's members:
//
//   - id: unique in the lesson, letters, digits, '_' and '-'; a scene
//     without one gets "s1", "s2", ... by position.
//   - title (required, at most 200 characters), caption (at most 2000):
//     English; title_es, caption_es: Spanish, optional.
//   - center (required): {"lat": ..., "lon": ...} in decimal degrees
//     (WGS 84), inside the atlas region (data.Region: lon -95..-60,
//     lat -30..10).
//   - zoom (required): 4 to 12, fractions allowed, as on the map.
//   - year (required): the timeline's year, 1960 to 2100.
//   - layers (required, [] for none): the layer groups shown, from coca,
//     sendero, airstrips, ports, routes, events (the legend's groups).
//   - selected: the id of the feature whose sourced account is open, or
//     absent: an atlas id (Parse checks only its form; Validate looks it
//     up) or a user feature's, "user:L:F" (userlayer.FeatureID: feature F
//     of user layer L, both from 0), which Parse checks against
//     user_layers.
//   - annotations: as in package geo/annotate, whose format this is:
//     "kind" text, arrow or circle; "at" and, for arrows, "to" are
//     [longitude, latitude] (GeoJSON order, unlike center); circles have
//     "radius_km"; "text" and "color" ("#rrggbb") are optional except
//     that a text annotation needs its text. Ids are unique in the scene;
//     a missing one becomes "a1", "a2", ... by position.
//
// Unknown members are errors, so a misspelt field is caught rather than
// silently dropped.
//
// # Errors
//
// Parse and Load report a malformed file as FILE:LINE:COL wrapping
// ErrSyntax, and every content problem at once in an *Error wrapping
// ErrInvalid, one line each naming the file, the scene (its position from 1
// and its id) and the field:
//
//	lesson.json: scene 3 (id "flights"): zoom: 13 is outside 4..12
//
// # Saving, autosave and recovery
//
// Save writes atomically (a synced temporary file renamed over the old
// one) and refuses a lesson that Check rejects, one whose file would
// exceed MaxFileSize, and one whose user layers do not read back, so a
// saved file always loads. If the file it replaces does not parse, Save first keeps it as
// NAME.corrupt-YYYYMMDD-HHMMSS.json (see Backups). SaveAutosave writes a
// recovery copy to AutosavePath (.NAME.autosave.json beside the file);
// Recover returns that copy when it is newer than the file, and Save and
// RemoveAutosave discard it.
//
// The package is pure Go with no UI; Example returns the lesson shipped
// with the atlas, "The VRAEM, 2003–2016".
package lesson
