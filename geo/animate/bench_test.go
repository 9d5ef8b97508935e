package animate

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// BenchmarkYearsGIF is the yardstick: all 43 years (1980-2022)
// of Peru at 1280x720 as a GIF, over the embedded basemap (its tiles
// materialized before timing), palette and encoding included. It reports
// the file size and the process's peak resident memory so far.
func BenchmarkYearsGIF(b *testing.B) {
	film, v := atlasFilm(b, 1280, 720, 1980, 2022)
	src, err := Years(film, v, YearsPlan{From: 1980, To: 2022, FramesPerYear: 1, FPS: 2, Hold: 3 * time.Second})
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if _, err := samples(context.Background(), src, 1); err != nil { // composes the basemap once
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var size int64
	for i := 0; i < b.N; i++ {
		path := filepath.Join(dir, "years.gif")
		if _, err := Write(context.Background(), src, path, Options{Overwrite: true}); err != nil {
			b.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			b.Fatal(err)
		}
		size = fi.Size()
	}
	b.StopTimer()
	b.ReportMetric(float64(size)/1e6, "MB/gif")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "MB-peak-rss")
	}
}
