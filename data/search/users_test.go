package search

import (
	"context"
	"strings"
	"testing"

	"github.com/perutraffickingatlas/atlas/data/userlayer"
)

func TestFindUserFeatures(t *testing.T) {
	read := func(name, text string) *userlayer.Layer {
		l, err := userlayer.Read(context.Background(), strings.NewReader(text), name, userlayer.FormatCSV, userlayer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	towns := read("pueblos.csv", "nombre;lat;lon\nPichari;-12,5;-73,8\n;-12,6;-73,9\nSanta Rosa de Pichari;-12,6;-73,7\n")
	trip := read("trip.csv", "name,lat,lon\nVizcatán school,-12.4,-73.9\n")
	atlas := testIndex(t)
	ix := atlas.WithUsers([]*userlayer.Layer{towns, trip})
	tests := []struct {
		desc  string
		query string
		want  []string // "id layer", the user's hits in order
	}{
		{desc: "a town of the first layer, then one that contains it", query: "pichari", want: []string{"user:0:0 pueblos", "user:0:2 pueblos"}},
		{desc: "accents optional, second layer", query: "vizcatan sch", want: []string{"user:1:0 trip"}},
		{desc: "a feature without a name is not found", query: "-12", want: nil},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var got []string
			for _, h := range ix.Find(tc.query, 20) {
				if h.UserLayer != "" {
					got = append(got, h.Feature.ID+" "+h.UserLayer)
				}
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("user hits %q, want %q", got, tc.want)
			}
		})
	}
	if again := ix.WithUsers(nil); len(again.Find("pichari", 20)) != len(atlas.Find("pichari", 20)) {
		t.Error("WithUsers(nil) kept the user features")
	}
	for _, h := range atlas.Find("pichari", 20) {
		if h.UserLayer != "" {
			t.Error("WithUsers changed the index it was called on")
		}
	}
}
