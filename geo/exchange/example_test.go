package exchange_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/geo/exchange"
)

// A one-year event becomes a Placemark whose TimeSpan covers that year,
// from its first day to its last, so Google Earth's time slider shows it
// in that year only.
func ExampleWriteKML() {
	ds := &data.Dataset{
		Sources: []data.Source{{ID: "s1", Title: "An article", Year: 2015}},
		Features: []data.Feature{{ID: "event_capture", Layer: data.LayerEvent, Name: "A capture",
			Summary: "Police captured a leader.", Period: data.Year(2012), Precision: data.PrecisionTown,
			Citations: []data.Citation{{Source: "s1", Locator: "para 4"}}, Geometry: orb.Point{-74.2, -12.4}}},
	}
	var buf bytes.Buffer
	if err := exchange.WriteKML(&buf, ds, exchange.Options{Lang: data.LangEN}); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(buf.String(), "\n") {
		line = strings.TrimSpace(line)
		for _, tag := range []string{"<name>A", "<begin>", "<end>", "<coordinates>"} {
			if strings.HasPrefix(line, tag) {
				fmt.Println(line)
			}
		}
	}
	// Output:
	// <name>A capture</name>
	// <begin>2012-01-01</begin>
	// <end>2012-12-31</end>
	// <coordinates>-74.2,-12.4</coordinates>
}
