package posixlocale

import "testing"

func TestApply(t *testing.T) {
	tests := []struct {
		desc string
		env  map[string]string
		want string // LANGUAGE afterwards
	}{
		{desc: "Debian's default", env: map[string]string{"LANG": "C.UTF-8"}, want: "en"},
		{desc: "LC_ALL wins", env: map[string]string{"LC_ALL": "C.utf8", "LANG": "es_PE.UTF-8"}, want: "en"},
		{desc: "POSIX with an encoding", env: map[string]string{"LC_MESSAGES": "POSIX.UTF-8"}, want: "en"},
		{desc: "plain C needs nothing", env: map[string]string{"LANG": "C"}, want: ""},
		{desc: "a real locale", env: map[string]string{"LANG": "es_PE.UTF-8"}, want: ""},
		{desc: "a real LC_ALL over C", env: map[string]string{"LC_ALL": "es_PE.UTF-8", "LANG": "C.UTF-8"}, want: ""},
		{desc: "LANGUAGE already chosen", env: map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "es"}, want: "es"},
		{desc: "nothing set", env: map[string]string{}, want: ""},
	}
	for _, tc := range tests {
		env := tc.env
		Apply(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if got := env["LANGUAGE"]; got != tc.want {
			t.Errorf("%s: LANGUAGE %q, want %q", tc.desc, got, tc.want)
		}
	}
}
