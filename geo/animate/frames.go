package animate

import (
	"bufio"
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/perutraffickingatlas/atlas/geo/render"
)

// ConcatName is the file a folder of frames carries beside them: an
// ffconcat list of every frame with its duration, so
// `ffmpeg -f concat -i frames.ffconcat` (or a video editor) plays the
// frames at the animation's pace.
const ConcatName = "frames.ffconcat"

// writeFrames writes each frame as frame-00001.png ... into a temporary
// folder beside path, with the ffconcat list, and renames it to path when
// all are written (replacing an empty folder, or with overwrite any).
func writeFrames(ctx context.Context, src Source, path string, opt Options) error {
	dir, base := splitPath(path)
	tmp, err := os.MkdirTemp(dir, ".atlas-"+trimBase(base)+"-")
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	list, err := os.Create(filepath.Join(tmp, ConcatName))
	if err != nil {
		return err
	}
	defer list.Close()
	lw := bufio.NewWriter(list)
	fmt.Fprintln(lw, "ffconcat version 1.0")
	i, last := 0, ""
	err = run(ctx, src, opt, func(img *image.RGBA, d time.Duration) error {
		i++
		name := fmt.Sprintf("frame-%05d.png", i)
		f, err := os.Create(filepath.Join(tmp, name))
		if err != nil {
			return err
		}
		bw := bufio.NewWriterSize(f, 256<<10)
		err = render.EncodePNG(bw, img)
		if err == nil {
			err = bw.Flush()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		fmt.Fprintf(lw, "file %s\nduration %s\n", name, strconv.FormatFloat(d.Seconds(), 'f', 3, 64))
		last = name
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(lw, "file %s\n", last) // the concat demuxer shows the last duration only when the file repeats
	if err := lw.Flush(); err != nil {
		return err
	}
	if err := list.Sync(); err != nil {
		return err
	}
	if err := placeDir(tmp, path, opt.Overwrite); err != nil {
		return err
	}
	done = true
	return nil
}

// placeDir renames the folder tmp to path: over an empty folder, or with
// overwrite over a full one (moved aside first, removed after).
func placeDir(tmp, path string, overwrite bool) error {
	if err := os.Rename(tmp, path); err == nil {
		return nil
	} else if !overwrite {
		return fmt.Errorf("%w: %v (use -force to replace it)", ErrExists, err)
	}
	old, err := os.MkdirTemp(filepath.Dir(path), ".atlas-old-")
	if err != nil {
		return err
	}
	aside := filepath.Join(old, "frames")
	if err := os.Rename(path, aside); err != nil {
		os.Remove(old)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Rename(aside, path) // put the old one back
		os.RemoveAll(old)
		return err
	}
	return os.RemoveAll(old)
}
