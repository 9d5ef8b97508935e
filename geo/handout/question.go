package handout

import (
	"strings"
	"unicode"
)

// SplitQuestion splits a lesson caption into what it tells and the
// question it ends on: the question starts at the first sentence with a
// question mark ("Ask: why could …?", "Compare the valleys: which …?
// Where …?") and runs to the end. A cue of one or two words before a colon
// at its start ("Ask:", "Discuss:", "Pregunta:", "Para debatir:") is
// dropped, as the handout heads the question itself. A caption without a
// question mark has no question.
func SplitQuestion(caption string) (body, question string) {
	caption = strings.Join(strings.Fields(caption), " ")
	start := 0
	for i := 0; i < len(caption); i++ {
		switch caption[i] {
		case '.', '!':
			if i+1 < len(caption) && caption[i+1] == ' ' {
				start = i + 2
			}
		case '?':
			body = strings.TrimSpace(caption[:start])
			question = caption[start:]
			if cue, rest, ok := strings.Cut(question, ":"); ok && len(strings.Fields(cue)) <= 2 && !strings.ContainsAny(cue, "?¿") {
				question = upperFirst(strings.TrimSpace(rest))
			}
			return body, question
		}
	}
	return caption, ""
}

// upperFirst capitalizes the first letter of s, past an opening ¿ or ¡.
func upperFirst(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
			break
		}
		if r != '¿' && r != '¡' {
			break
		}
	}
	return string(rs)
}
