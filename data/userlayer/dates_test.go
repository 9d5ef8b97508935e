package userlayer

import "testing"

func TestParseDate(t *testing.T) {
	tests := []struct {
		desc      string
		text      string
		order     DateOrder
		year      int
		iso       string
		ambiguous bool
		bad       bool
	}{
		{desc: "year", text: "2014", year: 2014},
		{desc: "ISO day", text: "2014-03-15", year: 2014, iso: "2014-03-15"},
		{desc: "ISO month", text: "1993-05", year: 1993},
		{desc: "ISO date-time", text: "2014-03-15T10:20:00Z", year: 2014, iso: "2014-03-15"},
		{desc: "day above 12 shows the order", text: "25/03/2014", year: 2014, iso: "2014-03-25"},
		{desc: "month/day shown", text: "03/25/2014", year: 2014, iso: "2014-03-25"},
		{desc: "equal parts need no order", text: "05.05.2014", year: 2014, iso: "2014-05-05"},
		{desc: "ambiguous without an order", text: "03/04/2015", ambiguous: true, bad: true},
		{desc: "ambiguous, day first", text: "03/04/2015", order: DayFirst, ambiguous: true, year: 2015, iso: "2015-04-03"},
		{desc: "ambiguous, month first", text: "03-04-2015", order: MonthFirst, ambiguous: true, year: 2015, iso: "2015-03-04"},
		{desc: "not a day", text: "31/04/2015", bad: true},
		{desc: "not a month", text: "2015-13-01", bad: true},
		{desc: "mixed separators", text: "03/04-2015", bad: true},
		{desc: "short year", text: "3/4/15", bad: true},
		{desc: "three-digit year", text: "815", bad: true},
		{desc: "words", text: "mid-1980s", bad: true},
	}
	for _, tt := range tests {
		d, err := parseDate(tt.text)
		if err == nil {
			if d.ambiguous() != tt.ambiguous {
				t.Errorf("%s: ambiguous = %v", tt.desc, d.ambiguous())
			}
			err = d.resolve(tt.order)
		}
		if (err != nil) != tt.bad {
			t.Errorf("%s: %q: error %v, want error %v", tt.desc, tt.text, err, tt.bad)
			continue
		}
		if err == nil && (d.year != tt.year || d.iso() != tt.iso) {
			t.Errorf("%s: %q read as %d %q, want %d %q", tt.desc, tt.text, d.year, d.iso(), tt.year, tt.iso)
		}
	}
}

func TestSniffComma(t *testing.T) {
	tests := []struct {
		desc, text string
		want       rune
	}{
		{desc: "commas", text: "a,b,c\n1;2", want: ','},
		{desc: "semicolons", text: "a;b;c\n1,5;2,5", want: ';'},
		{desc: "tabs", text: "a\tb\tc", want: '\t'},
		{desc: "quoted separators do not count", text: "\"a;b;c\",d\n", want: ','},
		{desc: "one column", text: "a\n", want: ','},
	}
	for _, tt := range tests {
		if got := sniffComma([]byte(tt.text)); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.desc, got, tt.want)
		}
	}
}

func TestFieldOf(t *testing.T) {
	tests := []struct {
		desc, name string
		want       field
	}{
		{desc: "Spanish with accent", name: "Descripción", want: fieldDesc},
		{desc: "año", name: "Año", want: fieldYear},
		{desc: "spaces", name: " Latitude ", want: fieldLat},
		{desc: "lng", name: "LNG", want: fieldLon},
		{desc: "Spanish name column", name: "Nombre ES", want: fieldNameES},
		{desc: "other", name: "population", want: fieldNone},
	}
	for _, tt := range tests {
		if got := fieldOf(tt.name); got != tt.want {
			t.Errorf("%s: fieldOf(%q) = %d, want %d", tt.desc, tt.name, got, tt.want)
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		desc, in, want string
	}{
		{desc: "plain", in: "  a   b ", want: "a b"},
		{desc: "paragraphs and entities", in: "<p>a &amp; b</p><p>c<br>d</p>", want: "a & b\nc\nd"},
		{desc: "script dropped", in: "x<script>alert(1)</script>y", want: "xy"},
		{desc: "list", in: "<ul><li>one</li><li>two</li></ul>", want: "one\ntwo"},
	}
	for _, tt := range tests {
		if got := htmlText(tt.in); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.desc, got, tt.want)
		}
	}
}

func TestDateOrderNames(t *testing.T) {
	for _, o := range []DateOrder{DateOrderUnknown, DayFirst, MonthFirst} {
		if got, ok := DateOrderNamed(o.Name()); !ok || got != o {
			t.Errorf("DateOrderNamed(%q) = %v, %v; want %v", o.Name(), got, ok, o)
		}
	}
	if _, ok := DateOrderNamed("ymd"); ok {
		t.Error(`"ymd" named an order`)
	}
}
