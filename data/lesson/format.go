package lesson

import (
	"encoding/json"
	"fmt"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/geo/annotate"
)

// The JSON form of a lesson. Pointers let Parse tell a missing field from a
// zero one; see doc.go for the documented format.
type rawLesson struct {
	Version       *int       `json:"version"`
	Title         string     `json:"title"`
	TitleES       string     `json:"title_es,omitempty"`
	Description   string     `json:"description,omitempty"`
	DescriptionES string     `json:"description_es,omitempty"`
	Scenes        []rawScene `json:"scenes"`
}

type rawScene struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	TitleES     string          `json:"title_es,omitempty"`
	Caption     string          `json:"caption,omitempty"`
	CaptionES   string          `json:"caption_es,omitempty"`
	Center      *latLon         `json:"center"`
	Zoom        *float64        `json:"zoom"`
	Year        *int            `json:"year"`
	Layers      *[]string       `json:"layers"`
	Selected    string          `json:"selected,omitempty"`
	Annotations []rawAnnotation `json:"annotations,omitempty"`
}

type latLon struct {
	Lat *float64 `json:"lat"`
	Lon *float64 `json:"lon"`
}

// rawAnnotation is annotate's JSON form of an annotation
// ([longitude, latitude] points), read with pointers.
type rawAnnotation struct {
	ID       string        `json:"id,omitempty"`
	Kind     annotate.Kind `json:"kind"`
	At       *orb.Point    `json:"at"`
	To       *orb.Point    `json:"to,omitempty"`
	RadiusKm *float64      `json:"radius_km,omitempty"`
	Text     string        `json:"text,omitempty"`
	Color    string        `json:"color,omitempty"`
}

// fileLesson and fileScene are what Marshal writes.
type fileLesson struct {
	Version       int         `json:"version"`
	Title         string      `json:"title"`
	TitleES       string      `json:"title_es,omitempty"`
	Description   string      `json:"description,omitempty"`
	DescriptionES string      `json:"description_es,omitempty"`
	Scenes        []fileScene `json:"scenes"`
}

type fileScene struct {
	ID          string                `json:"id"`
	Title       string                `json:"title"`
	TitleES     string                `json:"title_es,omitempty"`
	Caption     string                `json:"caption,omitempty"`
	CaptionES   string                `json:"caption_es,omitempty"`
	Center      fileLatLon            `json:"center"`
	Zoom        float64               `json:"zoom"`
	Year        int                   `json:"year"`
	Layers      []string              `json:"layers"`
	Selected    string                `json:"selected,omitempty"`
	Annotations []annotate.Annotation `json:"annotations,omitempty"`
}

type fileLatLon struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Marshal encodes l as indented JSON in the documented format, with the
// current version. It does not check l; Save does.
func Marshal(l *Lesson) ([]byte, error) {
	out := fileLesson{Version: CurrentVersion, Title: l.Title, TitleES: l.TitleES,
		Description: l.Description, DescriptionES: l.DescriptionES, Scenes: []fileScene{}}
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
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("lesson: encode: %w", err)
	}
	return append(b, '\n'), nil
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

func annotationFromRaw(ps *problems, i int, sceneID string, k int, ra rawAnnotation) annotate.Annotation {
	a := annotate.Annotation{ID: ra.ID, Kind: ra.Kind, Text: ra.Text, Color: ra.Color}
	if a.ID == "" {
		a.ID = fmt.Sprintf("a%d", k+1)
	}
	where := annotationField(k, a.ID)
	if ra.At == nil {
		ps.add(i, sceneID, where+": at", "missing ([longitude, latitude])")
	} else {
		a.At = *ra.At
	}
	if ra.To != nil {
		a.To = *ra.To
	}
	if ra.RadiusKm != nil {
		a.RadiusKm = *ra.RadiusKm
	}
	switch {
	case a.Kind == annotate.KindArrow && ra.To == nil:
		ps.add(i, sceneID, where+": to", "missing (an arrow needs the [longitude, latitude] its head points at)")
	case a.Kind != annotate.KindArrow && ra.To != nil:
		ps.add(i, sceneID, where+": to", "only arrows have one")
	case a.Kind == annotate.KindCircle && ra.RadiusKm == nil:
		ps.add(i, sceneID, where+": radius_km", "missing (a circle needs a radius in kilometres)")
	case a.Kind != annotate.KindCircle && ra.RadiusKm != nil:
		ps.add(i, sceneID, where+": radius_km", "only circles have one")
	}
	return a
}
