package lesson_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/perutraffickingatlas/atlas/data/lesson"
)

func ExampleParse() {
	const file = `{
  "version": 1,
  "title": "Narco flights",
  "title_es": "Narcovuelos",
  "scenes": [
    {"id": "bolivia", "title": "To Bolivia", "title_es": "A Bolivia",
     "center": {"lat": -13.5, "lon": -69.5}, "zoom": 6, "year": 2015,
     "layers": ["airstrips", "coca"], "selected": "air_vraem_bolivia"}
  ]
}`
	l, err := lesson.Parse(strings.NewReader(file), "flights.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	s := l.Scenes[0]
	fmt.Println(l.TitleIn("es")+":", s.TitleIn("es"), s.Center, s.Zoom, s.Year, s.Layers)
	// Output: Narcovuelos: A Bolivia [-69.5 -13.5] 6 2015 [airstrips coca]
}

func ExampleParse_errors() {
	const file = `{"version": 1, "title": "Bad", "scenes": [
  {"id": "far", "title": "Paris", "center": {"lat": 48.85, "lon": 2.35}, "zoom": 14, "year": 2015, "layers": ["coca"]}
]}`
	_, err := lesson.Parse(strings.NewReader(file), "bad.json")
	fmt.Println(errors.Is(err, lesson.ErrInvalid))
	fmt.Println(err)
	_, err = lesson.Parse(strings.NewReader(`{"version": 3, "title": "New"}`), "new.json")
	fmt.Println(err)
	// Output:
	// true
	// bad.json: scene 1 (id "far"): center: lat 48.85, lon 2.35 is outside the atlas region (lon -95..-60, lat -30..10)
	// bad.json: scene 1 (id "far"): zoom: 14 is outside 4..12
	// new.json: lesson: written by a newer version of the atlas (version 3); this version reads up to 2: update the atlas to open it
}

func ExampleLesson_Add() {
	l := lesson.New("Ports")
	id := l.Add(lesson.Scene{Title: "Callao", Center: [2]float64{-77.12, -12.06}, Zoom: 9, Year: 2014,
		Layers: []string{"ports"}, Selected: "port_callao"})
	l.Add(lesson.Scene{Title: "Paita", Center: [2]float64{-81.11, -5.09}, Zoom: 9, Year: 2014})
	_ = l.Move(1, 0)
	fmt.Println(id, l.Scenes[0].Title, l.Scenes[1].Title, l.Check())
	// Output: s1 Paita Callao <nil>
}
