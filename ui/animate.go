package ui

import (
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/ui/export"
)

// showAnimation opens the Animation dialog: the current view (bound,
// layers, selection, annotations, language, basemap) through the years,
// as the Export dialog would draw it in each.
func (mw *MainWindow) showAnimation() {
	if mw.pres.on {
		mw.SetPresenting(false)
	}
	export.ShowAnimation(export.AnimationOptions{Options: mw.exportOptions(), First: session.FirstYear, Latest: mw.ds.LatestYear()})
}

// exportLessonAnimation opens the dialog that writes lesson l as a GIF or
// MP4.
func (mw *MainWindow) exportLessonAnimation(l *lesson.Lesson) {
	export.ShowLessonAnimation(mw.lessonExportOptions(l))
}

// exportHandout opens the dialog that prints lesson l as a PDF handout.
func (mw *MainWindow) exportHandout(l *lesson.Lesson) {
	export.ShowHandout(mw.lessonExportOptions(l))
}

// lessonExportOptions are what the lesson export dialogs are told: the
// lesson, drawn with its own layers over the basemap the map shows.
func (mw *MainWindow) lessonExportOptions(l *lesson.Lesson) export.LessonOptions {
	return export.LessonOptions{Options: mw.exportOptions(), Lesson: l,
		Builder: func(scale float64, allowGaps bool) (*render.Builder, error) {
			set, err := mw.set.WithUsers(l.Users)
			if err != nil {
				return nil, err
			}
			return mw.exportBuilder(scale, set, allowGaps)
		}}
}
