// Package jsondoc reads the project's hand-editable JSON documents
// (annotation and lesson files) strictly and words what is wrong for
// people: where (line and column) and what was expected, with Go types
// named as the JSON they take.
//
// Read bounds the size, accepts a UTF-8 byte order mark and refuses text
// that is not UTF-8 (with a hint for Latin-1 files); Version probes the
// "version" member first, so a newer file is refused for being newer;
// Decode refuses unknown fields and anything after the document. It
// imports nothing of the project and no drawing library.
package jsondoc
