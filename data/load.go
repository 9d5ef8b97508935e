package data

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// SourcesFile is the name of the bibliography file in a data directory.
const SourcesFile = "sources.json"

// FeatureExt is the extension of the feature files in a data directory.
const FeatureExt = ".geojson"

// ErrNoSources is returned when a data directory has no bibliography.
var ErrNoSources = errors.New("data: no " + SourcesFile)

//go:embed atlas/sources.json atlas/*.geojson
var atlasFiles embed.FS

// EmbeddedFS returns the compiled-in data directory: sources.json and one
// .geojson file per layer at its root.
func EmbeddedFS() fs.FS {
	sub, err := fs.Sub(atlasFiles, "atlas")
	if err != nil { // cannot happen: "atlas" is a valid path
		panic(err)
	}
	return sub
}

// Embedded parses the dataset compiled into the binary. Each call parses
// afresh and returns a Dataset the caller owns.
func Embedded() (*Dataset, error) {
	d, err := LoadFS(EmbeddedFS(), ".")
	if err != nil {
		return nil, fmt.Errorf("embedded atlas: %w", err)
	}
	return d, nil
}

// LoadFS reads dir/sources.json and every dir/*.geojson file of fsys, in
// name order. It fails on the first file that does not parse.
func LoadFS(fsys fs.FS, dir string) (*Dataset, error) {
	src, err := readSources(fsys, path.Join(dir, SourcesFile))
	if err != nil {
		return nil, err
	}
	names, err := FeatureFiles(fsys, dir)
	if err != nil {
		return nil, err
	}
	d := &Dataset{Sources: src}
	for _, name := range names {
		fs, err := readFeatures(fsys, name)
		if err != nil {
			return nil, err
		}
		d.Features = append(d.Features, fs...)
	}
	return d, nil
}

// FeatureFiles lists the *.geojson files directly in dir, sorted.
func FeatureFiles(fsys fs.FS, dir string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", dir, err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), FeatureExt) {
			names = append(names, path.Join(dir, e.Name()))
		}
	}
	sort.Strings(names)
	return names, nil
}

func readSources(fsys fs.FS, name string) ([]Source, error) {
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("load %s: %w", name, ErrNoSources)
	}
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", name, err)
	}
	defer f.Close()
	return ParseSources(f, name)
}

func readFeatures(fsys fs.FS, name string) ([]Feature, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", name, err)
	}
	defer f.Close()
	return Parse(f, name)
}
