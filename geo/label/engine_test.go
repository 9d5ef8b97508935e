package label

import (
	"math/rand/v2"
	"testing"
)

func single(x, y, w, h float64) Spot { return Spot{Boxes: []Box{BoxAt(x, y, w, h)}} }

func TestPlace(t *testing.T) {
	frame := Box{0, 0, 200, 100}
	tests := []struct {
		desc    string
		blocks  []Box
		cands   []Candidate
		want    []int
		lineAt  [][2]float64 // a soft obstacle, when set
		gapPx   float64
		spacing bool
	}{
		{desc: "first free spot wins", cands: []Candidate{{Spots: []Spot{single(10, 10, 20, 10), single(50, 10, 20, 10)}}},
			want: []int{0}},
		{desc: "a blocked spot is skipped", blocks: []Box{{0, 0, 40, 40}},
			cands: []Candidate{{Spots: []Spot{single(10, 10, 20, 10), single(50, 10, 20, 10)}}}, want: []int{1}},
		{desc: "the higher priority takes the contested place",
			cands: []Candidate{
				{Priority: 1, Spots: []Spot{single(10, 10, 20, 10)}},
				{Priority: 5, Spots: []Spot{single(15, 12, 20, 10)}},
			}, want: []int{-1, 0}},
		{desc: "a spot leaving the frame is refused", cands: []Candidate{{Spots: []Spot{single(190, 10, 20, 10), single(150, 10, 20, 10)}}},
			want: []int{1}},
		{desc: "the gap keeps touching labels apart", gapPx: 2,
			cands: []Candidate{
				{Priority: 2, Spots: []Spot{single(10, 10, 20, 10)}},
				{Priority: 1, Spots: []Spot{single(31, 10, 20, 10), single(40, 10, 20, 10)}},
			}, want: []int{0, 1}},
		{desc: "a line makes a spot costlier but not forbidden", lineAt: [][2]float64{{0, 15}, {100, 15}},
			cands: []Candidate{{Spots: []Spot{single(10, 10, 20, 10), {Boxes: []Box{BoxAt(10, 30, 20, 10)}, Cost: 0.5}}}},
			want:  []int{1}},
		{desc: "every box of a spot must be free", blocks: []Box{{60, 10, 70, 20}},
			cands: []Candidate{{Spots: []Spot{{Boxes: []Box{BoxAt(10, 10, 20, 10), BoxAt(55, 10, 20, 10)}}, single(100, 50, 20, 10)}}},
			want:  []int{1}},
		{desc: "a group keeps its repeats apart", spacing: true,
			cands: []Candidate{
				{Group: "Ucayali", Spacing: 100, Spots: []Spot{single(10, 10, 20, 10)}},
				{Group: "Ucayali", Spacing: 100, Spots: []Spot{single(60, 10, 20, 10), single(150, 10, 20, 10)}},
			}, want: []int{0, 1}},
		{desc: "a spot with no boxes is never taken", cands: []Candidate{{Spots: []Spot{{}}}}, want: []int{-1}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			e := NewEngine(frame, tc.gapPx)
			for _, b := range tc.blocks {
				e.Block(b)
			}
			if tc.lineAt != nil {
				e.AddLine(tc.lineAt, 10)
			}
			got := e.Place(tc.cands)
			for i := range tc.want {
				if got[i] != tc.want[i] {
					t.Fatalf("Place = %v, want %v", got, tc.want)
				}
			}
		})
	}
}

// TestPlaceNeverOverlaps places many random labels and checks the rule the
// engine exists for: no two placed labels, and no label and blocked box,
// come closer than the gap, and none leaves the frame.
func TestPlaceNeverOverlaps(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	frame := Box{0, 0, 1920, 1080}
	const gap = 2
	for round := range 20 {
		e := NewEngine(frame, gap)
		var blocks []Box
		for range 60 {
			b := BoxAt(r.Float64()*1900, r.Float64()*1060, 12, 12)
			blocks = append(blocks, b)
			e.Block(b)
		}
		cands := make([]Candidate, 400)
		for i := range cands {
			x, y := r.Float64()*2000-40, r.Float64()*1150-35
			w, h := 20+r.Float64()*120, 10+r.Float64()*20
			for k := range 6 {
				cands[i].Spots = append(cands[i].Spots, single(x+float64(k%3)*w/2-w/2, y+float64(k/3)*h-h/2, w, h))
			}
			cands[i].Priority = r.Float64()
		}
		chosen := e.Place(cands)
		var placed []Box
		for i, c := range chosen {
			if c >= 0 {
				placed = append(placed, cands[i].Spots[c].Boxes...)
			}
		}
		if len(placed) < 50 {
			t.Fatalf("round %d: only %d labels placed", round, len(placed))
		}
		for i, a := range placed {
			if !a.In(frame) {
				t.Fatalf("round %d: %v leaves the frame", round, a)
			}
			for _, b := range placed[i+1:] {
				if a.Grow(gap).Overlaps(b) {
					t.Fatalf("round %d: %v and %v are closer than %v", round, a, b, gap)
				}
			}
			for _, b := range blocks {
				if a.Grow(gap).Overlaps(b) {
					t.Fatalf("round %d: %v covers the blocked %v", round, a, b)
				}
			}
		}
	}
}

func TestBox(t *testing.T) {
	a := Box{0, 0, 10, 10}
	tests := []struct {
		desc string
		got  bool
		want bool
	}{
		{desc: "touching boxes do not overlap", got: a.Overlaps(Box{10, 0, 20, 10}), want: false},
		{desc: "sharing a pixel overlaps", got: a.Overlaps(Box{9, 9, 20, 20}), want: true},
		{desc: "inside", got: Box{1, 1, 9, 9}.In(a), want: true},
		{desc: "not inside", got: Box{1, 1, 11, 9}.In(a), want: false},
		{desc: "NaN is not valid", got: Box{0, 0, nan(), 1}.Valid(), want: false},
		{desc: "a segment through the box hits it", got: SegmentHits(a, -5, 5, 15, 5), want: true},
		{desc: "a segment beside it does not", got: SegmentHits(a, -5, 12, 15, 12), want: false},
		{desc: "a segment ending before it does not", got: SegmentHits(a, -5, 5, -1, 5), want: false},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.desc, tc.got, tc.want)
		}
	}
}

func nan() float64 { var z float64; return z / z }

func BenchmarkPlace(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	frame := Box{0, 0, 1920, 1080}
	cands := make([]Candidate, 600)
	for i := range cands {
		x, y := r.Float64()*1920, r.Float64()*1080
		for k := range 8 {
			cands[i].Spots = append(cands[i].Spots, single(x+float64(k%4)*20-40, y+float64(k/4)*14-14, 80, 14))
		}
		cands[i].Priority = r.Float64()
	}
	b.ReportAllocs()
	for b.Loop() {
		e := NewEngine(frame, 2)
		for k := range 100 {
			e.Block(BoxAt(float64(k*19), float64(k*10), 12, 12))
		}
		e.Place(cands)
	}
}
