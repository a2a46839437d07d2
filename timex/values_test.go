package timex

import (
	"fmt"
	"testing"
	"time"
)

// TestValueWriters checks the value writers against fmt on two-digit
// numbers, and on years, months, quarters, weeks and days around the ones news
// text names.
func TestValueWriters(t *testing.T) {
	for n := -3; n <= 120; n++ {
		want := fmt.Sprintf("%02d", n)
		if n < 0 {
			want = fmt.Sprint(n)
		}
		if got := twoDigits(n); got != want {
			t.Errorf("twoDigits(%d) = %q, want %q", n, got, want)
		}
	}
	for _, y := range []int{0, 7, 98, 999, 1000, 1999, 2018, 2200, 12345} {
		if got, want := yearStr(y), fmt.Sprintf("%04d", y); got != want {
			t.Errorf("yearStr(%d) = %q, want %q", y, got, want)
		}
		for m := 1; m <= 12; m++ {
			if got, want := monthStr(y, m), fmt.Sprintf("%04d-%02d", y, m); got != want {
				t.Errorf("monthStr(%d, %d) = %q, want %q", y, m, got, want)
			}
		}
		if got, want := quarterStr(y, 3), fmt.Sprintf("%04d-Q3", y); got != want {
			t.Errorf("quarterStr(%d, 3) = %q, want %q", y, got, want)
		}
	}
	for d := time.Date(1999, 12, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2001; d = d.AddDate(0, 0, 1) {
		if got, want := dayStr(d), d.Format("2006-01-02"); got != want {
			t.Errorf("dayStr(%v) = %q, want %q", d, got, want)
		}
		y, w := d.ISOWeek()
		if got, want := weekStr(d), fmt.Sprintf("%04d-W%02d", y, w); got != want {
			t.Errorf("weekStr(%v) = %q, want %q", d, got, want)
		}
	}
}
