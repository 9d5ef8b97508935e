package xyz

import (
	"net/http"
	"testing"
	"time"
)

func TestPolicyFor(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		desc      string
		header    map[string]string
		want      time.Duration
		wantStore bool
	}{
		{desc: "no headers: seven days", want: DefaultTTL, wantStore: true},
		{desc: "max-age", header: map[string]string{"Cache-Control": "public, max-age=3600"}, want: time.Hour, wantStore: true},
		{desc: "max-age minus Age", header: map[string]string{"Cache-Control": "max-age=3600", "Age": "600"}, want: 50 * time.Minute, wantStore: true},
		{desc: "max-age beats Expires", header: map[string]string{"Cache-Control": "max-age=60", "Expires": now.Add(48 * time.Hour).Format(http.TimeFormat)}, want: time.Minute, wantStore: true},
		{desc: "Expires relative to Date", header: map[string]string{
			"Expires": time.Date(2030, 1, 3, 0, 0, 0, 0, time.UTC).Format(http.TimeFormat),
			"Date":    time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC).Format(http.TimeFormat),
		}, want: 48 * time.Hour, wantStore: true},
		{desc: "Expires without Date", header: map[string]string{"Expires": now.Add(2 * time.Hour).Format(http.TimeFormat)}, want: 2 * time.Hour, wantStore: true},
		{desc: "invalid Expires is already stale", header: map[string]string{"Expires": "0"}, want: 0, wantStore: true},
		{desc: "no-cache revalidates every time", header: map[string]string{"Cache-Control": "no-cache, max-age=600"}, want: 0, wantStore: true},
		{desc: "no-store is not written", header: map[string]string{"Cache-Control": "no-store"}, want: DefaultTTL, wantStore: false},
		{desc: "bad max-age is stale", header: map[string]string{"Cache-Control": "max-age=soon"}, want: 0, wantStore: true},
	}
	for _, tc := range tests {
		h := http.Header{}
		for k, v := range tc.header {
			h.Set(k, v)
		}
		pol := policyFor(h, now, DefaultTTL)
		if got := pol.expires.Sub(now); got != tc.want || pol.storable != tc.wantStore {
			t.Errorf("%s: expires in %s storable %v, want %s %v", tc.desc, got, pol.storable, tc.want, tc.wantStore)
		}
	}
}
