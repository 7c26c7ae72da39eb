package realtime

import "testing"

func TestWithApplicationName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"postgres://u@h:5432/db?sslmode=disable", "postgres://u@h:5432/db?application_name=x&sslmode=disable"},
		{"postgresql://u@h/db?application_name=mine", "postgresql://u@h/db?application_name=mine"},
		{"host=h dbname=db", "host=h dbname=db application_name=x"},
		{"host=h application_name=mine", "host=h application_name=mine"},
		{"", "application_name=x"},
	} {
		got, err := withApplicationName(tc.in, "x")
		if err != nil || got != tc.want {
			t.Errorf("withApplicationName(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}
