// Package gazetteer owns the embedded list of real populated places around
// Peru (GeoNames cities500, CC BY 4.0) and name look-ups over it.
//
// Look-ups are accent- and case-insensitive (Fold) and know the other
// spellings of a few names (Alternates: Cuzco and Qosqo for Cusco,
// Huamanga for Ayacucho); Near finds what a misspelt name probably meant
// (EditDistance, NearMiss). Names are folded once, when the list is read.
//
// Every town, port and city that the atlas places on the map takes its
// coordinates from here, never from memory. The file places.tsv is generated
// by data/prep/gazetteer.mjs; do not edit it by hand.
package gazetteer
