package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestFitSize(t *testing.T) {
	tests := []struct {
		desc       string
		room, want fyne.Size
	}{
		{desc: "1024x768 projector", room: fyne.NewSize(1024-screenMarginX, 768-screenMarginY), want: fyne.NewSize(1008, 720)},
		{desc: "1280x800 laptop", room: fyne.NewSize(1280-screenMarginX, 800-screenMarginY), want: fyne.NewSize(1264, 752)},
		{desc: "1366x768 laptop", room: fyne.NewSize(1366-screenMarginX, 768-screenMarginY), want: fyne.NewSize(1350, 720)},
		{desc: "1920x1080 screen", room: fyne.NewSize(1920-screenMarginX, 1080-screenMarginY), want: fyne.NewSize(1904*screenPart, 1032*screenPart)},
		{desc: "4K screen at scale 1", room: fyne.NewSize(3840-screenMarginX, 2160-screenMarginY), want: maxWindow},
	}
	for _, tc := range tests {
		got := fitSize(tc.room)
		if got != tc.want {
			t.Errorf("%s: %v, want %v", tc.desc, got, tc.want)
		}
		if got.Width > tc.room.Width || got.Height > tc.room.Height {
			t.Errorf("%s: %v does not fit in %v", tc.desc, got, tc.room)
		}
	}
}
