package mbtilestest

import (
	"bytes"
	"database/sql"
	"fmt"
	"image"
	"image/color"
	"image/png"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"
)

// WriteSolid creates an MBTiles file at path holding, at zoom z, one
// 256 px PNG tile of colour c for every tile within radius tiles of the
// tile containing centre (rows in the TMS order MBTiles uses).
func WriteSolid(path string, z maptile.Zoom, centre orb.Point, radius int, c color.RGBA) error {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return fmt.Errorf("mbtilestest %s: %w", path, err)
	}
	defer db.Close()
	meta := fmt.Sprintf("INSERT INTO metadata VALUES ('name','Test package'),('format','png'),('minzoom','%d'),('maxzoom','%d'),('attribution','Test tiles')", z, z)
	for _, q := range []string{
		"CREATE TABLE metadata (name text, value text)",
		"CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, tile_data blob)",
		meta,
	} {
		if _, err := db.Exec(q); err != nil {
			return fmt.Errorf("mbtilestest %s: %w", path, err)
		}
	}
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return err
	}
	mid := maptile.At(centre, z)
	for dx := -radius; dx <= radius; dx++ {
		for dy := -radius; dy <= radius; dy++ {
			x, y := int(mid.X)+dx, int(mid.Y)+dy
			row := (1 << z) - 1 - y
			if _, err := db.Exec("INSERT INTO tiles VALUES (?,?,?,?)", int(z), x, row, buf.Bytes()); err != nil {
				return fmt.Errorf("mbtilestest %s: %w", path, err)
			}
		}
	}
	return nil
}
