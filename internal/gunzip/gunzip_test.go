package gunzip

import (
	"bytes"
	"compress/gzip"
	"errors"
	"testing"
)

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestReadAll(t *testing.T) {
	payload := bytes.Repeat([]byte("relief "), 100)
	for _, tc := range []struct {
		desc    string
		in      []byte
		max     int
		want    []byte
		wantErr bool
		tooBig  bool
	}{
		{desc: "within the bound", in: gz(payload), max: len(payload), want: payload},
		{desc: "empty stream", in: gz(nil), max: 10, want: []byte{}},
		{desc: "one byte over the bound", in: gz(payload), max: len(payload) - 1, wantErr: true, tooBig: true},
		{desc: "not gzip", in: payload, max: 1 << 20, wantErr: true},
		{desc: "cut short", in: gz(payload)[:20], max: 1 << 20, wantErr: true},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			got, err := ReadAll(bytes.NewReader(tc.in), tc.max)
			if (err != nil) != tc.wantErr || errors.Is(err, ErrTooLarge) != tc.tooBig {
				t.Fatalf("ReadAll error = %v, want error %v (too large %v)", err, tc.wantErr, tc.tooBig)
			}
			if !tc.wantErr && !bytes.Equal(got, tc.want) {
				t.Errorf("ReadAll = %q", got)
			}
		})
	}
}
