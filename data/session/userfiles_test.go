package session

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestNoUserFilesClearsThem: once the last user layer is removed, the
// next start adds none.
func TestNoUserFilesClearsThem(t *testing.T) {
	p := memStore{prefUserFiles: `[{"path": "/a.csv"}]`}
	if err := Default(dataset(t)).Save(p); err != nil {
		t.Fatal(err)
	}
	if _, ok := p[prefUserFiles]; ok {
		t.Error("no files left, but the preference stays")
	}
}

func TestUserFilesThatDoNotReadBack(t *testing.T) {
	many := "[" + strings.Repeat(`{"path": "/a.csv"},`, MaxUserFiles) + `{"path": "/b.csv"}]`
	tests := []struct {
		desc  string
		pref  string
		paths []string // kept
		want  string   // in the error, "" for none
	}{
		{desc: "nothing kept", pref: ""},
		{desc: "not JSON", pref: "pueblos.csv", want: "preference atlas.userlayers: invalid character"},
		{desc: "a relative path", pref: `[{"path": "pueblos.csv"}, {"path": "/b.kml"}]`, paths: []string{"/b.kml"},
			want: `file 1: "pueblos.csv" is not an absolute path`},
		{desc: "an unknown date order", pref: `[{"path": "/a.csv", "date_order": "ymd"}]`,
			want: `file 1 (/a.csv): unknown date order "ymd"`},
		{desc: "too many", pref: many, paths: strings.Split(strings.Repeat("/a.csv ", MaxUserFiles-1)+"/a.csv", " "),
			want: "17 files, at most 16"},
		{desc: "too long", pref: `[{"path": "/` + strings.Repeat("a", maxUserFilesPref) + `"}]`, want: "at most 65536"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			p := memStore{}
			if tc.pref != "" {
				p[prefUserFiles] = tc.pref
			}
			s, err := Load(p, dataset(t), peru)
			var paths []string
			for _, f := range s.UserFiles {
				paths = append(paths, f.Path)
			}
			if !reflect.DeepEqual(paths, tc.paths) {
				t.Errorf("kept %v, want %v", paths, tc.paths)
			}
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Load: %v", err)
			case tc.want != "" && (!errors.Is(err, ErrUserFiles) || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Load: %v, want ErrUserFiles with %q", err, tc.want)
			}
		})
	}
}

// TestUserFeatureSelectedSurvivesARestart: a selected feature of the
// user's layers is kept while their files are, for the window to select
// once it has read them again; without them it is dropped.
func TestUserFeatureSelectedSurvivesARestart(t *testing.T) {
	tests := []struct {
		desc  string
		prefs memStore
		want  string
	}{
		{desc: "with the layer's file remembered", prefs: memStore{prefSelected: "user:0:2", prefUserFiles: `[{"path": "/a.csv"}]`}, want: "user:0:2"},
		{desc: "with no user files", prefs: memStore{prefSelected: "user:0:2"}, want: ""},
		{desc: "with unreadable user files", prefs: memStore{prefSelected: "user:0:2", prefUserFiles: `[{"path": "a.csv"}]`}, want: ""},
		{desc: "not a user feature's id", prefs: memStore{prefSelected: "user:zero", prefUserFiles: `[{"path": "/a.csv"}]`}, want: ""},
	}
	for _, tc := range tests {
		s, _ := Load(tc.prefs, dataset(t), peru)
		if s.Selected != tc.want {
			t.Errorf("%s: selected %q, want %q", tc.desc, s.Selected, tc.want)
		}
	}
}
