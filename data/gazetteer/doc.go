// Package gazetteer owns the embedded list of real populated places around
// Peru (GeoNames cities500, CC BY 4.0) and name look-ups over it.
//
// Every town, port and city that the atlas places on the map takes its
// coordinates from here, never from memory. The file places.tsv is generated
// by data/prep/gazetteer.mjs; do not edit it by hand.
package gazetteer
