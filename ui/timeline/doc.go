// Package timeline is the year slider under the map: a large year readout,
// the slider between the first and last years, and a play button that
// steps one year at a steady pace.
//
// Timeline is a widget; it reports every change of year through
// OnChanged and is driven by the window's keys (Step, TogglePlay). It must
// never import ui or another panel (ui/internal/uikit is shared).
package timeline
