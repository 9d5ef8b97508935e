package basemap

import (
	"fmt"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/relief"
)

// TestFingerprintCoversTheRelief checks that the fingerprint keying tile
// caches is not the vectors' checksum alone: the relief's file is folded
// in, so regenerating either one drops cached tiles.
func TestFingerprintCoversTheRelief(t *testing.T) {
	vectorsOnly := fmt.Sprintf("%08x", crc32.ChecksumIEEE(embedded))
	if f := Fingerprint(); f == vectorsOnly || len(f) != 8 {
		t.Errorf("Fingerprint() = %q; the vectors alone give %q", f, vectorsOnly)
	}
	if !strings.Contains(Attribution, relief.Attribution) {
		t.Errorf("Attribution %q does not credit the relief (%q)", Attribution, relief.Attribution)
	}
}
