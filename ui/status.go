package ui

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/perutraffickingatlas/atlas/geo"
)

// statusBar is the line under the timeline: what just happened on the
// left, one line at most, and where the map is on the right.
type statusBar struct {
	text  *widget.Label
	where *widget.Label
}

func newStatusBar() *statusBar {
	s := &statusBar{text: widget.NewLabel(""), where: widget.NewLabel("")}
	s.text.Truncation = fyne.TextTruncateEllipsis
	return s
}

func (s *statusBar) object() fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, s.where, s.text)
}

// set shows a message.
func (s *statusBar) set(msg string) { s.text.SetText(msg) }

// showWhere writes a view's centre and zoom.
func (s *statusBar) showWhere(v geo.View) {
	s.where.SetText(formatLatLon(v.Center.Lat(), v.Center.Lon()) + "  ·  " + lang.L("zoom {{.Zoom}}", map[string]any{"Zoom": fmt.Sprintf("%.1f", v.Zoom)}))
}

// formatLatLon writes a position as "12.05°S 77.03°W".
func formatLatLon(lat, lon float64) string {
	ns, ew := "N", "E"
	if lat < 0 {
		ns = "S"
	}
	if lon < 0 {
		ew = "W"
	}
	return fmt.Sprintf("%.2f°%s %.2f°%s", math.Abs(lat), ns, math.Abs(lon), ew)
}
