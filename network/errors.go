package network

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. Every error that Build or a decoder returns wraps one of
// these, so callers can test the kind of problem with errors.Is while the
// message names the record.
var (
	ErrDuplicateID       = errors.New("network: duplicate ID")
	ErrUnknownTerminal   = errors.New("network: unknown terminal")
	ErrUnknownSource     = errors.New("network: unknown source")
	ErrInvalidValue      = errors.New("network: invalid value")
	ErrMissingValue      = errors.New("network: missing value")
	ErrUnknownMode       = errors.New("network: unknown mode")
	ErrModeNotHandled    = errors.New("network: mode not handled at terminal")
	ErrUnknownCurrency   = errors.New("network: unknown currency")
	ErrInvalidSchedule   = errors.New("network: invalid schedule")
	ErrInvalidTimeZone   = errors.New("network: invalid time zone")
	ErrInvalidLocation   = errors.New("network: invalid location")
	ErrInvalidLocode     = errors.New("network: malformed UN/LOCODE")
	ErrSelfLoop          = errors.New("network: leg starts and ends at the same terminal")
	ErrSyntax            = errors.New("network: syntax error")
	ErrUnsupportedFormat = errors.New("network: unsupported format version")
)

// Loc says where a record came from, so that an error can point at it.
// The zero Loc means the record was added in code.
type Loc struct {
	File string // file name, if read from a file
	Line int    // 1-based line, for line-oriented formats (CSV)
	// Index is the 1-based position of the record in its list (JSON array
	// element, GeoJSON feature); 0 when unknown.
	Index int
}

// String formats l as "file:line", "file: record 3" (Index, for a JSON
// array element or GeoJSON feature) or "".
func (l Loc) String() string {
	var b strings.Builder
	b.WriteString(l.File)
	switch {
	case l.Line > 0:
		fmt.Fprintf(&b, ":%d", l.Line)
	case l.Index > 0:
		if b.Len() > 0 {
			b.WriteString(": ")
		}
		fmt.Fprintf(&b, "record %d", l.Index)
	}
	return b.String()
}

// RecordError is a problem with one record of a network: a terminal, a leg,
// a transfer rule or a source. It names the record and the field, and wraps
// a sentinel error.
type RecordError struct {
	Loc    Loc
	Record string // "terminal", "leg", "transfer", "source", "network"
	ID     string // the record's ID, or a description such as "CNCQI→DEDUI"
	Field  string // the offending field, if one
	Err    error
}

func (e *RecordError) Error() string {
	var b strings.Builder
	if s := e.Loc.String(); s != "" {
		b.WriteString(s)
		b.WriteString(": ")
	}
	b.WriteString(e.Record)
	if e.ID != "" {
		fmt.Fprintf(&b, " %q", e.ID)
	}
	if e.Field != "" {
		b.WriteString(" ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *RecordError) Unwrap() error { return e.Err }

// AtRecord places err at a record: if err is or wraps a *RecordError that
// does not name its record yet (a decoder's field error), it fills in that
// error's Loc, Record and ID and returns it; otherwise it wraps err in a
// new *RecordError. Readers and writers built on the Encode and Decode
// functions use it to report a record's problem.
func AtRecord(err error, loc Loc, rec, id string) *RecordError {
	var re *RecordError
	if errors.As(err, &re) && re.Record == "" {
		re.Loc, re.Record, re.ID = loc, rec, id
		return re
	}
	return &RecordError{Loc: loc, Record: rec, ID: id, Err: err}
}
