package render

import (
	"bytes"
	"fmt"
	"image"
	"io"
	"time"

	"github.com/go-pdf/fpdf"
)

// pdfEncoder returns an Encoder that puts the composed image on one page
// of the scene's preset size, filling it, and lays the title, legend and
// sources over it as invisible text, so the PDF's words can be selected,
// searched and copied while the page looks exactly like the PNG.
func (l *layout) pdfEncoder(s Scene) Encoder {
	return func(w io.Writer, img image.Image) error {
		b := img.Bounds()
		pw, ph := s.Preset.page(b.Dx(), b.Dy())
		pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: pw, Ht: ph}})
		pdf.SetMargins(0, 0, 0)
		pdf.SetAutoPageBreak(false, 0)
		pdf.SetCreator("Peru Trafficking Atlas", true)
		pdf.SetTitle(l.titleText, true)
		pdf.SetSubject(l.subtitle, true)
		// A fixed date keeps the file reproducible.
		pdf.SetCreationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC))
		pdf.AddPage()

		var buf bytes.Buffer
		if err := EncodePNG(&buf, img); err != nil {
			return fmt.Errorf("pdf: encode page image: %w", err)
		}
		pdf.RegisterImageOptionsReader("map", fpdf.ImageOptions{ImageType: "PNG"}, &buf)
		pdf.ImageOptions("map", 0, 0, pw, ph, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")

		// Invisible text over the drawn words (rendering mode 3).
		k := pw / float64(b.Dx()) // mm per pixel
		tr := pdf.UnicodeTranslatorFromDescriptor("")
		pdf.SetTextRenderingMode(3)
		for _, t := range l.texts {
			pdf.SetFont("Helvetica", "", t.size*k*72/25.4)
			pdf.Text(t.x*k, t.y*k, tr(t.s))
		}
		pdf.SetTextRenderingMode(0)
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("pdf: %w", err)
		}
		return pdf.Output(w)
	}
}
