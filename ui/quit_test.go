package ui

import (
	"testing"
	"time"
)

// TestQuitWatch: the process is ended only after quitting began and the
// grace passed, never before.
func TestQuitWatch(t *testing.T) {
	begun := make(chan struct{}, 1)
	exited := make(chan time.Time, 1)
	quitWatch(begun, 50*time.Millisecond, func() { exited <- time.Now() })
	select {
	case <-exited:
		t.Fatal("the process was ended before quitting began")
	case <-time.After(100 * time.Millisecond):
	}
	start := time.Now()
	begun <- struct{}{}
	select {
	case at := <-exited:
		if at.Sub(start) < 50*time.Millisecond {
			t.Errorf("ended %v after quitting began, before the grace of 50ms", at.Sub(start))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the process was not ended after the grace")
	}
}
