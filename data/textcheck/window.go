package textcheck

import (
	"hash/fnv"
	"strings"

	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

// Window is the number of consecutive words a text may not share with an
// article.
const Window = 8

// Words splits text into the words the fingerprints hash: lower case,
// accents removed, punctuation dropped (gazetteer.Fold), so "Perú's" and
// "peru s" are the same two words.
func Words(text string) []string { return strings.Fields(gazetteer.Fold(text)) }

// Hash returns the 64-bit FNV-1a hash of words joined by single spaces.
func Hash(words []string) uint64 {
	h := fnv.New64a()
	for i, w := range words {
		if i > 0 {
			h.Write([]byte{' '})
		}
		h.Write([]byte(w))
	}
	return h.Sum64()
}

// Windows returns the hash of every run of Window consecutive words, in
// order; a text shorter than Window has none.
func Windows(words []string) []uint64 {
	if len(words) < Window {
		return nil
	}
	out := make([]uint64, 0, len(words)-Window+1)
	for i := 0; i+Window <= len(words); i++ {
		out = append(out, Hash(words[i:i+Window]))
	}
	return out
}
