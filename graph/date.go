package graph

import (
	"cmp"
	"fmt"
	"time"
)

// Date is a calendar day without a time or a zone: when a tie began (a
// LinkedIn connection's "Connected On") or when a person joined or left a
// network. The zero Date is unknown.
//
// A Date is four bytes, the day written as the number yyyymmdd: every tie
// carries one, and a network of millions of ties holds them all at once.
// Numbers so written sort as the days do.
type Date struct {
	ymd int32
}

// NewDate returns the date y-m-d, for years 0 to 9999. It does not check
// that the day exists; ParseISODate does.
func NewDate(y int, m time.Month, d int) Date {
	return Date{int32(y*10000 + int(m)*100 + d)}
}

// DateOf returns the calendar day of t in t's location.
func DateOf(t time.Time) Date { return NewDate(t.Year(), t.Month(), t.Day()) }

// ParseISODate reads a date written YYYY-MM-DD.
func ParseISODate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// Year returns the date's year.
func (d Date) Year() int { return int(d.ymd) / 10000 }

// Month returns the date's month.
func (d Date) Month() time.Month { return time.Month(int(d.ymd) / 100 % 100) }

// Day returns the date's day of the month.
func (d Date) Day() int { return int(d.ymd) % 100 }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d == Date{} }

// String writes the date as YYYY-MM-DD, or "" when unknown.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// Compare returns -1, 0 or +1 as d is before, the same day as or after e.
func (d Date) Compare(e Date) int { return cmp.Compare(d.ymd, e.ymd) }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.ymd < e.ymd }

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC) }
