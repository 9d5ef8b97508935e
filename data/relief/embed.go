package relief

import (
	"bytes"
	_ "embed"
	"fmt"
	"hash/crc32"
)

// FileName is the name of the embedded generated file.
const FileName = "relief.bin.gz"

//go:embed relief.bin.gz
var embedded []byte

// Embedded decodes the elevation model compiled into the binary. Each call
// decodes afresh; callers keep the result.
func Embedded() (*Data, error) {
	return Decode(bytes.NewReader(embedded), FileName)
}

// Attribution is the short credit for the elevation data: the datasets'
// names alone, so the credit reads the same in English and Spanish.
const Attribution = "SRTM30, ETOPO5"

// Fingerprint identifies the embedded file: it changes whenever the
// generated file does.
func Fingerprint() string { return fmt.Sprintf("%08x", crc32.ChecksumIEEE(embedded)) }
