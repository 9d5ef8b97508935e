package userlayer

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// maxZipEntries bounds the files a KMZ may list; a KMZ holds one KML and
// its images.
const maxZipEntries = 1000

// unzipKML returns the KML of a KMZ archive: doc.kml at its root, else
// the first .kml file it lists, read up to lim.Bytes once unzipped, and
// its name in the archive.
func unzipKML(raw []byte, lim Limits) ([]byte, string, error) {
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return nil, "", fmt.Errorf("%w: not a KMZ (zip) archive: %v", ErrInvalid, err)
	}
	if len(zr.File) > maxZipEntries {
		return nil, "", fmt.Errorf("%w: the archive lists %d files, more than %d", ErrTooLarge, len(zr.File), maxZipEntries)
	}
	var pick *zip.File
	for _, f := range zr.File {
		name := strings.ToLower(f.Name)
		switch {
		case name == "doc.kml":
			pick = f
		case pick == nil && strings.HasSuffix(name, ".kml"):
			pick = f
		}
	}
	if pick == nil {
		return nil, "", fmt.Errorf("%w: the archive has no .kml file", ErrInvalid)
	}
	rc, err := pick.Open()
	if err != nil {
		return nil, "", fmt.Errorf("%w: %s: %v", ErrInvalid, pick.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, lim.Bytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("%w: %s: %v", ErrInvalid, pick.Name, err)
	}
	if int64(len(b)) > lim.Bytes {
		return nil, "", fmt.Errorf("%w: %s unzips to more than %d bytes", ErrTooLarge, pick.Name, lim.Bytes)
	}
	return b, pick.Name, nil
}
