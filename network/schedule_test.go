package network

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNextDeparture(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	require.NoError(t, err)
	at := func(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
		return time.Date(y, m, d, h, min, 0, 0, loc)
	}
	monThu := []WeeklyDeparture{{time.Monday, 9 * 60}, {time.Thursday, 9 * 60}}
	far := at(time.UTC, 2030, 1, 1, 0, 0)
	tests := []struct {
		name    string
		s       Schedule
		loc     *time.Location
		ready   time.Time
		horizon time.Time
		want    time.Time // zero: none
	}{
		{"weekly, next day", Schedule{Weekly: monThu}, berlin, at(berlin, 2026, 3, 22, 12, 0), far, at(berlin, 2026, 3, 23, 9, 0)},
		// EU summer time starts on Sunday 29 March 2026: the Monday train
		// still leaves at 09:00 local, which is 07:00 UTC instead of 08:00.
		{"weekly across spring DST change", Schedule{Weekly: monThu}, berlin, at(time.UTC, 2026, 3, 28, 12, 0), far, at(time.UTC, 2026, 3, 30, 7, 0)},
		{"weekly across autumn DST change", Schedule{Weekly: monThu}, berlin, at(time.UTC, 2026, 10, 24, 12, 0), far, at(time.UTC, 2026, 10, 26, 8, 0)},
		{"weekly, same day before departure", Schedule{Weekly: monThu}, berlin, at(berlin, 2026, 3, 23, 8, 59), far, at(berlin, 2026, 3, 23, 9, 0)},
		{"weekly, exactly at departure", Schedule{Weekly: monThu}, berlin, at(berlin, 2026, 3, 23, 9, 0), far, at(berlin, 2026, 3, 23, 9, 0)},
		{"weekly, just missed", Schedule{Weekly: monThu}, berlin, at(berlin, 2026, 3, 23, 9, 1), far, at(berlin, 2026, 3, 26, 9, 0)},
		{"weekly, a week later", Schedule{Weekly: []WeeklyDeparture{{time.Monday, 9 * 60}}}, berlin, at(berlin, 2026, 3, 23, 9, 1), far, at(berlin, 2026, 3, 30, 9, 0)},
		{"cut-off met exactly", Schedule{Weekly: monThu, Cutoff: time.Hour}, berlin, at(berlin, 2026, 3, 23, 8, 0), far, at(berlin, 2026, 3, 23, 9, 0)},
		{"cut-off missed", Schedule{Weekly: monThu, Cutoff: time.Hour}, berlin, at(berlin, 2026, 3, 23, 8, 1), far, at(berlin, 2026, 3, 26, 9, 0)},
		{"cut-off of days", Schedule{Weekly: monThu, Cutoff: 3 * 24 * time.Hour}, berlin, at(berlin, 2026, 3, 22, 0, 0), far, at(berlin, 2026, 3, 26, 9, 0)},
		{"zone of the terminal, not of ready", Schedule{Weekly: monThu}, shanghai, at(berlin, 2026, 3, 23, 8, 0), far, at(shanghai, 2026, 3, 26, 9, 0)},
		{"valid from the future", Schedule{Weekly: monThu, ValidFrom: Date{2026, 6, 1}}, berlin, at(berlin, 2026, 3, 22, 0, 0), far, at(berlin, 2026, 6, 1, 9, 0)},
		{"valid until passed", Schedule{Weekly: monThu, ValidUntil: Date{2026, 3, 1}}, berlin, at(berlin, 2026, 3, 22, 0, 0), far, time.Time{}},
		{"valid until includes the day", Schedule{Weekly: monThu, ValidUntil: Date{2026, 3, 23}}, berlin, at(berlin, 2026, 3, 22, 0, 0), far, at(berlin, 2026, 3, 23, 9, 0)},
		{"horizon before departure", Schedule{Weekly: monThu}, berlin, at(berlin, 2026, 3, 23, 10, 0), at(berlin, 2026, 3, 26, 8, 59), time.Time{}},
		{"horizon at departure", Schedule{Weekly: monThu}, berlin, at(berlin, 2026, 3, 23, 10, 0), at(berlin, 2026, 3, 26, 9, 0), at(berlin, 2026, 3, 26, 9, 0)},
		{"dated", Schedule{Dated: []time.Time{at(time.UTC, 2026, 3, 2, 1, 0), at(time.UTC, 2026, 3, 9, 1, 0)}}, shanghai,
			at(time.UTC, 2026, 3, 2, 1, 1), far, at(time.UTC, 2026, 3, 9, 1, 0)},
		{"dated, exactly", Schedule{Dated: []time.Time{at(time.UTC, 2026, 3, 2, 1, 0)}}, shanghai, at(time.UTC, 2026, 3, 2, 1, 0), far, at(time.UTC, 2026, 3, 2, 1, 0)},
		{"dated, cut-off", Schedule{Dated: []time.Time{at(time.UTC, 2026, 3, 2, 1, 0), at(time.UTC, 2026, 3, 9, 1, 0)}, Cutoff: 2 * time.Hour}, shanghai,
			at(time.UTC, 2026, 3, 1, 23, 1), far, at(time.UTC, 2026, 3, 9, 1, 0)},
		{"dated, all past", Schedule{Dated: []time.Time{at(time.UTC, 2026, 3, 2, 1, 0)}}, shanghai, at(time.UTC, 2026, 4, 1, 0, 0), far, time.Time{}},
		{"dated, beyond horizon", Schedule{Dated: []time.Time{at(time.UTC, 2026, 3, 9, 1, 0)}}, shanghai, at(time.UTC, 2026, 3, 1, 0, 0), at(time.UTC, 2026, 3, 8, 0, 0), time.Time{}},
		// 2026-03-09 01:00 UTC is 09:00 on 9 March in Shanghai, but still 8
		// March in UTC-5: validity is by the terminal's local date.
		{"dated, validity by local date", Schedule{Dated: []time.Time{at(time.UTC, 2026, 3, 2, 1, 0), at(time.UTC, 2026, 3, 9, 1, 0)}, ValidFrom: Date{2026, 3, 9}}, shanghai,
			at(time.UTC, 2026, 3, 1, 0, 0), far, at(time.UTC, 2026, 3, 9, 1, 0)},
		{"dated, validity skips to the next", Schedule{Dated: []time.Time{at(time.UTC, 2026, 3, 2, 1, 0), at(time.UTC, 2026, 3, 9, 1, 0)}, ValidUntil: Date{2026, 3, 8}}, shanghai,
			at(time.UTC, 2026, 3, 3, 0, 0), far, time.Time{}},
		{"dated without a zone", Schedule{Dated: []time.Time{at(time.UTC, 2026, 3, 2, 1, 0)}, ValidFrom: Date{2026, 3, 2}}, nil,
			at(time.UTC, 2026, 3, 1, 0, 0), far, at(time.UTC, 2026, 3, 2, 1, 0)},
		{"weekly and dated: dated first", Schedule{Weekly: monThu, Dated: []time.Time{at(berlin, 2026, 3, 24, 12, 0)}}, berlin,
			at(berlin, 2026, 3, 23, 10, 0), far, at(berlin, 2026, 3, 24, 12, 0)},
		{"weekly and dated: weekly first", Schedule{Weekly: monThu, Dated: []time.Time{at(berlin, 2026, 3, 27, 12, 0)}}, berlin,
			at(berlin, 2026, 3, 23, 10, 0), far, at(berlin, 2026, 3, 26, 9, 0)},
		{"midnight departure", Schedule{Weekly: []WeeklyDeparture{{time.Sunday, 0}}}, berlin, at(berlin, 2026, 3, 28, 23, 0), far, at(berlin, 2026, 3, 29, 0, 0)},
		{"last minute of the week", Schedule{Weekly: []WeeklyDeparture{{time.Saturday, 23*60 + 59}}}, berlin, at(berlin, 2026, 3, 22, 0, 0), far, at(berlin, 2026, 3, 28, 23, 59)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.s.NextDeparture(tc.ready, tc.horizon, tc.loc)
			if tc.want.IsZero() {
				assert.False(t, ok, "got %v", got)
				return
			}
			require.True(t, ok)
			assert.True(t, tc.want.Equal(got), "want %v, got %v", tc.want, got)
			assert.False(t, got.Add(-tc.s.Cutoff).Before(tc.ready), "the cut-off is met")
		})
	}
}

// TestNextDepartureBrute compares weekly departures with a minute-by-minute
// scan over two months that include a DST change.
func TestNextDepartureBrute(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	require.NoError(t, err)
	s := Schedule{Weekly: []WeeklyDeparture{{time.Tuesday, 6 * 60}, {time.Friday, 22*60 + 15}}, Cutoff: 5 * time.Hour,
		ValidUntil: Date{2026, 4, 20}}
	isDeparture := func(t time.Time) bool {
		l := t.In(berlin)
		for _, w := range s.Weekly {
			if l.Weekday() == w.Day && l.Hour()*60+l.Minute() == w.Minute {
				return s.ValidOn(l)
			}
		}
		return false
	}
	horizon := time.Date(2026, 5, 1, 0, 0, 0, 0, berlin)
	for ready := time.Date(2026, 3, 20, 0, 0, 0, 0, berlin); ready.Before(horizon); ready = ready.Add(7*time.Hour + 13*time.Minute) {
		var want time.Time
		for d := ready.Add(s.Cutoff).Truncate(time.Minute); !d.After(horizon); d = d.Add(time.Minute) {
			if !d.Before(ready.Add(s.Cutoff)) && isDeparture(d) {
				want = d
				break
			}
		}
		got, ok := s.NextDeparture(ready, horizon, berlin)
		if assert.Equal(t, !want.IsZero(), ok, "ready %v", ready) && ok {
			assert.True(t, want.Equal(got), "ready %v: want %v, got %v", ready, want, got)
		}
	}
}

func TestParseSchedulePieces(t *testing.T) {
	weekdays := []struct {
		in   string
		want time.Weekday
		err  bool
	}{
		{"mon", time.Monday, false}, {"Monday", time.Monday, false}, {"SUN", time.Sunday, false}, {"saturday", time.Saturday, false},
		{"mo", 0, true}, {"mond", 0, true}, {"", 0, true}, {"xyz", 0, true},
	}
	for _, tc := range weekdays {
		t.Run("weekday "+tc.in, func(t *testing.T) {
			got, err := ParseWeekday(tc.in)
			if tc.err {
				assert.ErrorIs(t, err, ErrInvalidSchedule)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	clocks := []struct {
		in   string
		want int
		err  bool
	}{
		{"00:00", 0, false}, {"09:05", 545, false}, {"23:59", 1439, false},
		{"24:00", 0, true}, {"12:60", 0, true}, {"9:00", 0, true}, {"09.00", 0, true}, {"-1:00", 0, true}, {"0a:00", 0, true},
	}
	for _, tc := range clocks {
		t.Run("clock "+tc.in, func(t *testing.T) {
			got, err := ParseClock(tc.in)
			if tc.err {
				assert.ErrorIs(t, err, ErrInvalidSchedule)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	d, err := ParseWeeklyDeparture("  thu  09:30 ")
	require.NoError(t, err)
	assert.Equal(t, WeeklyDeparture{time.Thursday, 570}, d)
	assert.Equal(t, "thu 09:30", d.String())
	_, err = ParseWeeklyDeparture("thu")
	assert.ErrorIs(t, err, ErrInvalidSchedule)

	date, err := ParseDate("2028-02-29")
	require.NoError(t, err)
	assert.Equal(t, Date{2028, 2, 29}, date)
	assert.Equal(t, "2028-02-29", date.String())
	assert.Equal(t, "", Date{}.String())
	for _, bad := range []string{"2027-02-29", "2026-1-1", "01.01.2026", ""} {
		_, err := ParseDate(bad)
		assert.ErrorIs(t, err, ErrInvalidValue, bad)
	}
	assert.True(t, Date{2026, 1, 31}.Before(Date{2026, 2, 1}))
	assert.False(t, Date{2026, 2, 1}.Before(Date{2026, 2, 1}))
}
