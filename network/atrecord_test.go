package network

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAtRecord(t *testing.T) {
	loc := Loc{File: "legs.csv", Line: 3}
	fe := &RecordError{Field: "duration", Err: ErrMissingValue}
	got := AtRecord(fmt.Errorf("decoding: %w", fe), loc, "leg", "L1")
	assert.Same(t, fe, got, "a field error is filled in")
	assert.Equal(t, `legs.csv:3: leg "L1" duration: network: missing value`, got.Error())

	named := &RecordError{Record: "terminal", ID: "T", Err: ErrInvalidValue}
	got = AtRecord(named, loc, "leg", "L1")
	assert.NotSame(t, named, got, "a named record error is wrapped, not overwritten")
	assert.Equal(t, "terminal", named.Record)
	assert.ErrorIs(t, got, ErrInvalidValue)

	plain := errors.New("boom")
	got = AtRecord(plain, loc, "leg", "L1")
	assert.Equal(t, `legs.csv:3: leg "L1": boom`, got.Error())
}
