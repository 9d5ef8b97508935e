package animate

import (
	"context"
	"errors"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/perutraffickingatlas/atlas/internal/testtool"
)

func TestFormatOf(t *testing.T) {
	tests := []struct {
		desc, path string
		want       Format
		bad        bool
	}{
		{desc: "gif", path: "years.gif", want: FormatGIF},
		{desc: "upper-case mp4", path: "out/Years.MP4", want: FormatMP4},
		{desc: "folder with slash", path: "frames/", want: FormatFrames},
		{desc: "folder without extension", path: "frames", want: FormatFrames},
		{desc: "png is an image, not an animation", path: "years.png", bad: true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := FormatOf(tc.path)
			if tc.bad {
				if !errors.Is(err, ErrFormat) {
					t.Fatalf("FormatOf(%q) = %v, %v; want ErrFormat", tc.path, got, err)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("FormatOf(%q) = %v, %v; want %v", tc.path, got, err, tc.want)
			}
		})
	}
}

// TestGIFFrames writes synthetic frames and decodes them: the count, the
// size, the delays, and each frame in order (the bar where that frame drew
// it), with identical frames merged into one shown longer.
func TestGIFFrames(t *testing.T) {
	tests := []struct {
		desc   string
		n      int
		d      time.Duration
		delays []int
	}{
		{desc: "five frames at 2 a second", n: 5, d: 500 * time.Millisecond, delays: []int{50, 50, 50, 50, 50}},
		{desc: "one frame", n: 1, d: time.Second, delays: []int{100}},
		{desc: "a third of a second adds up", n: 3, d: time.Second / 3, delays: []int{33, 34, 33}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "a.gif")
			src := &bars{w: 160, h: 90, n: tc.n, d: tc.d}
			var seen []int
			res, err := Write(context.Background(), src, path, Options{Progress: func(i, n int) { seen = append(seen, i) }})
			if err != nil {
				t.Fatal(err)
			}
			if res.Frames != tc.n || len(seen) != tc.n || seen[tc.n-1] != tc.n {
				t.Errorf("frames %d, progress %v; want %d", res.Frames, seen, tc.n)
			}
			if fi, err := os.Stat(path); err != nil || res.Bytes != fi.Size() {
				t.Errorf("%d bytes reported, want the file's size (%v)", res.Bytes, err)
			}
			g, frames := decodeGIF(t, path)
			if g.Config.Width != 160 || g.Config.Height != 90 {
				t.Errorf("size %dx%d, want 160x90", g.Config.Width, g.Config.Height)
			}
			if len(g.Delay) != len(tc.delays) {
				t.Fatalf("%d frames, want %d", len(g.Delay), len(tc.delays))
			}
			for i, d := range g.Delay {
				if d != tc.delays[i] {
					t.Errorf("frame %d delay %d cs, want %d", i, d, tc.delays[i])
				}
			}
			for i, f := range frames {
				x := barX(i, 160, tc.n)
				r, _, _, _ := f.At(x+3, 45).RGBA()
				if r>>8 < 0xb0 {
					t.Errorf("frame %d: no red bar at x=%d (r=%d): out of order", i, x, r>>8)
				}
			}
		})
	}
}

// TestGIFMergesStillFrames: a frame like the one before makes no frame of
// its own; the one before lasts longer.
func TestGIFMergesStillFrames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "still.gif")
	src := &bars{w: 64, h: 64, n: 1, d: 300 * time.Millisecond}
	still := &repeat{Source: src, times: 3}
	if _, err := Write(context.Background(), still, path, Options{}); err != nil {
		t.Fatal(err)
	}
	g, _ := decodeGIF(t, path)
	if len(g.Image) != 1 || g.Delay[0] != 90 {
		t.Errorf("%d frames, delays %v; want one of 90 cs", len(g.Image), g.Delay)
	}
}

// repeat shows its source's frame 0 times times.
type repeat struct {
	Source
	times int
}

func (r *repeat) Len() int { return r.times }
func (r *repeat) Draw(ctx context.Context, _ int, dst *image.RGBA) error {
	return r.Source.Draw(ctx, 0, dst)
}
func (r *repeat) Duration(int) time.Duration { return r.Source.Duration(0) }

// TestCancelLeavesNothing cancels each format part way: no output, and
// no temporary file, is left.
func TestCancelLeavesNothing(t *testing.T) {
	formats := []string{"a.gif", "frames"}
	if _, err := exec.LookPath("ffmpeg"); err == nil {
		formats = append(formats, "a.mp4")
	}
	for _, name := range formats {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			src := &bars{w: 96, h: 64, n: 10, d: 100 * time.Millisecond, cancelAt: 6, cancel: cancel}
			_, err := Write(ctx, src, filepath.Join(dir, name), Options{})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want context.Canceled", err)
			}
			if !strings.Contains(err.Error(), name) {
				t.Errorf("error %q does not name %s", err, name)
			}
			left, _ := os.ReadDir(dir)
			for _, e := range left {
				t.Errorf("left behind: %s", e.Name())
			}
		})
	}
}

// TestExisting: an output that exists is refused before any frame is
// drawn, and replaced with Overwrite.
func TestExisting(t *testing.T) {
	for _, name := range []string{"a.gif", "frames"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			src := &bars{w: 32, h: 32, n: 2, d: time.Second}
			if _, err := Write(context.Background(), src, path, Options{}); err != nil {
				t.Fatal(err)
			}
			drawn := 0
			_, err := Write(context.Background(), src, path, Options{Progress: func(int, int) { drawn++ }})
			if !errors.Is(err, ErrExists) || drawn != 0 {
				t.Fatalf("second write: %v after %d frames; want ErrExists before any", err, drawn)
			}
			if _, err := Write(context.Background(), src, path, Options{Overwrite: true}); err != nil {
				t.Fatalf("overwrite: %v", err)
			}
		})
	}
}

// TestFramesFolder writes numbered PNGs and the ffconcat list.
func TestFramesFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "frames")
	src := &bars{w: 48, h: 32, n: 3, d: 250 * time.Millisecond}
	res, err := Write(context.Background(), src, dir+"/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	for i := 1; i <= 3; i++ {
		f, err := os.Open(filepath.Join(dir, "frame-0000"+string(rune('0'+i))+".png"))
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := f.Stat()
		total += fi.Size()
		img, err := png.Decode(f)
		f.Close()
		if err != nil || img.Bounds().Dx() != 48 {
			t.Fatalf("frame %d: %v %v", i, err, img.Bounds())
		}
	}
	list, err := os.ReadFile(filepath.Join(dir, ConcatName))
	if err != nil {
		t.Fatal(err)
	}
	if total += int64(len(list)); res.Bytes != total {
		t.Errorf("%d bytes reported, want the frames and list's %d", res.Bytes, total)
	}
	if got := strings.Count(string(list), "duration 0.250"); got != 3 {
		t.Errorf("list has %d durations of 0.25 s, want 3:\n%s", got, list)
	}
}

// TestMP4 runs when ffmpeg is installed (CI installs it): the video
// exists, and ffprobe, when there, finds its size and length.
func TestMP4(t *testing.T) {
	testtool.Need(t, "ffmpeg", "ffmpeg")
	path := filepath.Join(t.TempDir(), "a.mp4")
	src := &bars{w: 161, h: 91, n: 4, d: 500 * time.Millisecond} // odd sides are padded
	res, err := Write(context.Background(), src, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Codec == "" {
		t.Error("no codec reported")
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Size() < 1000 {
		t.Fatalf("mp4: %v, %v", fi, err)
	}
	testtool.Need(t, "ffprobe", "ffmpeg")
	out, err := exec.Command("ffprobe", "-v", "error", "-select_streams", "v:0", "-count_frames",
		"-show_entries", "stream=width,height,nb_read_frames", "-of", "csv=p=0", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(out)); got != "162,92,50" {
		t.Errorf("ffprobe: %q, want 162,92,50 (2 s at 25 frames a second)", got)
	}
}

// TestNoFFmpeg: without ffmpeg the error says so and how to get it, and
// nothing is written.
func TestNoFFmpeg(t *testing.T) {
	dir := t.TempDir()
	_, err := Write(context.Background(), &bars{w: 8, h: 8, n: 1, d: time.Second}, filepath.Join(dir, "a.mp4"),
		Options{FFmpeg: filepath.Join(dir, "no-such-ffmpeg")})
	if !errors.Is(err, ErrNoFFmpeg) || !strings.Contains(err.Error(), "install") {
		t.Fatalf("err = %v, want ErrNoFFmpeg saying how to install it", err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}
