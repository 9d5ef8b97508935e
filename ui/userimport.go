package ui

import (
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/perutraffickingatlas/atlas/data/session"
	"github.com/perutraffickingatlas/atlas/data/userlayer"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
	"github.com/perutraffickingatlas/atlas/ui/userlayers"
)

// importJob is the files of one Add layer…, one drop or one start, read
// one after the other (each off the UI goroutine), and what each came to.
type importJob struct {
	paths    []string
	outcomes []userlayers.Outcome
	// quiet is set for the files added before the last close: no
	// questions, no dialogs, one status line.
	quiet  bool
	orders map[string]userlayer.DateOrder // by path: the date order kept for it
	hidden map[string]bool                // by path: its check was off
}

// chooseUserFile asks for a layer file and adds it: Add layer….
func (mw *MainWindow) chooseUserFile() {
	uikit.OpenFile(mw.win, userlayer.Extensions(), func(path string) { mw.addUserFiles([]string{path}) }, nil)
}

// dropped adds the files dropped on the window; anything that is not a
// file on this computer is reported.
func (mw *MainWindow) dropped(_ fyne.Position, uris []fyne.URI) {
	job := &importJob{}
	for _, u := range uris {
		if u.Scheme() != "file" {
			job.outcomes = append(job.outcomes, userlayers.Outcome{Path: u.String(),
				Err: errors.New(lang.L("not a file on this computer: save it, then drop the file"))})
			continue
		}
		job.paths = append(job.paths, uikit.FilePath(u))
	}
	mw.startImport(job)
}

// addUserFiles adds the layer files at paths, in order: what Add layer…
// and a drop do. A file whose dates could be day/month or month/day is
// asked about; the problems of files that do not load, and the features
// left out of those that do, are shown together at the end.
func (mw *MainWindow) addUserFiles(paths []string) {
	mw.startImport(&importJob{paths: paths})
}

// reopenUserFiles adds again, quietly, the files added before the last
// close, each with the date order chosen for it then.
func (mw *MainWindow) reopenUserFiles(files []session.UserFile) {
	job := &importJob{quiet: true, orders: map[string]userlayer.DateOrder{}, hidden: map[string]bool{}}
	for _, f := range files {
		job.paths = append(job.paths, f.Path)
		job.orders[f.Path], job.hidden[f.Path] = f.DateOrder, f.Hidden
	}
	mw.startImport(job)
}

// startImport starts job, or queues it behind the one under way.
func (mw *MainWindow) startImport(job *importJob) {
	u := &mw.users
	if u.busy {
		u.queue = append(u.queue, job)
		return
	}
	u.busy = true
	mw.importNext(job)
}

// importNext reads the job's next file, or ends the job.
func (mw *MainWindow) importNext(job *importJob) {
	if len(job.paths) == 0 {
		mw.finishImport(job)
		return
	}
	path := job.paths[0]
	job.paths = job.paths[1:]
	if err := mw.canAddUser(path); err != nil {
		job.outcomes = append(job.outcomes, userlayers.Outcome{Path: path, Err: err})
		mw.importNext(job)
		return
	}
	mw.readUserFile(job, path, job.orders[path])
}

// canAddUser says why the file at path cannot be added now: the map has
// as many user layers as a lesson holds, or it is on the map already.
func (mw *MainWindow) canAddUser(path string) error {
	if n := len(mw.users.list); n >= session.MaxUserFiles {
		return errors.New(lang.L("the map has {{.Max}} of your layers, the most it takes: remove one first", map[string]any{"Max": n}))
	}
	for _, ul := range mw.users.list {
		if ul.path != "" && filepath.Clean(ul.path) == filepath.Clean(path) {
			return errors.New(lang.L("already on the map as “{{.Name}}”", map[string]any{"Name": ul.layer.Name}))
		}
	}
	return nil
}

// readUserFile reads the file at path off the UI goroutine, leaving out
// features with errors, and hands the result to userFileRead.
func (mw *MainWindow) readUserFile(job *importJob, path string, order userlayer.DateOrder) {
	ctx := mw.users.ctx
	go func() {
		l, err := userlayer.ReadFile(ctx, path, userlayer.Options{DateOrder: order, SkipBad: true})
		mw.postUI(func() {
			if ctx.Err() != nil {
				return // the window closed
			}
			mw.userFileRead(job, path, order, l, err)
		})
	}()
}

// userFileRead adds a layer read, or notes why it was not, and goes on
// with the job. Dates that could be day/month or month/day are asked
// about first, and the file read again as the user says.
func (mw *MainWindow) userFileRead(job *importJob, path string, order userlayer.DateOrder, l *userlayer.Layer, err error) {
	var amb userlayer.Ambiguity
	var ie *userlayer.ImportError
	switch {
	case l != nil:
		amb = l.Ambiguous
	case errors.As(err, &ie):
		amb = ie.Ambiguous
	}
	if amb.Dates > 0 && order == userlayer.DateOrderUnknown && !job.quiet {
		userlayers.AskDateOrder(mw.win, filepath.Base(path), amb,
			func(o userlayer.DateOrder) { mw.readUserFile(job, path, o) },
			func() {
				job.outcomes = append(job.outcomes, userlayers.Outcome{Path: path, Err: errors.New(lang.L("you chose not to add it"))})
				mw.importNext(job)
			})
		return
	}
	if err == nil {
		mw.addUserLayer(l, path, job.hidden[path])
	}
	job.outcomes = append(job.outcomes, userlayers.Outcome{Path: path, Layer: l, Err: err})
	mw.importNext(job)
}

// readBack is the renumbering from the positions of the files remembered
// at the last close to those of the layers read again, now that the job
// is done and the window has n user layers: a file that could not be
// read has no layer, and the later ones move up.
func (job *importJob) readBack(n int) func(l int) (int, bool) {
	read := 0
	for _, o := range job.outcomes {
		if o.Layer != nil {
			read++
		}
	}
	return func(l int) (int, bool) {
		if l < 0 || l >= len(job.outcomes) || job.outcomes[l].Layer == nil {
			return 0, false
		}
		at := n - read
		for _, o := range job.outcomes[:l] {
			if o.Layer != nil {
				at++
			}
		}
		return at, true
	}
}

// finishImport says what the job came to (a dialog when a file was not
// added or lost features, else the status line) and starts the next job.
func (mw *MainWindow) finishImport(job *importJob) {
	u := &mw.users
	u.busy = false
	worth, failed := false, 0
	for _, o := range job.outcomes {
		worth = worth || o.Worth()
		if o.Layer == nil {
			failed++
		}
	}
	if job.quiet && u.pending != "" {
		pending := userlayer.Renumber(u.pending, job.readBack(len(u.list)))
		u.pending = ""
		if _, _, ok := mw.set.UserFeature(pending); ok {
			mw.selectFeature(pending, false)
		} else {
			mw.clearSelection() // its file is gone
		}
		// The status below says what came back and what did not; the
		// details say what is selected.
	}
	switch {
	case len(job.outcomes) == 0:
	case job.quiet && failed > 0:
		for _, o := range job.outcomes {
			if o.Layer == nil {
				mw.setStatus(lang.L("Your layer {{.File}}, added last time, could not be read again: {{.Reason}}",
					map[string]any{"File": filepath.Base(o.Path), "Reason": uikit.StatusLine(o.Err)}))
			}
		}
	case job.quiet:
		mw.setStatus(lang.L("Your layers from last time are back on the map: {{.Count}}", map[string]any{"Count": len(job.outcomes)}))
	case worth:
		userlayers.Report(mw.win, job.outcomes)
		mw.setStatus(job.outcomes[len(job.outcomes)-1].Summary())
	default:
		mw.setStatus(job.outcomes[len(job.outcomes)-1].Summary())
	}
	if len(u.queue) > 0 {
		next := u.queue[0]
		u.queue = u.queue[1:]
		mw.startImport(next)
	}
}
