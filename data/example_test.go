package data_test

import (
	"fmt"

	"github.com/paulmach/orb"
	"github.com/perutraffickingatlas/atlas/data"
)

func ExamplePeriod_Contains() {
	faction := data.Span(1993, 2014)
	capture := data.Year(2012)
	flights := data.Period{From: 2014} // still current at the latest source
	fmt.Println(faction.Contains(2000), capture.Contains(2013), flights.Contains(2022))
	// Output: true false true
}

func ExamplePeriod_ApproximateIn() {
	// First dated in 2011, but the articles imply the zone from about 1985:
	// the map shows it from 1985, approximately until 2011.
	p := data.Period{From: 2011, ImpliedFrom: 1985}
	fmt.Println(p, p.Start())
	for _, y := range []int{1980, 1990, 2011} {
		fmt.Println(y, p.Contains(y), p.ApproximateIn(y))
	}
	// Output:
	// 2011- (implied from c. 1985) 1985
	// 1980 false false
	// 1990 true true
	// 2011 true false
}

func ExampleFeature_Certainty() {
	f := data.Feature{
		Figures: []data.Figure{{What: "exports", Value: 200, Unit: "t/yr", Certainty: data.CertaintyEstimated}},
		Claims:  []data.Claim{{Text: "buyers take delivery only at the last collection points", Certainty: data.CertaintyReported}},
	}
	c := f.Certainty()
	fmt.Println(c, "|", c.Title("en"), "|", c.Title("es"), "|", c.Key("en"))
	// Output: estimated | estimated | estimado | the article gives it as an estimate
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
