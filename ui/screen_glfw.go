//go:build !ci && cgo && !js && !wasm && !android && !ios && !mobile

package ui

import (
	"bytes"
	"fmt"
	"log"
	"strings"

	"github.com/go-gl/glfw/v3.3/glfw"
)

// checkDisplay opens the windowing system and closes it again, so a
// missing or unreachable display is reported in one line instead of a
// panic deep in the GL driver. It must run on the main thread, before the
// app starts.
func checkDisplay() (err error) {
	var msg bytes.Buffer // glfw logs why it failed through the log package
	out, flags := log.Writer(), log.Flags()
	log.SetOutput(&msg)
	log.SetFlags(0)
	defer func() {
		log.SetOutput(out)
		log.SetFlags(flags)
	}()
	if err := glfw.Init(); err != nil {
		return fmt.Errorf("%w: %v", ErrNoDisplay, err)
	}
	defer func() {
		if r := recover(); r != nil { // glfw panics "not initialized" when Init failed
			why := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(msg.String()), "PlatformError: "))
			if why == "" {
				why = fmt.Sprint(r)
			}
			err = fmt.Errorf("%w (%s)", ErrNoDisplay, why)
		}
	}()
	glfw.GetPrimaryMonitor()
	glfw.Terminate()
	return nil
}

// workArea is the size, in screen coordinates, of the part of the screen
// windows may use (less panels and docks) on the monitor the window is on,
// or the primary monitor. It must run on the main thread once the app has
// started (in fyne.Do).
func workArea() (width, height int, ok bool) {
	mon := glfw.GetPrimaryMonitor()
	if win := glfw.GetCurrentContext(); win != nil {
		wx, wy := win.GetPos()
		ww, wh := win.GetSize()
		cx, cy := wx+ww/2, wy+wh/2
		for _, m := range glfw.GetMonitors() {
			mx, my := m.GetPos()
			if vm := m.GetVideoMode(); vm != nil && cx >= mx && cx < mx+vm.Width && cy >= my && cy < my+vm.Height {
				mon = m
			}
		}
	}
	if mon == nil {
		return 0, 0, false
	}
	_, _, width, height = mon.GetWorkarea()
	return width, height, width > 0 && height > 0
}
