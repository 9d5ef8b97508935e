package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/perutraffickingatlas/atlas/data"
)

// spec is one hand-written feature of data/prep/atlas/features-*.json. It
// names places, never coordinates; see geomSpec for the geometry forms.
type spec struct {
	ID            string         `json:"id"`
	Layer         data.Layer     `json:"layer"`
	Name          string         `json:"name"`
	NameES        string         `json:"name_es"` // Spanish name
	Kind          string         `json:"kind,omitempty"`
	Status        string         `json:"status,omitempty"`
	Faction       string         `json:"faction,omitempty"`
	Mode          data.Mode      `json:"mode,omitempty"`
	ModeAssumed   bool           `json:"mode_assumed,omitempty"`
	Destination   string         `json:"destination,omitempty"`
	DestinationES string         `json:"destination_es,omitempty"` // Spanish destination
	Period        data.Period    `json:"period"`
	Summary       string         `json:"summary"`
	SummaryES     string         `json:"summary_es"` // Spanish summary, translated from Summary
	Claims        []claimSpec    `json:"claims,omitempty"`
	Figures       []data.Figure  `json:"figures,omitempty"`
	Cite          []cite         `json:"cite"`
	Precision     data.Precision `json:"precision"`
	// PlaceInferred marks a geometry the atlas chose where the articles
	// give no place; an inferred claim must say why.
	PlaceInferred bool           `json:"place_inferred,omitempty"`
	Geom          geomSpec       `json:"geom"`
	Related       []string       `json:"related,omitempty"`
	Conflicts     []conflictSpec `json:"conflicts,omitempty"`
	Covers        []string       `json:"covers"`            // ids of the checklist records this feature maps
	Waivers       []waiver       `json:"waivers,omitempty"` // hedges in cited lines the feature need not carry
}

// claimSpec is one hedged or inferred claim of a feature (data.Claim) with
// its citations given as article lines.
type claimSpec struct {
	Text      string         `json:"text"`
	TextES    string         `json:"text_es"`
	Certainty data.Certainty `json:"certainty"`
	Cite      []cite         `json:"cite"`
}

// waiver excuses hedge words on one cited article line from the rule that
// a feature carries every hedge of the lines it cites, because they qualify
// something the feature does not claim. Line is "002:431" (article prefix
// and line), Words the hedges as data/textcheck names them ("may",
// "reportedly"), Reason why the feature need not carry them.
type waiver struct {
	Line   string   `json:"line"`
	Words  []string `json:"words"`
	Reason string   `json:"reason"`
}

// cite is [article prefix, first line, last line, note]: the article is
// named by the first three characters of its id ("002"), lines are those
// of the article's plain text, and the generator turns them into a
// section/paragraph locator with outline.json.
type cite struct {
	Source string
	From   int
	To     int
	Note   string
}

func (c *cite) UnmarshalJSON(b []byte) error {
	var raw []any
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("cite: %w", err)
	}
	if len(raw) < 2 || len(raw) > 4 {
		return fmt.Errorf("cite %s: want [source, line, last line, note]", b)
	}
	s, ok1 := raw[0].(string)
	from, ok2 := raw[1].(float64)
	if !ok1 || !ok2 {
		return fmt.Errorf("cite %s: want [source, line, ...]", b)
	}
	*c = cite{Source: s, From: int(from), To: int(from)}
	for _, x := range raw[2:] {
		switch x := x.(type) {
		case float64:
			c.To = int(x)
		case string:
			c.Note = x
		}
	}
	return nil
}

// conflictSpec is a data.Conflict with its citations as article lines.
type conflictSpec struct {
	Topic    string        `json:"topic"`
	TopicES  string        `json:"topic_es"`
	Severity string        `json:"severity"`
	Versions []versionSpec `json:"versions"`
}

// versionSpec is one side of a conflictSpec (data.Version).
type versionSpec struct {
	Claim     string         `json:"claim"`
	ClaimES   string         `json:"claim_es"`
	Certainty data.Certainty `json:"certainty,omitempty"`
	Cite      []cite         `json:"cite"`
}

// unplaced explains why a checklist record has no feature.
type unplaced struct {
	Fact    string   `json:"fact"`
	Reason  string   `json:"reason"`
	SeeAlso []string `json:"see_also,omitempty"`
}

// readJSON decodes the file name into v, refusing fields v does not have,
// so a misspelt key in a hand-written spec is an error, not a silent loss.
func readJSON(name string, v any) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// outline maps article lines to locators. Paragraph articles list every
// body line with its section and paragraph number; line articles (002, a
// hard-wrapped text) list their section starts and photo captions.
type outline map[string]struct {
	Kind  string `json:"kind"`
	Lines map[string]struct {
		Section string `json:"section"`
		Para    int    `json:"para"`
		Note    int    `json:"note"`
	} `json:"lines"`
	Sections []struct {
		From  int    `json:"from"`
		Title string `json:"title"`
	} `json:"sections"`
	Captions [][2]int `json:"captions"`
}

func (o outline) sourceID(prefix string) (string, error) {
	var ids []string
	for id := range o {
		if strings.HasPrefix(id, prefix) {
			ids = append(ids, id)
		}
	}
	if len(ids) != 1 {
		return "", fmt.Errorf("source prefix %q matches %d articles", prefix, len(ids))
	}
	return ids[0], nil
}

// citations turns every cite into a citation with its locator.
func (o outline) citations(cs []cite) ([]data.Citation, error) {
	var out []data.Citation
	for _, c := range cs {
		cit, err := o.citation(c)
		if err != nil {
			return nil, err
		}
		out = append(out, cit)
	}
	return out, nil
}

func (o outline) citation(c cite) (data.Citation, error) {
	id, err := o.sourceID(c.Source)
	if err != nil {
		return data.Citation{}, err
	}
	out := data.Citation{Source: id, Note: c.Note}
	a := o[id]
	switch a.Kind {
	case "paragraphs":
		l, ok := a.Lines[strconv.Itoa(c.From)]
		if !ok {
			return out, fmt.Errorf("%s line %d is not a paragraph", id, c.From)
		}
		switch {
		case l.Note > 0:
			out.Locator = fmt.Sprintf("note %d", l.Note)
		case l.Section == "opening":
			out.Locator = fmt.Sprintf("para %d", l.Para)
		default:
			out.Locator = fmt.Sprintf("para %d (%s)", l.Para, l.Section)
		}
	case "lines":
		lines := fmt.Sprintf("line %d", c.From)
		if c.To > c.From {
			lines = fmt.Sprintf("lines %d-%d", c.From, c.To)
		}
		for _, cap := range a.Captions {
			if c.From >= cap[0] && c.From <= cap[1] {
				out.Locator = "photo caption, " + lines
				return out, nil
			}
		}
		secs := append(a.Sections[:0:0], a.Sections...)
		sort.Slice(secs, func(i, j int) bool { return secs[i].From < secs[j].From })
		title := ""
		for _, s := range secs {
			if s.From <= c.From {
				title = s.Title
			}
		}
		out.Locator = title + ", " + lines
	default:
		return out, fmt.Errorf("%s: unknown outline kind %q", id, a.Kind)
	}
	return out, nil
}
