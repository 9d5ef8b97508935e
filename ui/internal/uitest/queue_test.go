package uitest

import (
	"sync/atomic"
	"testing"
)

func TestSettleRunsPostedWorkUntilDone(t *testing.T) {
	q := NewQueue()
	var ran, stage atomic.Int32
	go func() {
		for range 50 {
			q.Post(func() { ran.Add(1) })
		}
		// A result that arrives without a post, then one posted after it.
		stage.Store(1)
		q.Post(func() { ran.Add(1); stage.Store(2) })
	}()
	q.Settle(t, func() bool { return stage.Load() == 2 })
	if got := ran.Load(); got != 51 {
		t.Errorf("%d functions ran, want all 51", got)
	}
}

func TestRunChains(t *testing.T) {
	q := NewQueue()
	n := 0
	q.Post(func() { n++; q.Post(func() { n++ }) })
	q.Run()
	if n != 2 {
		t.Errorf("%d functions ran, want 2 (one queued by the other)", n)
	}
}
