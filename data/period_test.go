package data

import (
	"encoding/json"
	"testing"
)

func TestPeriodContains(t *testing.T) {
	tests := []struct {
		desc string
		p    Period
		year int
		want bool
	}{
		{desc: "event in its year", p: Year(2012), year: 2012, want: true},
		{desc: "event not the year after", p: Year(2012), year: 2013, want: false},
		{desc: "span start", p: Span(1993, 2014), year: 1993, want: true},
		{desc: "span end", p: Span(1993, 2014), year: 2014, want: true},
		{desc: "before span", p: Span(1993, 2014), year: 1992, want: false},
		{desc: "ongoing far later", p: Period{From: 2011}, year: 2030, want: true},
		{desc: "ongoing before start", p: Period{From: 2011}, year: 2010, want: false},
		{desc: "implied year", p: Period{From: 2011, ImpliedFrom: 1985}, year: 1990, want: true},
		{desc: "before the implied years", p: Period{From: 2011, ImpliedFrom: 1985}, year: 1984, want: false},
	}
	for _, tt := range tests {
		if got := tt.p.Contains(tt.year); got != tt.want {
			t.Errorf("%s: %v.Contains(%d) = %v, want %v", tt.desc, tt.p, tt.year, got, tt.want)
		}
	}
}

func TestPeriodString(t *testing.T) {
	approx := Span(1985, 1999)
	approx.Approximate = true
	tests := []struct {
		desc string
		p    Period
		want string
	}{
		{desc: "one year", p: Year(2012), want: "2012"},
		{desc: "span", p: Span(1993, 2014), want: "1993-2014"},
		{desc: "ongoing", p: Period{From: 2015}, want: "2015-"},
		{desc: "approximate", p: approx, want: "c. 1985-1999"},
		{desc: "inferred", p: Period{From: 2008, To: ptr(2015), Inferred: true}, want: "2008-2015 (inferred)"},
		{desc: "implied", p: Period{From: 2022, ImpliedFrom: 2000}, want: "2022- (implied from c. 2000)"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.desc, got, tt.want)
		}
	}
}

func TestPeriodJSON(t *testing.T) {
	tests := []struct {
		desc    string
		in      string
		want    Period
		wantErr bool
	}{
		{desc: "closed", in: `{"from":1993,"to":2014,"approximate":true}`, want: Period{From: 1993, To: ptr(2014), Approximate: true}},
		{desc: "open", in: `{"from":2011,"to":null}`, want: Period{From: 2011}},
		{desc: "inferred and implied", in: `{"from":2011,"to":null,"approximate":true,"inferred":true,"implied_from":1985}`,
			want: Period{From: 2011, Approximate: true, Inferred: true, ImpliedFrom: 1985}},
		{desc: "to omitted", in: `{"from":2011}`, want: Period{From: 2011}},
		{desc: "no from", in: `{"to":2011}`, wantErr: true},
		{desc: "not an object", in: `2011`, wantErr: true},
	}
	for _, tt := range tests {
		var p Period
		err := json.Unmarshal([]byte(tt.in), &p)
		if (err != nil) != tt.wantErr {
			t.Errorf("%s: err = %v, wantErr %v", tt.desc, err, tt.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if p.String() != tt.want.String() {
			t.Errorf("%s: got %v, want %v", tt.desc, p, tt.want)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("%s: marshal: %v", tt.desc, err)
		}
		var back Period
		if err := json.Unmarshal(b, &back); err != nil || back.String() != p.String() {
			t.Errorf("%s: round trip %s gave %v, %v", tt.desc, b, back, err)
		}
	}
}

func TestPeriodApproximateIn(t *testing.T) {
	implied := Period{From: 2011, ImpliedFrom: 1985}
	tests := []struct {
		desc string
		p    Period
		year int
		want bool
	}{
		{desc: "implied year", p: implied, year: 1990, want: true},
		{desc: "dated year", p: implied, year: 2011, want: false},
		{desc: "before the implied years", p: implied, year: 1980, want: false},
		{desc: "approximate period", p: Period{From: 1985, To: ptr(1999), Approximate: true}, year: 1990, want: true},
		{desc: "inferred period", p: Period{From: 2008, To: ptr(2015), Inferred: true}, year: 2010, want: true},
		{desc: "outside an inferred period", p: Period{From: 2008, To: ptr(2015), Inferred: true}, year: 2016, want: false},
		{desc: "exact event", p: Year(2012), year: 2012, want: false},
	}
	for _, tt := range tests {
		if got := tt.p.ApproximateIn(tt.year); got != tt.want {
			t.Errorf("%s: %v.ApproximateIn(%d) = %v, want %v", tt.desc, tt.p, tt.year, got, tt.want)
		}
	}
	if got := implied.Start(); got != 1985 {
		t.Errorf("Start() = %d, want 1985", got)
	}
}

func ptr(i int) *int { return &i }
