package userlayers

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/ui/internal/i18n"
	"github.com/perutraffickingatlas/atlas/ui/internal/uikit"
)

// swatchSize is a layer's legend swatch on screen, in logical pixels, as
// the atlas's legend lines draw theirs.
const swatchSize = 28

// Row is one user layer as the section lists it.
type Row struct {
	Name     string // the layer's title
	File     string // its file's name
	Features int    // how many it has
	Skipped  int    // features the import left out for their errors
	Shown    bool   // its visibility check
	// Swatch is its legend symbol (overlay.LegendEntry.Swatch), drawn at
	// twice swatchSize.
	Swatch image.Image
}

// Section is the Layers tab's "Your layers": the user's own layers, each
// with its swatch, a visibility check, the count of its features in view,
// its file and a remove button, under a heading that keeps them apart
// from the atlas's sourced layers, with an Add layer… button.
type Section struct {
	widget.BaseWidget
	tips *uikit.Tips
	rows *fyne.Container
	hint *widget.Label
	// lines are the rows' widgets, by layer.
	lines []*line
	root  fyne.CanvasObject

	// OnAdd is called when Add layer… is pressed.
	OnAdd func()
	// OnToggled is told a layer's visibility check changed (i from 0).
	OnToggled func(i int, shown bool)
	// OnRemove is called when a layer's remove button is pressed.
	OnRemove func(i int)
}

// New returns an empty section whose buttons' tips show on tips.
func New(tips *uikit.Tips) *Section {
	s := &Section{tips: tips, rows: container.NewVBox(), hint: widget.NewLabel("")}
	s.hint.Wrapping = fyne.TextWrapWord
	s.hint.SizeName = theme.SizeNameCaptionText
	add := tips.Button(lang.L("Add layer…"), theme.ContentAddIcon(),
		lang.L("Add your own layer: a CSV, GeoJSON, KML or KMZ file"), func() {
			if s.OnAdd != nil {
				s.OnAdd()
			}
		})
	head := container.NewBorder(nil, nil, nil, add,
		widget.NewLabelWithStyle(lang.L("Your layers"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	s.root = container.NewVBox(head, s.hint, s.rows)
	s.SetRows(nil)
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer shows the heading, the hint and the rows.
func (s *Section) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(s.root) }

// SetRows lists the layers, in the map's order.
func (s *Section) SetRows(rows []Row) {
	if len(rows) == 0 {
		s.hint.SetText(lang.L("Your own places, routes or areas, drawn apart from the atlas's sourced layers: add a CSV, GeoJSON, KML or KMZ file, or drop one on the map."))
	} else {
		s.hint.SetText(lang.L("Drawn in a look of their own; not from the atlas's sources."))
	}
	s.lines = s.lines[:0]
	s.rows.Objects = nil
	for i, r := range rows {
		l := s.newLine(i, r)
		s.lines = append(s.lines, l)
		s.rows.Add(l)
	}
	s.rows.Refresh()
}

// SetCounts shows how many of each layer's features the view shows, by
// layer (from 0); a layer not in counts shows none. A hidden layer says
// so instead.
func (s *Section) SetCounts(counts map[int]int) {
	for i, l := range s.lines {
		l.setCount(counts[i])
	}
}

// Lines are the rows as text, for tests: "Name: 3 in view (towns.csv ·
// features: 5)".
func (s *Section) Lines() []string {
	var out []string
	for _, l := range s.lines {
		out = append(out, l.check.Text+": "+l.count.Text+" ("+l.about.Text+")")
	}
	return out
}

// line is one layer: its swatch and visibility check, its count in view
// and remove button, then its file on a line of its own.
type line struct {
	widget.BaseWidget
	check        *widget.Check
	count, about *widget.Label
	root         fyne.CanvasObject
}

func (s *Section) newLine(i int, r Row) *line {
	l := &line{count: widget.NewLabel(""), about: widget.NewLabel(aboutText(r))}
	l.check = widget.NewCheck(r.Name, func(on bool) {
		l.setCount(0)
		if s.OnToggled != nil {
			s.OnToggled(i, on)
		}
	})
	l.check.Checked = r.Shown
	l.count.SizeName = theme.SizeNameCaptionText
	l.about.SizeName = theme.SizeNameCaptionText
	l.about.Wrapping = fyne.TextWrapWord
	l.setCount(0)
	img := canvas.NewImageFromImage(r.Swatch)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(swatchSize, swatchSize))
	remove := s.tips.Button("", theme.DeleteIcon(), lang.L("Remove your layer “{{.Name}}” from the map", map[string]any{"Name": r.Name}), func() {
		if s.OnRemove != nil {
			s.OnRemove(i)
		}
	})
	remove.Importance = widget.LowImportance
	// The file's line sits under the name, where the check's text starts.
	indent := canvas.NewRectangle(color.Transparent)
	indent.SetMinSize(fyne.NewSize(theme.IconInlineSize(), 0))
	about := container.NewBorder(nil, nil, indent, nil, l.about)
	name := container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()), l.check, about)
	l.root = container.NewBorder(nil, nil, container.NewCenter(img), container.NewCenter(container.NewHBox(l.count, remove)), name)
	l.ExtendBaseWidget(l)
	return l
}

// CreateRenderer shows the line.
func (l *line) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(l.root) }

func (l *line) setCount(n int) {
	if !l.check.Checked {
		l.count.SetText(lang.L("hidden"))
		return
	}
	l.count.SetText(lang.L("{{.Count}} in view", map[string]any{"Count": data.FormatNumber(float64(n), i18n.Current())}))
}

// aboutText is a row's second line: its file, how many features it has,
// and how many the import left out.
func aboutText(r Row) string {
	lg := i18n.Current()
	s := r.File + " · " + lang.L("features: {{.Count}}", map[string]any{"Count": data.FormatNumber(float64(r.Features), lg)})
	if r.Skipped > 0 {
		s += " · " + lang.L("left out for errors: {{.Count}}", map[string]any{"Count": data.FormatNumber(float64(r.Skipped), lg)})
	}
	return s
}
