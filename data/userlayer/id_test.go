package userlayer

import "testing"

func TestFeatureID(t *testing.T) {
	tests := []struct {
		desc string
		id   string
		l, f int
		ok   bool
	}{
		{desc: "first feature of the first layer", id: "user:0:0", ok: true},
		{desc: "larger positions", id: "user:3:9999", l: 3, f: 9999, ok: true},
		{desc: "an atlas id", id: "coca_vraem"},
		{desc: "no feature", id: "user:1"},
		{desc: "empty parts", id: "user::"},
		{desc: "a sign", id: "user:-1:2"},
		{desc: "a leading zero", id: "user:01:2"},
		{desc: "a third part", id: "user:1:2:3"},
		{desc: "too large", id: "user:1:123456789"},
		{desc: "upper case prefix", id: "USER:1:2"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			l, f, ok := ParseFeatureID(tc.id)
			if ok != tc.ok || (ok && (l != tc.l || f != tc.f)) {
				t.Fatalf("ParseFeatureID(%q) = %d, %d, %v; want %d, %d, %v", tc.id, l, f, ok, tc.l, tc.f, tc.ok)
			}
			if ok && FeatureID(l, f) != tc.id {
				t.Errorf("FeatureID(%d, %d) = %q, want %q", l, f, FeatureID(l, f), tc.id)
			}
		})
	}
}
