package basemap

import (
	"bytes"
	_ "embed"
	"fmt"
	"hash/crc32"

	"github.com/perutraffickingatlas/atlas/data/relief"
)

// FileName is the name of the embedded generated file.
const FileName = "basemap.bin.gz"

//go:embed basemap.bin.gz
var embedded []byte

// Embedded decodes the basemap compiled into the binary. Each call decodes
// afresh; callers keep the result.
func Embedded() (*Data, error) {
	return Decode(bytes.NewReader(embedded), FileName)
}

// Attribution is the short credit line to show wherever the basemap is,
// its shaded relief included.
const Attribution = "GSHHG, DCW, Natural Earth, GeoNames, " + relief.Attribution

// Fingerprint identifies the embedded data, the vectors and the elevation
// model under the shaded relief (data/relief): it changes whenever either
// generated file does, so tile caches can tell old tiles from new.
func Fingerprint() string {
	return fmt.Sprintf("%08x", crc32.Update(crc32.ChecksumIEEE(embedded), crc32.IEEETable, []byte(relief.Fingerprint())))
}
