package data_test

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/data"
)

func ExamplePeriod_Contains() {
	faction := data.Span(1993, 2014)
	capture := data.Year(2012)
	flights := data.Since(2014) // still current at the latest source
	fmt.Println(faction.Contains(2000), capture.Contains(2013), flights.Contains(2022))
	// Output: true false true
}

func ExampleDataset_Validate() {
	d := &data.Dataset{
		Sources: []data.Source{{ID: "001_505aaea126daeac0", Title: "Trafficking and the Shining Path", Year: 2012}},
		Features: []data.Feature{{
			ID: "event_capture", Layer: data.LayerEvent, Name: "Capture", Summary: "A capture.",
			NameES: "Captura", SummaryES: "Una captura.",
			Geometry: orb.Point{-76.52, -8.19}, Period: data.Span(2012, 2011), Precision: data.PrecisionTown,
			Citations: []data.Citation{{Source: "001_505aaea126daeac0"}}, File: "event.geojson",
		}},
	}
	for _, p := range d.Validate(data.Options{CurrentYear: 2026}) {
		fmt.Println(p)
	}
	// Output:
	// event.geojson: feature event_capture: citation #1 (001_505aaea126daeac0) has no locator (locator)
	// event.geojson: feature event_capture: from 2012 is after to 2011 (period)
}

func ExampleEmbedded() {
	d, err := data.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	f, _ := d.ByID("event_artemio_capture_2012")
	fmt.Println(f.Name, f.Period, f.Precision)
	// Output: Capture of 'Comrade Artemio' at Tocache 2012 town
}

func ExampleFeature_NameIn() {
	d, err := data.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	f, _ := d.ByID("event_artemio_capture_2012")
	fmt.Println(f.Layer.Title("es") + ": " + f.NameIn("es"))
	fmt.Println(f.Layer.Title("en") + ": " + f.NameIn("en"))
	// Output:
	// Hecho: Captura del «camarada Artemio» en Tocache
	// Event: Capture of 'Comrade Artemio' at Tocache
}
