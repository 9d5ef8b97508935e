package basemap_test

import (
	"fmt"

	"github.com/perutraffickingatlas/atlas/data/basemap"
)

func ExampleEmbedded() {
	d, err := basemap.Embedded()
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Places[0].Name, d.Places[0].Kind == basemap.KindCountry || d.Places[0].Kind == basemap.KindPeru)
	// Output: Peru true
}
