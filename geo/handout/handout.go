package handout

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/jpeg"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/perutraffickingatlas/atlas/data"
	"github.com/perutraffickingatlas/atlas/data/lesson"
	"github.com/perutraffickingatlas/atlas/geo/render"
	"github.com/perutraffickingatlas/atlas/internal/atomicfile"
)

// Errors of Write.
var (
	ErrExists = errors.New("handout: the file exists")
	ErrScenes = errors.New("handout: the scenes do not match the lesson")
)

// Options shape a handout.
type Options struct {
	Paper     Paper                 // the page; zero: A4
	Lang      string                // "es" for Spanish, else English
	Overwrite bool                  // replace an existing file
	Progress  func(done, total int) // called after each scene's map; may be nil
}

// Page geometry, in millimetres, and the map's print resolution.
const (
	margin    = 15.0
	mapAspect = 0.64 // the map's height over its width
	mapDPI    = 300
	// The map is printed smaller than a page-filling export, so its
	// furniture is drawn 1.3 times the default (legend type about 6.5 pt).
	mapTypeScale = 1.3
	jpegQuality  = 90
)

// Write renders the map of each scene of l (views[i] is scene i's view,
// as the window would show it) with b, and writes the handout to path as a
// PDF: a title page, a page per scene, a bibliography. The file appears
// only when complete; an existing one is replaced only with
// opt.Overwrite, checked before any map is drawn.
func Write(ctx context.Context, b *render.Builder, l *lesson.Lesson, views []render.View, path string, opt Options) error {
	if len(views) != len(l.Scenes) || len(views) == 0 {
		return fmt.Errorf("%w: %d views for %d scenes", ErrScenes, len(views), len(l.Scenes))
	}
	if err := atomicfile.CheckTarget(path, !opt.Overwrite); err != nil {
		if errors.Is(err, atomicfile.ErrExists) {
			return fmt.Errorf("write %s: %w (use -force to replace it)", path, ErrExists)
		}
		return fmt.Errorf("write %s: %w", path, err)
	}
	if opt.Paper.Width == 0 {
		opt.Paper = Papers()[0]
	}
	h := newDoc(opt.Paper, opt.Lang, l.TitleIn(opt.Lang))
	h.titlePage(l)
	fonts, err := render.NewFonts()
	if err != nil {
		return err
	}
	cw := opt.Paper.Width - 2*margin
	px := int(cw / 25.4 * mapDPI)
	preset := render.Preset{Name: "handout", Width: px, Height: int(float64(px) * mapAspect), DPI: mapDPI,
		PageWidthMM: cw, PageHeightMM: cw * mapAspect, Scale: mapDPI / 100}
	citedBy := map[string][]int{}
	for i, v := range views {
		v.Lang = opt.Lang
		sc := b.Scene(v, preset)
		sc.TypeScale = mapTypeScale
		img, res, err := sc.RenderView(ctx, fonts)
		if err != nil {
			return fmt.Errorf("scene %d (%s): %w", i+1, l.Scenes[i].ID, err)
		}
		cited, err := sc.Cited(res.View)
		if err != nil {
			return fmt.Errorf("scene %d (%s): %w", i+1, l.Scenes[i].ID, err)
		}
		var jb bytes.Buffer
		if err := jpeg.Encode(&jb, img, &jpeg.Options{Quality: jpegQuality}); err != nil {
			return fmt.Errorf("scene %d (%s): %w", i+1, l.Scenes[i].ID, err)
		}
		img = nil
		h.scenePage(i, len(views), l.Scenes[i], &jb, cited)
		for _, c := range cited {
			citedBy[c.Source.ID] = append(citedBy[c.Source.ID], i+1)
		}
		if opt.Progress != nil {
			opt.Progress(i+1, len(views))
		}
	}
	ds := b.Dataset
	if ds == nil {
		if ds, err = data.Embedded(); err != nil {
			return err
		}
	}
	h.bibliography(ds, citedBy)
	if err := h.pdf.Error(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	write := func(w io.Writer) error { return h.pdf.Output(w) }
	if opt.Overwrite {
		err = atomicfile.Replace(ctx, path, 0o644, write)
	} else {
		err = atomicfile.Create(ctx, path, 0o644, write)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// doc is a handout being laid out.
type doc struct {
	pdf    *fpdf.Fpdf
	paper  Paper
	lang   string
	lesson string // the lesson's title, for the page headers
}

// Type sizes in points and colours.
const (
	titlePt   = 24
	headPt    = 13
	bodyPt    = 10.5
	smallPt   = 8.5
	lineMM    = 0.45 // millimetres per point of line height
	greyLevel = 90
)

func newDoc(p Paper, lang, title string) *doc {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: p.Width, Ht: p.Height}})
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(true, margin)
	pdf.AddUTF8FontFromBytes("go", "", goregular.TTF)
	pdf.AddUTF8FontFromBytes("go", "B", gobold.TTF)
	pdf.SetCreator("Peru Trafficking Atlas", true)
	pdf.SetTitle(title, true)
	// A fixed date keeps the file reproducible.
	pdf.SetCreationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	pdf.SetModificationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
	d := &doc{pdf: pdf, paper: p, lang: lang, lesson: title}
	pdf.SetFooterFunc(d.footer)
	return d
}

func (d *doc) font(pt float64, bold bool) {
	style := ""
	if bold {
		style = "B"
	}
	d.pdf.SetFont("go", style, pt)
}

func (d *doc) ink(grey bool) {
	if grey {
		d.pdf.SetTextColor(greyLevel, greyLevel, greyLevel)
	} else {
		d.pdf.SetTextColor(0x22, 0x22, 0x22)
	}
}

// para writes text as a paragraph across the text width.
func (d *doc) para(text string, pt float64, bold, grey bool) {
	d.font(pt, bold)
	d.ink(grey)
	d.pdf.MultiCell(0, pt*lineMM, text, "", "L", false)
}

func (d *doc) footer() {
	d.pdf.SetY(-margin + 4)
	d.font(smallPt, false)
	d.ink(true)
	d.pdf.CellFormat(0, 5, pageWord(d.lang)+" "+strconv.Itoa(d.pdf.PageNo()), "", 0, "C", false, 0, "")
}

func (d *doc) titlePage(l *lesson.Lesson) {
	d.pdf.AddPage()
	d.pdf.SetY(margin + 20)
	d.para(l.TitleIn(d.lang), titlePt, true, false)
	d.pdf.Ln(6)
	if desc := l.DescriptionIn(d.lang); desc != "" {
		d.para(desc, bodyPt+1, false, false)
		d.pdf.Ln(6)
	}
	d.para(scenesWord(d.lang), headPt, true, false)
	d.pdf.Ln(1)
	for i, s := range l.Scenes {
		d.para(fmt.Sprintf("%d. %s (%d)", i+1, s.TitleIn(d.lang), s.Year), bodyPt, false, false)
		d.pdf.Ln(1)
	}
	d.pdf.Ln(8)
	d.para(colophon(d.lang), smallPt, false, true)
}

func (d *doc) scenePage(i, n int, s lesson.Scene, jpg *bytes.Buffer, cited []render.Cited) {
	pdf := d.pdf
	pdf.AddPage()
	cw := d.paper.Width - 2*margin
	d.font(smallPt, false)
	d.ink(true)
	pdf.SetY(margin - 6)
	pdf.CellFormat(cw*0.7, 4, d.lesson, "", 0, "L", false, 0, "")
	pdf.CellFormat(cw*0.3, 4, sceneOf(i+1, n, d.lang), "", 1, "R", false, 0, "")
	name := "scene" + strconv.Itoa(i+1)
	pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "JPG"}, jpg)
	mh := cw * mapAspect
	pdf.ImageOptions(name, margin, margin, cw, mh, false, fpdf.ImageOptions{ImageType: "JPG"}, 0, "")
	pdf.SetY(margin + mh + 5)
	body, question := SplitQuestion(s.CaptionIn(d.lang))
	if body != "" {
		d.para(body, bodyPt, false, false)
		pdf.Ln(3)
	}
	head, lines := questionWord(d.lang), 3
	if question == "" {
		head, lines = notesWord(d.lang), 2
	}
	d.para(head, bodyPt, true, false)
	if question != "" {
		d.para(question, bodyPt, false, false)
	}
	pdf.SetDrawColor(0xb0, 0xb0, 0xb0)
	pdf.SetLineWidth(0.2)
	for range lines {
		pdf.Ln(7.5)
		y := pdf.GetY()
		pdf.Line(margin, y, margin+cw, y)
	}
	pdf.Ln(5)
	d.para(sourcesHere(d.lang), bodyPt-1, true, false)
	pdf.Ln(0.5)
	for _, c := range cited {
		d.para(c.Source.Reference(d.lang), smallPt, false, false)
		pdf.SetX(margin + 4)
		d.font(smallPt-0.5, false)
		d.ink(true)
		pdf.MultiCell(0, (smallPt-0.5)*lineMM, strings.Join(passages(c.Passages, d.lang), " · "), "", "L", false)
		pdf.Ln(1)
	}
}

// passages are a source's lines under a map: each locator once, with the
// features citing it.
func passages(ps []render.Passage, lang string) []string {
	var order []string
	names := map[string][]string{}
	for _, p := range ps {
		loc := strings.TrimSpace(p.Locator)
		if _, ok := names[loc]; !ok {
			order = append(order, loc)
		}
		n := p.Feature.NameIn(lang)
		if !contains(names[loc], n) {
			names[loc] = append(names[loc], n)
		}
	}
	out := make([]string, 0, len(order))
	for _, loc := range order {
		out = append(out, loc+": "+strings.Join(names[loc], "; "))
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func (d *doc) bibliography(ds *data.Dataset, citedBy map[string][]int) {
	d.pdf.AddPage()
	d.para(bibliographyWord(d.lang), headPt+3, true, false)
	d.pdf.Ln(3)
	for _, s := range ds.Sources {
		scenes := citedBy[s.ID]
		if len(scenes) == 0 {
			continue
		}
		d.para(s.Reference(d.lang), bodyPt, false, false)
		var list []string
		for _, n := range scenes {
			list = append(list, strconv.Itoa(n))
		}
		d.para(citedInScenes(strings.Join(list, ", "), d.lang), smallPt, false, true)
		d.pdf.Ln(3)
	}
}
