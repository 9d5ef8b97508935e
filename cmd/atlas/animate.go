package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/perutraffickingatlas/atlas/geo/animate"
	"github.com/perutraffickingatlas/atlas/geo/render"
)

// motionFlags are the flags of the exports that move or compare: an
// animation of the years, a comparison of two, a lesson as an animation
// or a handout.
type motionFlags struct {
	animate       string  // FROM-TO
	compare       string  // Y1,Y2
	framesPerYear int     // frames each year lasts
	fps           float64 // frames per second; 0: the mode's default
	hold          float64 // seconds added to the last frame; <0: the mode's default
	pace          float64 // a lesson's reading pace, words per second
	paper         string  // a handout's paper: a4 or letter
	stderr        io.Writer

	from, to int    // parsed -animate
	years    [2]int // parsed -compare
}

// Limits of an animation's size: a GIF is for slides and pages (its
// palette and file grow with its pixels); 4K goes to MP4 or frames.
const maxGIFPixels = 1920 * 1200

func (m *motionFlags) register(fs *flag.FlagSet, stderr io.Writer) {
	m.stderr = stderr
	fs.StringVar(&m.animate, "animate", "", "animate the years `FROM-TO` (e.g. 1995-2016) into -o FILE.gif, FILE.mp4 (needs ffmpeg on PATH) or a folder of PNG frames (-o DIR/); slide size unless -preset or -width/-height")
	fs.StringVar(&m.compare, "compare", "", "two years `Y1,Y2` side by side in one image (-o FILE.png or .pdf), what only one shows ringed")
	fs.IntVar(&m.framesPerYear, "frames-per-year", 1, "with -animate: frames each year lasts, `N` (1 cuts from year to year; more cross-fade into the next)")
	fs.Float64Var(&m.fps, "fps", 0, "frames per `second`: of -animate (default 2: each year half a second) or of a lesson's flights (default 12)")
	fs.Float64Var(&m.hold, "hold", -1, "`seconds` the last frame stays on screen beyond its time (default 3 for -animate, 2 for a lesson)")
	fs.Float64Var(&m.pace, "reading-pace", 2.5, "a lesson animation holds each caption for 1 s plus its words at this many words per `second` (at least 4 s)")
	fs.StringVar(&m.paper, "paper", "a4", "a lesson handout's `PAPER`: a4 or letter")
}

// wanted reports whether e asks for a moving or compared export.
func (m *motionFlags) wanted(e exportFlags) bool {
	if m.animate != "" || m.compare != "" {
		return true
	}
	if e.lesson == "" {
		return false
	}
	f, err := animate.FormatOf(e.out)
	return (err == nil && f != animate.FormatFrames) || strings.EqualFold(filepath.Ext(e.out), ".pdf")
}

// motionFlagProblems checks the motion flags against the rest, as
// parseExportFlags does the others, and sets the default size.
func motionFlagProblems(e *exportFlags, set map[string]bool) []string {
	m := &e.motion
	var out []string
	if !set["preset"] && !set["width"] && !set["height"] {
		e.presetName = "slide"
	}
	exclusive := 0
	for _, on := range []bool{m.animate != "", m.compare != "", e.lesson != ""} {
		if on {
			exclusive++
		}
	}
	if exclusive > 1 {
		out = append(out, "-animate, -compare and -lesson each make a different export: give one")
	}
	switch {
	case m.animate != "":
		from, to, err := parseYearRange(m.animate)
		if err != nil {
			out = append(out, "-animate: "+err.Error())
		}
		m.from, m.to = from, to
		if set["year"] {
			out = append(out, "-year cannot be used with -animate: the animation goes through the years")
		}
		if _, err := animate.FormatOf(e.out); err != nil {
			out = append(out, fmt.Sprintf("-o %s: an animation is .gif, .mp4 or a folder for PNG frames", e.out))
		}
		if m.framesPerYear < 1 || m.framesPerYear > animate.MaxFramesPerYear {
			out = append(out, fmt.Sprintf("-frames-per-year %d: want 1 to %d", m.framesPerYear, animate.MaxFramesPerYear))
		}
	case m.compare != "":
		years, err := parseYearPair(m.compare)
		if err != nil {
			out = append(out, "-compare: "+err.Error())
		}
		m.years = years
		if set["year"] {
			out = append(out, "-year cannot be used with -compare: it names the two years")
		}
		if _, err := render.FormatOf(e.out); err != nil {
			out = append(out, fmt.Sprintf("-o %s: a comparison is .png or .pdf", e.out))
		}
	case e.lesson != "":
		out = append(out, lessonFlagProblems(set)...)
	}
	if m.fps < 0 || m.fps > animate.MaxFPS {
		out = append(out, fmt.Sprintf("-fps %v: want more than 0, at most %d", m.fps, animate.MaxFPS))
	}
	if m.hold > animate.MaxHold.Seconds() {
		out = append(out, fmt.Sprintf("-hold %v: at most %v seconds", m.hold, animate.MaxHold.Seconds()))
	}
	if !(m.pace > 0 && m.pace <= 20) {
		out = append(out, fmt.Sprintf("-reading-pace %v: want more than 0, at most 20 words a second", m.pace))
	}
	if _, err := paperByName(m.paper); err != nil {
		out = append(out, "-paper: "+err.Error())
	}
	return out
}

// parseYearRange reads FROM-TO, two years of the data, FROM before TO.
func parseYearRange(s string) (int, int, error) {
	a, b, ok := strings.Cut(s, "-")
	from, err1 := strconv.Atoi(strings.TrimSpace(a))
	to, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("%q: want FROM-TO, e.g. 1995-2016", s)
	}
	if from >= to {
		return 0, 0, fmt.Errorf("%q: the first year must come before the last", s)
	}
	for _, y := range []int{from, to} {
		if err := checkYearAndSelection(y, ""); err != nil {
			return 0, 0, err
		}
	}
	return from, to, nil
}

// parseYearPair reads Y1,Y2, two different years of the data.
func parseYearPair(s string) ([2]int, error) {
	a, b, ok := strings.Cut(s, ",")
	y1, err1 := strconv.Atoi(strings.TrimSpace(a))
	y2, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil {
		return [2]int{}, fmt.Errorf("%q: want two years, e.g. 2003,2016", s)
	}
	if y1 == y2 {
		return [2]int{}, fmt.Errorf("%q: the two years must differ", s)
	}
	for _, y := range []int{y1, y2} {
		if err := checkYearAndSelection(y, ""); err != nil {
			return [2]int{}, err
		}
	}
	return [2]int{y1, y2}, nil
}

// seconds is the -hold flag, or def when it was not given.
func seconds(v, def float64) time.Duration {
	if v < 0 {
		v = def
	}
	return time.Duration(v * float64(time.Second))
}

// exportMotion runs -animate, -compare, or a lesson's animation or
// handout.
func exportMotion(ctx context.Context, e exportFlags, stdout io.Writer) error {
	m := e.motion
	switch {
	case m.compare != "":
		return exportCompare(ctx, e, stdout)
	case e.lesson != "" && strings.EqualFold(filepath.Ext(e.out), ".pdf"):
		return exportHandout(ctx, e, stdout)
	case e.lesson != "":
		return exportLessonAnimation(ctx, e, stdout)
	}
	return exportYears(ctx, e, stdout)
}

// progress prints "frame i of n" on one line of w, rewritten in place.
func progress(w io.Writer, what string) func(done, total int) {
	return func(done, total int) {
		fmt.Fprintf(w, "\r%s: frame %d of %d", what, done, total)
		if done == total {
			fmt.Fprintln(w)
		}
	}
}

func exportYears(ctx context.Context, e exportFlags, stdout io.Writer) error {
	m := e.motion
	format, _ := animate.FormatOf(e.out)
	if format == animate.FormatGIF && e.width*e.height > maxGIFPixels {
		return fmt.Errorf("-o %s: a GIF is at most %d pixels (slide size, 1920x1080); %dx%d goes to .mp4 or a folder of PNG frames", e.out, maxGIFPixels, e.width, e.height)
	}
	if format == animate.FormatMP4 {
		if _, err := animate.FindFFmpeg(""); err != nil {
			return err
		}
	}
	v, b, done, err := openExport(ctx, e)
	if err != nil {
		return err
	}
	defer done()
	if v.Title == "" {
		v.Title = render.YearsTitle(m.from, m.to, e.lang)
	}
	film, err := render.NewFilm(b.Scene(v, e.preset), animate.YearShots(v, m.from, m.to),
		render.FilmOptions{Title: v.Title, Subtitle: v.Subtitle, FixedSources: true}, nil)
	if err != nil {
		return err
	}
	fps := m.fps
	if fps == 0 {
		fps = 2
	}
	src, err := animate.Years(film, v, animate.YearsPlan{From: m.from, To: m.to, FramesPerYear: m.framesPerYear, FPS: fps, Hold: seconds(m.hold, 3)})
	if err != nil {
		return err
	}
	res, err := animate.Write(ctx, src, e.out, animate.Options{Overwrite: e.force, Progress: progress(m.stderr, e.out)})
	if err != nil {
		return explainRenderError(err, e.basemap)
	}
	fmt.Fprintf(stdout, "wrote %s (%dx%d, %s, years %d-%d, %d frames, %.1f s%s)\n", e.out, e.width, e.height, res.Format,
		m.from, m.to, res.Frames, res.Duration.Seconds(), codecNote(res.Codec))
	return nil
}

func codecNote(codec string) string {
	if codec == "" {
		return ""
	}
	return ", " + codec
}

func exportCompare(ctx context.Context, e exportFlags, stdout io.Writer) error {
	v, b, done, err := openExport(ctx, e)
	if err != nil {
		return err
	}
	defer done()
	c := render.Compare{Scene: b.Scene(v, e.preset), Years: e.motion.years}
	res, err := render.WriteCompare(ctx, c, e.out, e.force)
	if err != nil {
		return explainRenderError(err, e.basemap)
	}
	fmt.Fprintf(stdout, "wrote %s (%dx%d, %d and %d side by side, zoom %s)\n", e.out, e.width, e.height, c.Years[0], c.Years[1], zoomText(res.Zoom))
	return nil
}
