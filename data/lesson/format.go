package lesson

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/annotation"
)

// The JSON form of a lesson. Pointers let Parse tell a missing field from a
// zero one; see doc.go for the documented format.
type rawLesson struct {
	Version       *int           `json:"version"`
	Title         string         `json:"title"`
	TitleES       string         `json:"title_es,omitempty"`
	Description   string         `json:"description,omitempty"`
	DescriptionES string         `json:"description_es,omitempty"`
	Scenes        []rawScene     `json:"scenes"`
	Users         []rawUserLayer `json:"user_layers"`
}

type rawScene struct {
	ID          string           `json:"id"`
	Title       string           `json:"title"`
	TitleES     string           `json:"title_es,omitempty"`
	Caption     string           `json:"caption,omitempty"`
	CaptionES   string           `json:"caption_es,omitempty"`
	Center      *latLon          `json:"center"`
	Zoom        *float64         `json:"zoom"`
	Year        *int             `json:"year"`
	Layers      *[]string        `json:"layers"`
	Selected    string           `json:"selected,omitempty"`
	Annotations []annotation.Raw `json:"annotations,omitempty"`
}

type latLon struct {
	Lat *float64 `json:"lat"`
	Lon *float64 `json:"lon"`
}

// fileLesson and fileScene are what Marshal writes.
type fileLesson struct {
	Version       int            `json:"version"`
	Title         string         `json:"title"`
	TitleES       string         `json:"title_es,omitempty"`
	Description   string         `json:"description,omitempty"`
	DescriptionES string         `json:"description_es,omitempty"`
	Scenes        []fileScene    `json:"scenes"`
	Users         []rawUserLayer `json:"user_layers,omitempty"`
}

type fileScene struct {
	ID          string                  `json:"id"`
	Title       string                  `json:"title"`
	TitleES     string                  `json:"title_es,omitempty"`
	Caption     string                  `json:"caption,omitempty"`
	CaptionES   string                  `json:"caption_es,omitempty"`
	Center      fileLatLon              `json:"center"`
	Zoom        float64                 `json:"zoom"`
	Year        int                     `json:"year"`
	Layers      []string                `json:"layers"`
	Selected    string                  `json:"selected,omitempty"`
	Annotations []annotation.Annotation `json:"annotations,omitempty"`
}

type fileLatLon struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Marshal encodes l as indented JSON in the documented format: version 1
// without user layers (any atlas opens it), 2 with them, each embedded.
// It does not check l; Save does.
func Marshal(l *Lesson) ([]byte, error) {
	out := fileLesson{Version: 1, Title: l.Title, TitleES: l.TitleES,
		Description: l.Description, DescriptionES: l.DescriptionES, Scenes: []fileScene{}}
	for _, u := range l.Users {
		if u == nil {
			return nil, fmt.Errorf("lesson: encode: %s: no layer", userField(len(out.Users), ""))
		}
		out.Users = append(out.Users, embed(u))
		out.Version = userFormVersion
	}
	for _, s := range l.Scenes {
		fs := fileScene{ID: s.ID, Title: s.Title, TitleES: s.TitleES, Caption: s.Caption,
			CaptionES: s.CaptionES, Center: fileLatLon{Lat: s.Center[1], Lon: s.Center[0]},
			Zoom: s.Zoom, Year: s.Year, Layers: s.Layers, Selected: s.Selected,
			Annotations: s.Annotations}
		if fs.Layers == nil {
			fs.Layers = []string{}
		}
		out.Scenes = append(out.Scenes, fs)
	}
	// HTML is not escaped: an embedded KML keeps its < and > as they are.
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return nil, fmt.Errorf("lesson: encode: %w", err)
	}
	return b.Bytes(), nil
}

// fromRaw turns the decoded JSON into a Lesson, reporting fields that are
// missing. Scenes and annotations without an id get "s1", "a1", ... by
// position when that id is free.
func fromRaw(raw *rawLesson) (*Lesson, problems) {
	var ps problems
	l := &Lesson{Title: raw.Title, TitleES: raw.TitleES, Description: raw.Description,
		DescriptionES: raw.DescriptionES}
	if raw.Version != nil {
		l.Version = *raw.Version
	}
	if raw.Scenes == nil {
		ps.add(-1, "", "scenes", `missing (write "scenes": [] for none)`)
	}
	switch {
	case raw.Users != nil && l.Version < userFormVersion:
		ps.add(-1, "", "user_layers", `came in version %d: write "version": %d`, userFormVersion, userFormVersion)
	case len(raw.Users) > MaxUserLayers:
		ps.add(-1, "", "user_layers", "%d layers, at most %d", len(raw.Users), MaxUserLayers)
	default:
		for i, ru := range raw.Users {
			if u := unembed(&ps, i, ru); u != nil {
				l.Users = append(l.Users, u)
			}
		}
	}
	for i, rs := range raw.Scenes {
		s := Scene{ID: rs.ID, Title: rs.Title, TitleES: rs.TitleES, Caption: rs.Caption,
			CaptionES: rs.CaptionES, Selected: rs.Selected}
		if s.ID == "" {
			s.ID = freeID(raw, "s", i)
		}
		switch {
		case rs.Center == nil:
			ps.add(i, s.ID, "center", `missing (write {"lat": ..., "lon": ...})`)
		case rs.Center.Lat == nil || rs.Center.Lon == nil:
			ps.add(i, s.ID, "center", `needs both "lat" and "lon"`)
		default:
			s.Center = orb.Point{*rs.Center.Lon, *rs.Center.Lat}
		}
		if rs.Zoom == nil {
			ps.add(i, s.ID, "zoom", "missing (%d to %d)", MinZoom, MaxZoom)
		} else {
			s.Zoom = *rs.Zoom
		}
		if rs.Year == nil {
			ps.add(i, s.ID, "year", "missing")
		} else {
			s.Year = *rs.Year
		}
		if rs.Layers == nil {
			ps.add(i, s.ID, "layers", "missing (write [] for none)")
		} else {
			s.Layers = *rs.Layers
		}
		for k, ra := range rs.Annotations {
			s.Annotations = append(s.Annotations, annotationFromRaw(&ps, i, s.ID, k, ra))
		}
		l.Scenes = append(l.Scenes, s)
	}
	return l, ps
}

// freeID returns prefix+(i+1) if no scene of raw uses it, else a longer
// unused id.
func freeID(raw *rawLesson, prefix string, i int) string {
	used := func(id string) bool {
		for _, s := range raw.Scenes {
			if s.ID == id {
				return true
			}
		}
		return false
	}
	id := fmt.Sprintf("%s%d", prefix, i+1)
	for n := 2; used(id); n++ {
		id = fmt.Sprintf("%s%d_%d", prefix, i+1, n)
	}
	return id
}

func annotationFromRaw(ps *problems, i int, sceneID string, k int, ra annotation.Raw) annotation.Annotation {
	a, missing := ra.Resolve(fmt.Sprintf("a%d", k+1))
	where := annotationField(k, a.ID)
	for _, p := range missing {
		ps.add(i, sceneID, where+": "+p.Field, "%s", p.Msg)
	}
	return a
}
