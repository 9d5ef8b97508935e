package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data/basemap"
	"github.com/perutraffickingatlas/atlas/data/gazetteer"
)

// dataBound is the extent the vectors cover: the atlas extent (82°W-68°W,
// 19°S-1°N) plus a margin, so that the zoom 5 tiles over the atlas are whole.
var dataBound = orb.Bound{Min: orb.Point{-90, -26}, Max: orb.Point{-56, 11.5}}

// labelBound is the atlas extent proper: towns and labels are kept inside.
var labelBound = basemap.Extent()

func main() {
	gmt := flag.String("gmt", "gmt", "gmt executable")
	countries := flag.String("countries", "", "GeoJSON of Natural Earth countries from basemap.mjs")
	out := flag.String("out", "data/basemap/"+basemap.FileName, "output file")
	flag.Parse()
	if err := run(*gmt, *countries, *out); err != nil {
		log.Fatal(err)
	}
}

func run(gmt, countriesPath, out string) error {
	gaz, err := gazetteer.Embedded()
	if err != nil {
		return err
	}
	d := &basemap.Data{Bound: dataBound}

	shore, err := gmtDump(gmt, region(dataBound), "-Dh", "-W", "-M")
	if err != nil {
		return err
	}
	peruSegs, err := gmtDump(gmt, "-R-90/-60/-25/5", "-Dh", "-EPE", "-M")
	if err != nil {
		return err
	}
	var peru []orb.Ring
	for _, s := range peruSegs {
		peru = append(peru, orb.Ring(s.Points))
	}
	inland := biggest(peru).Bound().Center()
	ocean, err := buildLand(d, shore, inland)
	if err != nil {
		return err
	}

	if err := buildContext(d, gmt); err != nil {
		return err
	}

	borderSegs, err := gmtDump(gmt, region(dataBound), "-Dh", "-N1", "-M")
	if err != nil {
		return err
	}
	buildPeruAndBorders(d, peru, ocean, borderSegs)

	riverSegs, err := gmtDump(gmt, region(dataBound), "-Dh", "-Ia", "-M")
	if err != nil {
		return err
	}
	if err := buildRivers(d, riverSegs, gaz); err != nil {
		return err
	}
	if err := buildPlaces(d, gaz, countriesPath); err != nil {
		return err
	}

	var buf bytes.Buffer
	if err := basemap.Encode(&buf, d); err != nil {
		return err
	}
	if _, err := basemap.Decode(bytes.NewReader(buf.Bytes()), out); err != nil {
		return fmt.Errorf("round trip: %w", err)
	}
	tmp := filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".tmp")
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, out); err != nil {
		return err
	}
	log.Printf("wrote %s: %d bytes; %d land rings, %d Peru rings, %d coast lines, %d rivers, %d borders, %d places",
		out, buf.Len(), len(d.Land), len(d.Peru), len(d.Coast), len(d.Rivers), len(d.Borders), len(d.Places))
	return nil
}

func biggest(rs []orb.Ring) orb.Ring {
	var best orb.Ring
	for _, r := range rs {
		if len(r) > len(best) {
			best = r
		}
	}
	return best
}
