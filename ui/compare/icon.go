package compare

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// iconSVG is two framed panes side by side: one map split in two.
const iconSVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">` +
	`<path fill="#000000" fill-rule="evenodd" d="M2 4h9v16H2zM4 6v12h5V6zM13 4h9v16h-9zM15 6v12h5V6z"/></svg>`

// Icon is the compare view's icon, in the theme's colours: two maps side
// by side.
func Icon() fyne.Resource {
	return theme.NewThemedResource(fyne.NewStaticResource("compare.svg", []byte(iconSVG)))
}
