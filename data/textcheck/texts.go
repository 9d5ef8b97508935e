package textcheck

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
)

// Text is one free text to check and where it comes from, for messages.
type Text struct {
	Where string
	Text  string
}

// maxDepth bounds how deep JSONTexts descends.
const maxDepth = 64

// JSONTexts returns every string value of the JSON document b with its
// path (where.key[i].key), in document order with object keys sorted,
// except the values under an object key that skip reports true for
// (identifiers and vocabulary such as "id", "layer", "locator").
func JSONTexts(b []byte, where string, skip func(key string) bool) ([]Text, error) {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	var out []Text
	if err := collect(v, where, skip, 0, &out); err != nil {
		return nil, err
	}
	return out, nil
}

func collect(v any, where string, skip func(string) bool, depth int, out *[]Text) error {
	if depth > maxDepth {
		return fmt.Errorf("%s: nested deeper than %d", where, maxDepth)
	}
	switch v := v.(type) {
	case string:
		*out = append(*out, Text{Where: where, Text: v})
	case []any:
		for i, x := range v {
			if err := collect(x, where+"["+strconv.Itoa(i)+"]", skip, depth+1, out); err != nil {
				return err
			}
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if skip != nil && skip(k) {
				continue
			}
			if err := collect(v[k], where+"."+k, skip, depth+1, out); err != nil {
				return err
			}
		}
	}
	return nil
}

// Copies checks texts against the articles and returns one message per
// run of Window or more words a text shares with one, naming the text and
// the article; none means every text is in its own words.
func (x *Index) Copies(texts []Text) []string {
	var out []string
	for _, t := range texts {
		for _, m := range x.Shared(t.Text) {
			out = append(out, fmt.Sprintf("%s shares %d words with %s: %q",
				t.Where, len(Words(m.Words)), m.Source, m.Words))
		}
	}
	return out
}
