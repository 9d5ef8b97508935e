package mbtiles

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"image"
	"image/png"
	"math/rand/v2"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb/maptile"

	"github.com/perutraffickingatlas/atlas/geo/tiles"
)

// TestHugeBlobIsMeasuredNotRead: a tile blob of more than tiles.MaxTileBytes
// (the audit had 900 MB, 4.3 GB of memory) is refused by its length.
func TestHugeBlobIsMeasuredNotRead(t *testing.T) {
	path := fixture{metadata: peruMetadata("png"), tiles: map[maptile.Tile][]byte{tileA: encode(t, colorOf(tileA), "png")}}.write(t, "huge.mbtiles")
	db := rw(t, path)
	huge := tiles.MaxTileBytes + 1
	if _, err := db.Exec(`INSERT INTO tiles VALUES (7, 36, 63, zeroblob(?))`, huge); err != nil {
		t.Fatal(err)
	}
	db.Close()
	src, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	_, err = src.TileData(context.Background(), maptile.New(36, 64, 7))
	if !errors.Is(err, tiles.ErrBadTile) {
		t.Fatalf("a %d-byte blob: %v, want ErrBadTile", huge, err)
	}
}

// TestConcurrentWriter: while another process rewrites the very tiles
// being read (all deleted, their pages given to other tiles, and put back
// in one transaction), changes other rows and vacuums the file, every tile
// that is always there is found with its own bytes (the audit saw "no such
// tile" in 17 of 18 exports with the file opened immutable). The writer is
// this test binary run again, because SQLite's locks are per process.
// Opened immutable, the source fails this within the first thousand reads:
// it trusts pages it cached before the writer moved the tiles.
func TestConcurrentWriter(t *testing.T) {
	if os.Getenv("MBTILES_WRITER") != "" {
		return // see TestWriterProcess
	}
	keep := map[maptile.Tile][]byte{}
	blob := noisePNG(t) // 400 of them outgrow SQLite's page cache, so reads go to the file
	for x := range 40 {
		for y := range 10 {
			keep[maptile.New(uint32(x), uint32(y), 6)] = blob
		}
	}
	path := fixture{metadata: peruMetadata("png"), tiles: keep}.write(t, "busy.mbtiles")
	src, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	writer := exec.Command(os.Args[0], "-test.run=^TestWriterProcess$")
	writer.Env = append(os.Environ(), "MBTILES_WRITER="+path)
	out, err := writer.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := writer.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { writer.Process.Kill(); writer.Wait() }()
	// The writer prints a line after each rewrite of the file; the reads
	// go on until it has rewritten it wantRewrites times, so they overlap
	// its work whatever the machine's speed.
	const wantRewrites = 5
	rewrites := make(chan struct{}, 1024)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if sc.Text() == "vacuumed" {
				rewrites <- struct{}{}
			}
		}
		close(rewrites)
	}()
	deadline := time.After(5 * time.Minute) // a writer that stalls fails the test, never hangs it
	seen, reads := 0, 0
	for seen < wantRewrites {
		select {
		case _, ok := <-rewrites:
			if !ok {
				t.Fatalf("the writer stopped after %d rewrites", seen)
			}
			seen++
		case <-deadline:
			t.Fatalf("the writer rewrote the file only %d times", seen)
		default:
		}
		tl := maptile.New(uint32(reads*7%40), uint32(reads%10), 6)
		got, err := src.TileData(context.Background(), tl)
		if err != nil && !isBusy(err) {
			t.Fatalf("read %d, after %d rewrites: a tile that is always there: %v", reads, seen, err)
		}
		if err == nil && !bytes.Equal(got, blob) {
			t.Fatalf("read %d, after %d rewrites: tile %v read %d bytes that are not the tile always stored there", reads, seen, tl, len(got))
		}
		reads++
	}
	t.Logf("%d reads during %d rewrites", reads, seen)
}

// TestWriterProcess is the other process of TestConcurrentWriter: until
// killed, it rewrites the tiles the reader needs (in one transaction, so a
// reader honouring the file's locks always finds them), adds and drops rows
// of other zooms, and vacuums the file.
func TestWriterProcess(t *testing.T) {
	path := os.Getenv("MBTILES_WRITER")
	if path == "" {
		t.Skip("run by TestConcurrentWriter")
	}
	db := rw(t, path)
	defer db.Close()
	// One connection with a tiny page cache: SQLite then spills changed
	// pages into the file in the middle of each transaction, so the file
	// is inconsistent for most of the writer's time, and only a reader
	// that honours its locks never sees that.
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`PRAGMA cache_size = 8`); err != nil {
		t.Fatal(err)
	}
	keep := noisePNG(t)
	squatter := noisePNGSeed(t, 3)
	other := encode(t, colorOf(tileA), "png")
	for i := 0; ; i++ {
		if tx, err := db.Begin(); err == nil {
			// Every kept tile goes, then comes back: with the spills, the
			// file lacks them for a good part of the transaction.
			tx.Exec(`DELETE FROM tiles WHERE zoom_level = 6`)
			for x := range 40 { // other tiles take the freed pages first
				tx.Exec(`INSERT OR REPLACE INTO tiles VALUES (7, ?, 1, ?)`, x, squatter)
			}
			for x := range 40 {
				for y := range 10 {
					tx.Exec(`INSERT INTO tiles VALUES (6, ?, ?, ?)`, x, (1<<6-1)-y, keep) // TMS rows
				}
			}
			tx.Exec(`DELETE FROM tiles WHERE zoom_level = 7`)
			tx.Exec(`INSERT OR REPLACE INTO tiles VALUES (8, ?, 1, ?)`, i%50, other)
			tx.Exec(`DELETE FROM tiles WHERE zoom_level = 8 AND tile_column = ?`, (i+25)%50)
			tx.Commit()
		}
		if _, err := db.Exec(`VACUUM`); err == nil {
			fmt.Println("vacuumed")
		}
	}
}

// isBusy reports SQLite's "database is locked": a reader may meet the
// writer's lock, which is an honest error, not a missing tile.
func isBusy(err error) bool {
	return err != nil && !errors.Is(err, tiles.ErrNoTile) && (strings.Contains(err.Error(), "locked") || strings.Contains(err.Error(), "busy"))
}

// rw opens the file for writing, as another program would.
func rw(t *testing.T, path string) *sql.DB {
	t.Helper()
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	db, err := sql.Open("sqlite", u.String()+"?mode=rw&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// noisePNG is an incompressible 96x96 PNG of about 37 KB.
func noisePNG(t *testing.T) []byte { return noisePNGSeed(t, 1) }

// noisePNGSeed is noisePNG with other noise for each seed.
func noisePNGSeed(t *testing.T, seed uint64) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 96, 96))
	r := rand.New(rand.NewPCG(seed, 2))
	for i := range img.Pix {
		img.Pix[i] = uint8(r.Uint32())
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
