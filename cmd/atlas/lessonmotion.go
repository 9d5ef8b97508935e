package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/perutraffickingatlas/atlas/geo/animate"
	"github.com/perutraffickingatlas/atlas/geo/handout"
	"github.com/perutraffickingatlas/atlas/geo/render"
)

// paperByName is the handout paper of the -paper flag.
func paperByName(name string) (handout.Paper, error) { return handout.PaperByName(name) }

// lessonCaptionLines is the caption band of a lesson animation, in lines.
const lessonCaptionLines = 3

// exportLessonAnimation writes a lesson as a GIF or MP4: every scene's
// caption held long enough to read, flights between the scenes.
func exportLessonAnimation(ctx context.Context, e exportFlags, stdout io.Writer) error {
	m := e.motion
	format, _ := animate.FormatOf(e.out)
	if format == animate.FormatGIF && e.width*e.height > maxGIFPixels {
		return fmt.Errorf("-o %s: a GIF is at most %d pixels (slide size, 1920x1080); %dx%d goes to .mp4", e.out, maxGIFPixels, e.width, e.height)
	}
	if format == animate.FormatMP4 {
		if _, err := animate.FindFFmpeg(""); err != nil {
			return err
		}
	}
	l, err := loadLesson(e.lesson)
	if err != nil {
		return err
	}
	var shots []render.Shot
	for i, s := range l.Scenes {
		v, err := sceneView(s, e.lang)
		if err != nil {
			return fmt.Errorf("%s: scene %d (%s): %w", e.lesson, i+1, s.ID, err)
		}
		shots = append(shots, render.Shot{View: v, Caption: s.CaptionIn(e.lang)})
	}
	b, done, err := builder(ctx, e, e.preset.Scale, lessonLayers(l, e))
	if err != nil {
		return err
	}
	defer done()
	film, err := render.NewFilm(b.Scene(shots[0].View, e.preset), shots,
		render.FilmOptions{Subtitle: l.TitleIn(e.lang), Moving: true, CaptionLines: lessonCaptionLines}, nil)
	if err != nil {
		return err
	}
	plan := animate.DefaultLessonPlan()
	plan.WordsPerSecond = m.pace
	plan.Hold = seconds(m.hold, plan.Hold.Seconds())
	if m.fps > 0 {
		plan.FPS = m.fps
	}
	src, err := animate.Lesson(film, shots, plan)
	if err != nil {
		return err
	}
	res, err := animate.Write(ctx, src, e.out, animate.Options{Overwrite: e.force, Progress: progress(m.stderr, e.out)})
	if err != nil {
		return explainRenderError(err, e.basemap)
	}
	fmt.Fprintf(stdout, "wrote %s (%dx%d, %s, %d scenes, %d frames, %s%s)\n", e.out, e.width, e.height, res.Format,
		len(l.Scenes), res.Frames, res.Duration.Round(time.Second), codecNote(res.Codec))
	return nil
}

// exportHandout writes a lesson as a printable PDF handout.
func exportHandout(ctx context.Context, e exportFlags, stdout io.Writer) error {
	l, err := loadLesson(e.lesson)
	if err != nil {
		return err
	}
	paper, err := paperByName(e.motion.paper)
	if err != nil {
		return err
	}
	var views []render.View
	for i, s := range l.Scenes {
		v, err := sceneView(s, e.lang)
		if err != nil {
			return fmt.Errorf("%s: scene %d (%s): %w", e.lesson, i+1, s.ID, err)
		}
		views = append(views, v)
	}
	b, done, err := builder(ctx, e, 3, lessonLayers(l, e))
	if err != nil {
		return err
	}
	defer done()
	err = handout.Write(ctx, b, l, views, e.out, handout.Options{Paper: paper, Lang: e.lang, Overwrite: e.force,
		Progress: func(i, n int) { fmt.Fprintf(e.motion.stderr, "%s: scene %d of %d\n", e.out, i, n) }})
	if err != nil {
		return explainRenderError(err, e.basemap)
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %d scenes, title page and bibliography)\n", e.out, paper.Name, len(l.Scenes))
	return nil
}
