package ui

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// quitGrace is how long the process may take to end once quitting has
// begun: the main window closed, or SIGINT or SIGTERM arrived. Fyne 2.7.1
// can deadlock as it stops: an input event that reaches its event queue
// while its main loop ends waits for that loop for ever, and Run with it,
// leaving a process with no window (seen once in some ten soak runs, on
// SIGTERM). The state is saved when the window closes, long before the
// grace ends.
const quitGrace = 5 * time.Second

// quitWatch ends a quit the toolkit cannot finish: once begun receives,
// it waits grace and then calls exit, which a process that ended in time
// never reaches.
func quitWatch(begun <-chan struct{}, grace time.Duration, exit func()) {
	go func() {
		<-begun
		time.Sleep(grace)
		exit()
	}()
}

// watchQuitting arranges for the process to end quitGrace after the main
// window closes or a terminating signal arrives, whatever the toolkit
// does meanwhile. It returns what the window calls as it closes.
func watchQuitting() (closed func()) {
	begun := make(chan struct{}, 1)
	note := func() {
		select {
		case begun <- struct{}{}:
		default:
		}
	}
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-signals
		note()
	}()
	quitWatch(begun, quitGrace, func() {
		fmt.Fprintf(os.Stderr, "atlas: the window toolkit had not stopped %v after quitting began; ending the process\n", quitGrace)
		os.Exit(0)
	})
	return note
}
