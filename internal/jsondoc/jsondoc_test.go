package jsondoc

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestOffsetAndLineCol(t *testing.T) {
	tests := []struct {
		desc     string
		input    string
		into     any
		wantLine int
		wantCol  int
	}{
		{desc: "syntax error on line 3", input: "{\n \"a\": 1,\n \"b\": }", into: &map[string]int{}, wantLine: 3, wantCol: 8},
		{desc: "type error on line 2", input: "{\n \"a\": \"x\"}", into: &struct{ A int }{}, wantLine: 2, wantCol: 10},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			err := json.Unmarshal([]byte(tc.input), tc.into)
			off, ok := Offset(err)
			if !ok {
				t.Fatalf("no offset in %v", err)
			}
			line, col := LineCol([]byte(tc.input), int(off))
			if line != tc.wantLine || col != tc.wantCol {
				t.Errorf("line %d col %d, want %d %d", line, col, tc.wantLine, tc.wantCol)
			}
		})
	}
	if _, ok := Offset(errors.New("other")); ok {
		t.Error("an unrelated error has no offset")
	}
}

func TestTypeName(t *testing.T) {
	for goType, want := range map[string]string{"float64": "a number", "*int": "a whole number", "orb.Point": "[longitude, latitude]", "big.Rat": "big.Rat"} {
		if got := TypeName(goType); got != want {
			t.Errorf("TypeName(%q) = %q, want %q", goType, got, want)
		}
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		desc    string
		in      string
		max     int64
		want    string // the document Read returns
		wantErr error
		wantMsg string
	}{
		{desc: "plain", in: `{"a": 1}`, max: 100, want: `{"a": 1}`},
		{desc: "byte order mark dropped", in: "\xEF\xBB\xBF{\"a\": 1}", max: 100, want: `{"a": 1}`},
		{desc: "empty", in: "", max: 100, wantErr: ErrEmpty},
		{desc: "blank", in: " \n\t", max: 100, wantErr: ErrEmpty},
		{desc: "too large", in: `{"a": 12345}`, max: 5, wantErr: ErrTooLarge},
		{desc: "Latin-1 names its place", in: "{\n \"t\": \"Apur\xEDmac\"}", max: 100, wantErr: ErrEncoding,
			wantMsg: "line 2, column 12: byte 0xED is not UTF-8 (the file may be Latin-1 or Windows-1252: save it as UTF-8)"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := Read(strings.NewReader(tc.in), tc.max)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("Read(%q) error %v, want %v", tc.in, err, tc.wantErr)
				}
				if tc.wantMsg != "" && err.Error() != tc.wantMsg {
					t.Errorf("error %q, want %q", err, tc.wantMsg)
				}
				return
			}
			if err != nil || string(got) != tc.want {
				t.Errorf("Read(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	type doc struct {
		A int    `json:"a"`
		B string `json:"b"`
	}
	tests := []struct {
		desc    string
		in      string
		wantMsg string // "" for success
	}{
		{desc: "valid", in: `{"a": 1, "b": "x"}`},
		{desc: "trailing whitespace is fine", in: "{\"a\": 1}\n\n"},
		{desc: "garbage after the document", in: `{"a": 1}}}}garbage`, wantMsg: "line 1, column 9: text after the JSON document"},
		{desc: "a second document", in: "{\"a\": 1}\n{\"a\": 2}", wantMsg: "text after the JSON document"},
		{desc: "unknown field", in: `{"a": 1, "c": 2}`, wantMsg: `unknown field "c" (check its spelling`},
		{desc: "wrong type names the JSON wanted", in: "{\n\"a\": \"one\"}", wantMsg: "line 2, column 11: a: want a whole number, got a JSON string"},
		{desc: "not an object", in: `[1, 2]`, wantMsg: "want a JSON object, got a JSON array"},
		{desc: "truncated", in: `{"a": 1, "b": `, wantMsg: "the file ends in the middle of the JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var d doc
			err := Decode([]byte(tc.in), &d, nil)
			if tc.wantMsg == "" {
				if err != nil {
					t.Fatalf("Decode(%q): %v", tc.in, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantMsg) || !errors.Is(err, ErrSyntax) {
				t.Errorf("Decode(%q) error %v, want one containing %q and wrapping ErrSyntax", tc.in, err, tc.wantMsg)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	tests := []struct {
		desc    string
		in      string
		want    int
		wantErr error
	}{
		{desc: "absent", in: `{"title": "x"}`, want: 0},
		{desc: "null", in: `{"version": null}`, want: 0},
		{desc: "present", in: `{"version": 3, "new_field": true}`, want: 3},
		{desc: "zero", in: `{"version": 0}`, wantErr: ErrVersion},
		{desc: "not a number", in: `{"version": "one"}`, wantErr: ErrVersion},
		{desc: "fraction", in: `{"version": 1.5}`, wantErr: ErrVersion},
		{desc: "not an object", in: `"version"`, wantErr: ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := Version([]byte(tc.in))
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("Version(%q) error %v, want %v", tc.in, err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Errorf("Version(%q) = %d, %v; want %d", tc.in, got, err, tc.want)
			}
		})
	}
}
