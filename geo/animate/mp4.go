package animate

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// ErrNoFFmpeg is wrapped when an MP4 is asked for and no ffmpeg is found.
var ErrNoFFmpeg = errors.New("animate: ffmpeg not found")

// FindFFmpeg returns the ffmpeg an MP4 export would run: path when given,
// else the one on PATH, with an error wrapping ErrNoFFmpeg that says how
// to get one when there is none.
func FindFFmpeg(path string) (string, error) {
	if path == "" {
		path = "ffmpeg"
	}
	p, err := exec.LookPath(path)
	if err != nil {
		return "", fmt.Errorf("%w (%s): MP4 export runs ffmpeg; install it (Debian/Ubuntu: apt install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg) and put it on PATH, or export a .gif or a folder of PNG frames", ErrNoFFmpeg, path)
	}
	return p, nil
}

// videoCodec picks the codec: H.264 (what slides and browsers play) when
// the ffmpeg has libx264, else MPEG-4 part 2.
func videoCodec(ctx context.Context, ffmpeg string) []string {
	out, err := exec.CommandContext(ctx, ffmpeg, "-hide_banner", "-encoders").Output()
	if err == nil && bytes.Contains(out, []byte("libx264")) {
		return []string{"-c:v", "libx264", "-preset", "veryfast", "-tune", "stillimage", "-crf", "18"}
	}
	return []string{"-c:v", "mpeg4", "-q:v", "2"}
}

// mp4Sink pipes raw frames to ffmpeg, which writes tmp; each frame is sent
// as often as its duration needs at the video's frame rate.
type mp4Sink struct {
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	stderr  *tailBuffer
	fps     float64
	sent    int           // video frames sent
	elapsed time.Duration // the source's time so far
	codec   string
}

func newMP4Sink(ctx context.Context, ffmpeg, tmp string, width, height int, fps float64) (*mp4Sink, error) {
	codec := videoCodec(ctx, ffmpeg)
	args := []string{"-hide_banner", "-loglevel", "error", "-nostdin",
		"-f", "rawvideo", "-pix_fmt", "rgba", "-s", strconv.Itoa(width) + "x" + strconv.Itoa(height),
		"-framerate", strconv.FormatFloat(fps, 'f', -1, 64), "-i", "pipe:0",
		"-vf", "pad=ceil(iw/2)*2:ceil(ih/2)*2,format=yuv420p"}
	args = append(args, codec...)
	args = append(args, "-movflags", "+faststart", "-f", "mp4", "-y", tmp)
	s := &mp4Sink{cmd: exec.CommandContext(ctx, ffmpeg, args...), stderr: &tailBuffer{max: 4 << 10}, fps: fps, codec: codec[1]}
	s.cmd.Stderr = s.stderr
	in, err := s.cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	s.stdin = in
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", ffmpeg, err)
	}
	return s, nil
}

func (s *mp4Sink) frame(img *image.RGBA, d time.Duration) error {
	s.elapsed += d
	want := max(s.sent+1, int(math.Round(s.elapsed.Seconds()*s.fps)))
	w := img.Rect.Dx() * 4
	for ; s.sent < want; s.sent++ {
		for y := range img.Rect.Dy() {
			if _, err := s.stdin.Write(img.Pix[y*img.Stride : y*img.Stride+w]); err != nil {
				return s.failed(err)
			}
		}
	}
	return nil
}

func (s *mp4Sink) commit() error {
	if err := s.stdin.Close(); err != nil {
		return s.failed(err)
	}
	if err := s.cmd.Wait(); err != nil {
		return s.failed(err)
	}
	return nil
}

// failed is err with what ffmpeg said, once it has stopped.
func (s *mp4Sink) failed(err error) error {
	s.stdin.Close()
	if werr := s.cmd.Wait(); werr != nil && !errors.Is(err, werr) {
		err = fmt.Errorf("%w (ffmpeg: %v)", err, werr)
	}
	if msg := strings.TrimSpace(s.stderr.String()); msg != "" {
		return fmt.Errorf("ffmpeg: %w: %s", err, msg)
	}
	return fmt.Errorf("ffmpeg: %w", err)
}

func (s *mp4Sink) abort() {
	s.stdin.Close()
	if s.cmd.Process != nil {
		s.cmd.Process.Kill()
	}
	s.cmd.Wait()
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	b   []byte
	max int
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = t.b[len(t.b)-t.max:]
	}
	return len(p), nil
}

func (t *tailBuffer) String() string { return string(t.b) }

// tempBeside makes an empty temporary file beside path, with path's
// extension, for a program that writes it by name.
func tempBeside(path string) (string, error) {
	dir, base := splitPath(path)
	f, err := os.CreateTemp(dir, ".atlas-"+trimBase(base)+"-*"+extOf(base))
	if err != nil {
		return "", err
	}
	name := f.Name()
	return name, f.Close()
}
