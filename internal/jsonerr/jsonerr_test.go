package jsonerr

import (
	"encoding/json"
	"errors"
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
