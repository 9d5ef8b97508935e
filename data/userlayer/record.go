package userlayer

import (
	"github.com/paulmach/orb"

	"github.com/perutraffickingatlas/atlas/data"
)

// value is a field's text and the name the file gives it (a column, a
// property, "TimeSpan begin").
type value struct{ name, text string }

// record is one row, GeoJSON feature or Placemark as read, before its
// dates are settled: what every importer hands to build.
type record struct {
	line, index int
	label       string // for problems: "row 4", "feature 3 (Tocache)"
	fields      [fieldCount]*value
	geom        orb.Geometry
	props       []Property
	citations   []data.Citation
	period      *data.Period // given whole (a GeoJSON period object)
	folder      string
	dates       [fieldCount]*date // parsed date fields
	bad         bool              // its reader recorded an error for it
}

// set fills a field unless it is already set; it reports whether it did.
func (r *record) set(f field, name, text string) bool {
	if f == fieldNone || r.fields[f] != nil {
		return false
	}
	r.fields[f] = &value{name: name, text: text}
	return true
}

// text returns a field's text, or "".
func (r *record) text(f field) string {
	if v := r.fields[f]; v != nil {
		return v.text
	}
	return ""
}

// dateFields are the fields read as dates.
var dateFields = [...]field{fieldDate, fieldYear, fieldFrom, fieldTo}

// isDateField reports whether f is one of dateFields: a file that gives
// its period another way (a GeoJSON period object, a KML TimeSpan) keeps
// such fields as properties.
func isDateField(f field) bool {
	for _, d := range dateFields {
		if f == d {
			return true
		}
	}
	return false
}

// build turns records into features: it parses their dates, settles the
// day/month order for the whole file, makes periods and checks geometry
// against the limits. Problems go to c; with Options.SkipBad a record
// with an error (its reader's or build's) makes no feature.
func build(recs []record, c *collector, opt Options) []Feature {
	order := opt.DateOrder
	var shown [3]*record // a record proving each order, by DateOrder
	var shownDate [3]*date
	for i := range recs {
		r := &recs[i]
		if r.period != nil {
			continue
		}
		for _, f := range dateFields {
			v := r.fields[f]
			if v == nil || v.text == "" {
				continue
			}
			d, err := parseDate(v.text)
			if err != nil {
				c.errorf(r.line, r.label, v.name, "%v", err)
				r.bad = true
				continue
			}
			r.dates[f] = &d
			if o := d.orderShown(); o != DateOrderUnknown && shown[o] == nil {
				shown[o], shownDate[o] = r, r.dates[f]
			}
		}
	}
	if order == DateOrderUnknown {
		switch {
		case shown[DayFirst] != nil && shown[MonthFirst] != nil:
			c.fileErrorf(shown[MonthFirst].line, shown[MonthFirst].label, "",
				"the file mixes day/month dates (%q, line %d) and month/day dates (%q): write every date the same way, best year first (2014-03-25)",
				shownDate[DayFirst].text, shown[DayFirst].line, shownDate[MonthFirst].text)
		case shown[DayFirst] != nil:
			order = DayFirst
		case shown[MonthFirst] != nil:
			order = MonthFirst
		}
	}
	settled := false
	vertices := 0
	out := make([]Feature, 0, len(recs))
	for i := range recs {
		r := &recs[i]
		before := c.errors
		for _, f := range dateFields {
			d := r.dates[f]
			if d == nil {
				continue
			}
			if d.ambiguous() && order != opt.DateOrder && !settled {
				settled = true
				o := shown[order]
				c.warnf(0, "", "", "dates such as %q were read as %s, as %q on line %d shows",
					d.text, orderName(order), shownDate[order].text, o.line)
			}
			if err := d.resolve(order); err != nil {
				if d.ambiguous() {
					c.ambiguous.note(r.line, *d)
					c.errorf(r.line, r.label, r.fields[f].name, "%s", ambiguityHelp(*d))
				} else {
					c.errorf(r.line, r.label, r.fields[f].name, "%v", err)
				}
				r.dates[f] = nil
			}
		}
		n, msg := geometryCheck(r.geom)
		if msg != "" {
			c.errorf(r.line, r.label, "", "%s", msg)
			if opt.SkipBad {
				c.skip()
			}
			continue
		}
		vertices += n
		if vertices > opt.Limits.Vertices {
			c.fileErrorf(r.line, r.label, "", "more than %d coordinates in the file: simplify the shapes (in QGIS: Vector > Geometry Tools > Simplify) or split the file", opt.Limits.Vertices)
			break
		}
		ft := Feature{Name: r.text(fieldName), NameES: r.text(fieldNameES), Description: r.text(fieldDesc),
			DescriptionES: r.text(fieldDescES), Geometry: r.geom, Folder: r.folder, Properties: r.props,
			Citations: r.citations, Line: r.line, Index: r.index}
		ft.Period, ft.Date = period(r, c)
		if s := r.text(fieldSource); s != "" {
			ft.Citations = append(ft.Citations, data.Citation{Source: s, Locator: r.text(fieldLocator)})
		}
		if opt.SkipBad && (r.bad || c.errors > before) {
			c.skip() // its errors are listed; the others load
			continue
		}
		out = append(out, ft)
	}
	return out
}

// orderName names a date order for a message.
func orderName(o DateOrder) string {
	if o == MonthFirst {
		return "month/day/year"
	}
	return "day/month/year"
}

// period makes a record's period from its settled dates: a whole period
// when given, else from and to, else a date, else a year. It also returns
// the ISO day of a date that names one.
func period(r *record, c *collector) (*data.Period, string) {
	if r.period != nil {
		p := *r.period
		if p.To != nil && *p.To < p.From {
			c.errorf(r.line, r.label, "period", "ends in %d, before it starts (%d)", *p.To, p.From)
			return nil, ""
		}
		if p.ImpliedFrom != 0 && p.ImpliedFrom >= p.From {
			c.errorf(r.line, r.label, "period", "implied_from %d is not before from %d", p.ImpliedFrom, p.From)
			return nil, ""
		}
		return &p, ""
	}
	from, to, day, year := r.dates[fieldFrom], r.dates[fieldTo], r.dates[fieldDate], r.dates[fieldYear]
	switch {
	case from != nil || to != nil:
		if from == nil {
			c.errorf(r.line, r.label, r.fields[fieldTo].name, "an end (%s) without a start: add a start column (%s)", r.fields[fieldTo].text, acceptedNames(fieldFrom))
			return nil, ""
		}
		p := data.Period{From: from.year}
		if to != nil {
			if to.year < from.year {
				c.errorf(r.line, r.label, r.fields[fieldTo].name, "ends in %d, before it starts (%d)", to.year, from.year)
				return nil, ""
			}
			p.To = &to.year
		}
		return &p, ""
	case day != nil:
		if year != nil && year.year != day.year {
			c.warnf(r.line, r.label, r.fields[fieldYear].name, "year %d differs from the date %s; the date is used", year.year, day.text)
		}
		p := data.Year(day.year)
		return &p, day.iso()
	case year != nil:
		p := data.Year(year.year)
		return &p, ""
	}
	return nil, ""
}

// geometryCheck counts g's coordinates and says what is wrong with it,
// by the atlas's rule (data.GeometryProblem) applied to g or to each
// member of a Collection, with a hint when the coordinates are not
// longitude and latitude at all.
func geometryCheck(g orb.Geometry) (int, string) {
	switch g := g.(type) {
	case nil:
		return 0, "no geometry"
	case orb.Collection:
		total := 0
		for _, m := range g {
			n, msg := geometryCheck(m)
			if msg != "" {
				return 0, msg
			}
			total += n
		}
		if total == 0 {
			return 0, "the geometry has no coordinates"
		}
		return total, ""
	}
	n := data.CountVertices(g)
	msg := data.GeometryProblem(g)
	if msg != "" {
		msg += coordinateHint(g)
	}
	return n, msg
}

// coordinateHint guesses why coordinates are out of range: swapped
// latitude and longitude, or a projected system.
func coordinateHint(g orb.Geometry) string {
	b := g.Bound()
	lonLat := orb.Bound{Min: orb.Point{-180, -90}, Max: orb.Point{180, 90}}
	if lonLat.Contains(b.Min) && lonLat.Contains(b.Max) {
		return ""
	}
	if lonLat.Contains(orb.Point{b.Min[1], b.Min[0]}) && lonLat.Contains(orb.Point{b.Max[1], b.Max[0]}) {
		return ": are longitude and latitude swapped?"
	}
	return ": the file may use projected coordinates; save it in WGS84 longitude and latitude (EPSG:4326)"
}
