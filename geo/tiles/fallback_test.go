package tiles

import (
	"context"
	"errors"
	"testing"

	"github.com/paulmach/orb/maptile"
)

func TestFallback(t *testing.T) {
	down := errors.New("offline")
	tests := []struct {
		desc         string
		primaryFail  error
		secondFail   error
		wantErr      error
		wantFallback bool
	}{
		{desc: "primary works", wantFallback: false},
		{desc: "primary offline, embedded stands in", primaryFail: down, wantFallback: true},
		{desc: "primary has no tile", primaryFail: ErrNoTile, wantFallback: true},
		{desc: "both fail: the primary's error", primaryFail: down, secondFail: ErrNoTile, wantErr: down},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p, s := newFake(), newFake()
			p.fail, s.fail = tc.primaryFail, tc.secondFail
			fell := false
			f := NewFallback(p, s, func(maptile.Tile, error) { fell = true })
			img, err := f.Tile(context.Background(), maptile.New(1, 1, 3))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			if err == nil && img == nil {
				t.Fatal("no image and no error")
			}
			if fell != tc.wantFallback {
				t.Errorf("fallback reported %v, want %v", fell, tc.wantFallback)
			}
		})
	}
}

func TestFallbackDoesNotMaskCancellation(t *testing.T) {
	p, s := newFake(), newFake()
	p.block = make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	f := NewFallback(p, s, nil)
	if _, err := f.Tile(ctx, maptile.New(0, 0, 1)); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if s.count(maptile.New(0, 0, 1)) != 0 {
		t.Error("secondary asked for a tile of a cancelled request")
	}
}
