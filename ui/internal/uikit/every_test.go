package uikit

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestEvery(t *testing.T) {
	var n atomic.Int32
	ran := make(chan struct{}, 16)
	stop := Every(time.Millisecond, func(f func()) { f(); ran <- struct{}{} }, func() { n.Add(1) })
	for range 3 {
		<-ran
	}
	stop()
	stop() // a second stop does nothing
	after := n.Load()
	time.Sleep(20 * time.Millisecond)
	if got := n.Load(); got < 3 || got > after+1 {
		t.Errorf("ran %d times, then %d after stop; want at least 3 and none after", after, got)
	}
}
