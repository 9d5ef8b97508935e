package animate

import (
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
)

// Format is an animation's output format.
type Format string

// The formats.
const (
	FormatGIF    Format = "gif"    // an animated GIF, always available
	FormatMP4    Format = "mp4"    // H.264 video, through ffmpeg
	FormatFrames Format = "frames" // a folder of numbered PNG frames
)

// Errors of Write.
var (
	ErrFormat = errors.New("animate: unsupported output")
	ErrExists = errors.New("animate: the output exists")
)

// FormatOf picks the format from an output path: .gif, .mp4, or a folder
// (a path ending in a separator, or without an extension).
func FormatOf(path string) (Format, error) {
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(os.PathSeparator)) {
		return FormatFrames, nil
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".gif":
		return FormatGIF, nil
	case ".mp4":
		return FormatMP4, nil
	case "":
		return FormatFrames, nil
	}
	return "", fmt.Errorf("%w: %s (want .gif, .mp4, or a folder for PNG frames)", ErrFormat, path)
}

// Options control Write.
type Options struct {
	Overwrite bool                  // replace an existing file or folder
	Progress  func(done, total int) // called after each frame is written; may be nil
	FFmpeg    string                // the ffmpeg to run for MP4; "" finds it on PATH
	VideoFPS  float64               // an MP4's frame rate; 0 for 25
	Samples   int                   // frames a GIF's palette is made from; 0 for 4
}

// Result tells what Write wrote.
type Result struct {
	Format   Format
	Frames   int           // distinct frames drawn
	Duration time.Duration // the animation's length
	Codec    string        // an MP4's video codec
}

// Write draws every frame of src in order and writes the animation to
// path in the format its name gives (FormatOf). Nothing appears at path
// until the whole animation is written: a cancelled ctx, a failed frame,
// a full disk or a missing ffmpeg leave no file or folder there (nor a
// temporary one). An existing output is replaced only with
// opt.Overwrite, which is checked before any frame is drawn. Errors name
// the output.
func Write(ctx context.Context, src Source, path string, opt Options) (Result, error) {
	res := Result{Frames: src.Len()}
	format, err := FormatOf(path)
	if err != nil {
		return res, err
	}
	res.Format = format
	clean := strings.TrimRight(path, `/\`)
	if clean == "" {
		clean = path
	}
	if err := checkOutput(clean, format, opt.Overwrite); err != nil {
		return res, err
	}
	if src.Len() == 0 {
		return res, fmt.Errorf("write %s: %w: no frames", clean, ErrPlan)
	}
	for i := range src.Len() {
		res.Duration += src.Duration(i)
	}
	switch format {
	case FormatGIF:
		err = writeGIF(ctx, src, clean, opt)
	case FormatMP4:
		res.Codec, err = writeMP4(ctx, src, clean, opt)
	case FormatFrames:
		err = writeFrames(ctx, src, clean, opt)
	}
	if err != nil {
		return res, fmt.Errorf("write %s: %w", clean, err)
	}
	return res, nil
}

// checkOutput refuses an output that exists (unless overwrite) or cannot
// be one: a folder where a file goes, a file where a folder goes, a
// folder in a missing parent.
func checkOutput(path string, f Format, overwrite bool) error {
	dir, _ := splitPath(path)
	if fi, err := os.Stat(dir); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	} else if !fi.IsDir() {
		return fmt.Errorf("write %s: %s is not a folder", path, dir)
	}
	if f != FormatFrames {
		if err := atomicfile.CheckTarget(path, !overwrite); err != nil {
			if errors.Is(err, atomicfile.ErrExists) {
				return fmt.Errorf("write %s: %w (use -force to replace it)", path, ErrExists)
			}
			return fmt.Errorf("write %s: %w", path, err)
		}
		return nil
	}
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("write %s: %w", path, err)
	case !fi.IsDir():
		return fmt.Errorf("write %s: a file is there, not a folder for the frames", path)
	}
	if empty, err := emptyDir(path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	} else if !empty && !overwrite {
		return fmt.Errorf("write %s: %w: the folder has files (use -force to replace it)", path, ErrExists)
	}
	return nil
}

func emptyDir(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	names, err := f.Readdirnames(1)
	if errors.Is(err, io.EOF) {
		return true, nil
	}
	return len(names) == 0, err
}

// run draws every frame of src into one image and hands it to put.
func run(ctx context.Context, src Source, opt Options, put func(img *image.RGBA, d time.Duration) error) error {
	w, h := src.Size()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	n := src.Len()
	for i := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := src.Draw(ctx, i, img); err != nil {
			return fmt.Errorf("frame %d of %d: %w", i+1, n, err)
		}
		if err := put(img, src.Duration(i)); err != nil {
			return err
		}
		if opt.Progress != nil {
			opt.Progress(i+1, n)
		}
	}
	return ctx.Err()
}

// samples draws the frames a GIF's palette is made from: the first, the
// last and evenly between.
func samples(ctx context.Context, src Source, k int) ([]*image.RGBA, error) {
	n := src.Len()
	k = max(1, min(k, n))
	w, h := src.Size()
	var out []*image.RGBA
	for j := range k {
		i := 0
		if k > 1 {
			i = j * (n - 1) / (k - 1)
		}
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		if err := src.Draw(ctx, i, img); err != nil {
			return nil, fmt.Errorf("frame %d of %d: %w", i+1, n, err)
		}
		out = append(out, img)
	}
	return out, nil
}

func writeGIF(ctx context.Context, src Source, path string, opt Options) error {
	k := opt.Samples
	if k == 0 {
		k = 4
	}
	ss, err := samples(ctx, src, k)
	if err != nil {
		return err
	}
	pal := samplePalette(ss)
	ss = nil
	w, h := src.Size()
	write := func(out io.Writer) error {
		g, err := newGIFSink(out, w, h, pal)
		if err != nil {
			return err
		}
		if err := run(ctx, src, opt, g.frame); err != nil {
			return err
		}
		return g.commit()
	}
	if opt.Overwrite {
		return atomicfile.Replace(ctx, path, 0o644, write)
	}
	return atomicfile.Create(ctx, path, 0o644, write)
}

func writeMP4(ctx context.Context, src Source, path string, opt Options) (string, error) {
	ffmpeg, err := FindFFmpeg(opt.FFmpeg)
	if err != nil {
		return "", err
	}
	fps := opt.VideoFPS
	if fps == 0 {
		fps = 25
	}
	tmp, err := tempBeside(path)
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp) // gone once renamed; removed on failure
	w, h := src.Size()
	// ffmpeg is stopped on cancel through its own context, so a cancel
	// never leaves it writing.
	fctx, stop := context.WithCancel(ctx)
	defer stop()
	sink, err := newMP4Sink(fctx, ffmpeg, tmp, w, h, fps)
	if err != nil {
		return "", err
	}
	if err := run(ctx, src, opt, sink.frame); err != nil {
		sink.abort()
		return sink.codec, err
	}
	if err := sink.commit(); err != nil {
		return sink.codec, err
	}
	return sink.codec, place(tmp, path, opt.Overwrite)
}

// place renames tmp to path; without overwrite, never over a file that
// appeared meanwhile.
func place(tmp, path string, overwrite bool) error {
	if overwrite {
		return os.Rename(tmp, path)
	}
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%w (use -force to replace it)", ErrExists)
		}
		return err
	}
	return os.Remove(tmp)
}

// splitPath is path's folder ("." for none) and base name.
func splitPath(path string) (string, string) {
	return filepath.Dir(path), filepath.Base(path)
}

// trimBase keeps at most 40 bytes of a base name for a temporary name.
func trimBase(base string) string {
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if len(base) > 40 {
		base = strings.ToValidUTF8(base[:40], "")
	}
	return base
}

func extOf(base string) string { return filepath.Ext(base) }
