package uitest

import (
	"testing"
	"time"
)

// settleTimeout bounds every wait: far longer than any settle takes even
// under the race detector on a loaded machine, short enough to fail a
// stuck test with a message instead of the test binary's timeout.
const settleTimeout = 20 * time.Second

// pollEvery is how often Settle re-checks its condition while nothing is
// posted: the condition can turn true on another goroutine without a post
// (a cancelled tile load, say).
const pollEvery = time.Millisecond

// Queue runs posted functions on the goroutine that calls Settle or Run.
type Queue struct{ ch chan func() }

// NewQueue returns an empty queue. Post blocks when 4096 functions wait.
func NewQueue() *Queue { return &Queue{ch: make(chan func(), 4096)} }

// Post queues f; pass it where fyne.Do would go. Safe on any goroutine.
func (q *Queue) Post(f func()) { q.ch <- f }

// Run runs the functions queued now, and those they queue, until the
// queue is empty. It does not wait for anything.
func (q *Queue) Run() {
	for {
		select {
		case f := <-q.ch:
			f()
		default:
			return
		}
	}
}

// Settle runs posted functions as they arrive until done reports true
// with nothing queued, checking done after every function and every
// millisecond. It fails tb if that has not happened within 20 seconds.
func (q *Queue) Settle(tb testing.TB, done func() bool) {
	tb.Helper()
	deadline := time.NewTimer(settleTimeout)
	defer deadline.Stop()
	tick := time.NewTicker(pollEvery)
	defer tick.Stop()
	for {
		q.Run()
		if done() && len(q.ch) == 0 {
			return
		}
		select {
		case f := <-q.ch:
			f()
		case <-tick.C:
		case <-deadline.C:
			tb.Fatalf("uitest: not settled after %v (%d functions queued)", settleTimeout, len(q.ch))
		}
	}
}
