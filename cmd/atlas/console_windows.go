package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// init gives the command-line uses of atlas.exe (export, validate,
// -version, -h) the console of the Command Prompt or PowerShell they were
// typed in. The Windows build is a GUI program, so that no console window
// opens behind the map, and Windows gives such a program no standard
// output: without this, atlas.exe -version would print nothing there.
// Output redirected to a file or pipe has handles already and is left
// alone, and so is a start with no arguments (the Start menu, a
// double-click).
func init() {
	if len(os.Args) < 2 {
		return
	}
	std := []struct {
		id      uint32
		file    **os.File
		missing bool
	}{
		{id: windows.STD_OUTPUT_HANDLE, file: &os.Stdout},
		{id: windows.STD_ERROR_HANDLE, file: &os.Stderr},
	}
	need := false
	for i := range std {
		h, err := windows.GetStdHandle(std[i].id)
		std[i].missing = err != nil || h == 0 || h == windows.InvalidHandle
		need = need || std[i].missing
	}
	if !need {
		return
	}
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	attach := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := attach.Call(attachParentProcess); r == 0 {
		return // started from Explorer or a shortcut: there is no console
	}
	for _, s := range std {
		if !s.missing {
			continue // redirected to a file or pipe: keep it
		}
		f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
		if err != nil {
			continue
		}
		*s.file = f
		_ = windows.SetStdHandle(s.id, windows.Handle(f.Fd()))
	}
}
