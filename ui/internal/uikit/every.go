package uikit

import "time"

// Every runs f through post (on the UI goroutine) every d, until the
// returned stop is called; stop may be called more than once.
func Every(d time.Duration, post func(func()), f func()) (stop func()) {
	ticker := time.NewTicker(d)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ticker.C:
				post(f)
			case <-done:
				return
			}
		}
	}()
	stopped := false
	return func() {
		if !stopped {
			stopped = true
			ticker.Stop()
			close(done)
		}
	}
}
