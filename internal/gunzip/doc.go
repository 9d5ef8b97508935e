// Package gunzip reads whole gzip streams with a bound on their
// decompressed size, for the decoders of the embedded generated files
// (data/basemap, data/relief), against gzip bombs. It imports nothing of
// the project.
//
// It imports only the standard library.
package gunzip
