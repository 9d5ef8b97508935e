package userlayer

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// DateOrder says how to read a date such as 03/04/2015, where either part
// could be the day.
type DateOrder uint8

// The orders. With DateOrderUnknown a file's other dates settle the order
// (one with a day above 12 shows it); without them such a date is an
// error naming its line and column.
const (
	DateOrderUnknown DateOrder = iota
	DayFirst                   // 03/04/2015 is 3 April (Peru, Spain, most of the world)
	MonthFirst                 // 03/04/2015 is March 4 (the United States)
)

// Name is how files that keep a date order (a lesson, the window's
// memory) name it: "day_first", "month_first", or "" for
// DateOrderUnknown.
func (o DateOrder) Name() string {
	switch o {
	case DayFirst:
		return "day_first"
	case MonthFirst:
		return "month_first"
	}
	return ""
}

// DateOrderNamed returns the order Name gives name; "" is
// DateOrderUnknown. ok is false for any other name.
func DateOrderNamed(name string) (o DateOrder, ok bool) {
	for _, o := range []DateOrder{DateOrderUnknown, DayFirst, MonthFirst} {
		if o.Name() == name {
			return o, true
		}
	}
	return DateOrderUnknown, false
}

// dateKind says how a date was written.
type dateKind uint8

const (
	kindYear  dateKind = iota // 2014
	kindISO                   // 2014-03-15, 2014-03, or an ISO date-time
	kindSlash                 // 15/03/2014, 03/15/2014, 15.03.2014, 15-03-2014
)

// date is a parsed date text. For kindSlash, a and b are the first two
// parts as written; day and month are known only once the order is.
type date struct {
	kind             dateKind
	year, month, day int
	a, b             int
	text             string
}

var (
	yearRE      = regexp.MustCompile(`^-?\d{1,4}$`)
	isoRE       = regexp.MustCompile(`^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$`)
	slashRE     = regexp.MustCompile(`^(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4})$`)
	shortYearRE = regexp.MustCompile(`^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$`)
)

// parseDate reads a year (2014), an ISO date or date-time (2014-03-15,
// 2014-03, 2014-03-15T10:00:00Z) or a day/month/year date with /, . or -
// (15/03/2014). The error says what is accepted.
func parseDate(text string) (date, error) {
	d := date{text: text}
	switch {
	case yearRE.MatchString(text):
		y, _ := strconv.Atoi(text)
		if y < 1000 {
			return d, fmt.Errorf("%q is not a four-digit year", text)
		}
		d.kind, d.year = kindYear, y
		return d, nil
	case isoRE.MatchString(text):
		m := isoRE.FindStringSubmatch(text)
		d.kind = kindISO
		d.year, _ = strconv.Atoi(m[1])
		d.month, _ = strconv.Atoi(m[2])
		if m[3] != "" {
			d.day, _ = strconv.Atoi(m[3])
		}
		if !validDay(d.year, d.month, max(d.day, 1)) {
			return d, fmt.Errorf("%q is not a real date", text)
		}
		return d, nil
	case slashRE.MatchString(text):
		m := slashRE.FindStringSubmatch(text)
		if m[2] != m[4] {
			return d, fmt.Errorf("%q mixes separators", text)
		}
		d.kind = kindSlash
		d.a, _ = strconv.Atoi(m[1])
		d.b, _ = strconv.Atoi(m[3])
		d.year, _ = strconv.Atoi(m[5])
		if (d.a > 12 && d.b > 12) || d.a == 0 || d.b == 0 || d.a > 31 || d.b > 31 {
			return d, fmt.Errorf("%q is not a real date", text)
		}
		return d, nil
	case shortYearRE.MatchString(text):
		return d, fmt.Errorf("%q has a two-digit year: write the year with four digits (15/03/2014) or use an ISO date (2014-03-15)", text)
	}
	return d, fmt.Errorf("%q is not a year (2014), an ISO date (2014-03-15) or a day/month/year date (15/03/2014)", text)
}

// validDay reports whether y-m-d is a calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && int(t.Month()) == m
}

// ambiguous reports whether a slash date reads differently day-first and
// month-first.
func (d date) ambiguous() bool { return d.kind == kindSlash && d.a <= 12 && d.b <= 12 && d.a != d.b }

// orderShown returns the order a slash date proves on its own: day-first
// when its first part is above 12, month-first when its second is.
func (d date) orderShown() DateOrder {
	switch {
	case d.kind != kindSlash:
	case d.a > 12:
		return DayFirst
	case d.b > 12:
		return MonthFirst
	}
	return DateOrderUnknown
}

// resolve fixes a slash date's day and month by order (a date that shows
// its own order, or has equal parts, needs none) and checks the day.
func (d *date) resolve(order DateOrder) error {
	if d.kind != kindSlash {
		return nil
	}
	if o := d.orderShown(); o != DateOrderUnknown {
		order = o
	}
	switch {
	case order == MonthFirst:
		d.month, d.day = d.a, d.b
	case order == DayFirst || !d.ambiguous():
		d.day, d.month = d.a, d.b
	default:
		return fmt.Errorf("could be day/month or month/day")
	}
	if !validDay(d.year, d.month, d.day) {
		return fmt.Errorf("%q is not a real date", d.text)
	}
	return nil
}

// iso returns the date as ISO text when it names a day, else "".
func (d date) iso() string {
	if d.day == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
}

// ambiguityHelp tells how to fix an ambiguous date.
func ambiguityHelp(d date) string {
	return fmt.Sprintf("%q could be %d %s or %s %d: write it year first, %04d-%02d-%02d or %04d-%02d-%02d, "+
		"or give any date in the file whose day is above 12 (25/03/2014) so the order is clear",
		d.text, d.a, time.Month(d.b), time.Month(d.a), d.b, d.year, d.b, d.a, d.year, d.a, d.b)
}
