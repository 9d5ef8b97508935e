package userlayer

import (
	"strings"

	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

// field is what a column or property means to the atlas.
type field uint8

// The fields the atlas reads; every other column is a Property.
const (
	fieldNone field = iota
	fieldLat
	fieldLon
	fieldName
	fieldNameES
	fieldDesc
	fieldDescES
	fieldYear
	fieldDate
	fieldFrom
	fieldTo
	fieldSource
	fieldLocator
	fieldCount
)

// aliases lists, for each field, the column and property names that mean
// it, in English and Spanish, as keys (see key), by priority: where a
// GeoJSON or KML feature has several, the first one present is used.
func aliases(f field) []string {
	switch f {
	case fieldLat:
		return []string{"lat", "latitude", "latitud"}
	case fieldLon:
		return []string{"lon", "lng", "long", "longitude", "longitud"}
	case fieldName:
		return []string{"name", "nombre", "title", "titulo"}
	case fieldNameES:
		return []string{"name_es", "nombre_es"}
	case fieldDesc:
		return []string{"description", "descripcion", "desc", "summary", "resumen", "notes", "notas"}
	case fieldDescES:
		return []string{"description_es", "descripcion_es", "summary_es", "resumen_es"}
	case fieldYear:
		return []string{"year", "ano", "anio"}
	case fieldDate:
		return []string{"date", "fecha"}
	case fieldFrom:
		return []string{"from", "desde", "start", "inicio", "begin", "start_year"}
	case fieldTo:
		return []string{"to", "hasta", "end", "fin", "end_year"}
	case fieldSource:
		return []string{"source", "fuente"}
	case fieldLocator:
		return []string{"locator", "localizador", "page", "pagina"}
	}
	return nil
}

// key folds a column or property name for matching: accents dropped,
// lower case, spaces and punctuation as one underscore ("Descripción" and
// "descripcion", "Año" and "ano", "Name ES" and "name_es" match).
func key(name string) string {
	return strings.ReplaceAll(gazetteer.Fold(name), " ", "_")
}

// fieldOf returns what a column or property name means, or fieldNone.
func fieldOf(name string) field {
	k := key(name)
	for f := fieldLat; f < fieldCount; f++ {
		for _, a := range aliases(f) {
			if k == a {
				return f
			}
		}
	}
	return fieldNone
}

// acceptedNames lists a field's accepted names for a message.
func acceptedNames(f field) string { return strings.Join(aliases(f), ", ") }
