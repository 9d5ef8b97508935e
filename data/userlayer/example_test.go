package userlayer_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

// A date such as 03/04/2015 is read only when the file's other dates
// settle whether days or months come first; otherwise the import names
// the line and the column and says how to write it.
func ExampleRead() {
	open := "nombre;latitud;longitud;fecha\nHuanta;-12,93333;-74,25;03/04/2015\n"
	_, err := userlayer.Read(context.Background(), strings.NewReader(open), "pueblos.csv", userlayer.FormatCSV, userlayer.Options{})
	fmt.Println(err)

	settled := open + "Ayacucho;-13,15878;-74,22321;25/03/2014\n"
	l, err := userlayer.Read(context.Background(), strings.NewReader(settled), "pueblos.csv", userlayer.FormatCSV, userlayer.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range l.Features {
		fmt.Println(f.Name, f.Date, f.Geometry)
	}
	fmt.Println(l.Warnings[0])
	// Output:
	// pueblos.csv: 1 problem(s)
	//   pueblos.csv: line 2: row 1 (Huanta): column fecha: "03/04/2015" could be 3 April or March 4: write it year first, 2015-04-03 or 2015-03-04, or give any date in the file whose day is above 12 (25/03/2014) so the order is clear
	// Huanta 2015-04-03 [-74.25 -12.93333]
	// Ayacucho 2014-03-25 [-74.22321 -13.15878]
	// pueblos.csv: dates such as "03/04/2015" were read as day/month/year, as "25/03/2014" on line 3 shows (warning)
}
