package webhook

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestSignatureRoundTrip(t *testing.T) {
	body := []byte(`{"event":"INCIDENT_CREATED"}`)
	now := time.Now()
	header := Sign("whsec_test", now, body)
	if !strings.HasPrefix(header, "t=") || !strings.Contains(header, ",v1=") {
		t.Fatalf("header %q is not t=…,v1=…", header)
	}
	cases := []struct {
		name   string
		secret string
		header string
		body   []byte
		want   error
	}{
		{"valid", "whsec_test", header, body, nil},
		{"another secret", "whsec_other", header, body, ErrSignatureMismatch},
		{"changed body", "whsec_test", header, []byte(`{"event":"INCIDENT_UPDATED"}`), ErrSignatureMismatch},
		{"old", "whsec_test", Sign("whsec_test", now.Add(-time.Hour), body), body, ErrSignatureExpired},
		{"second signature matches", "whsec_test", header + ",v1=00ff", body, nil},
		{"empty", "whsec_test", "", body, ErrMalformedSignature},
		{"no v1", "whsec_test", "t=123", body, ErrMalformedSignature},
		{"bad hex", "whsec_test", "t=123,v1=xyz", body, ErrMalformedSignature},
	}
	for _, c := range cases {
		if err := Verify(c.secret, c.header, c.body, 5*time.Minute); !errors.Is(err, c.want) {
			t.Errorf("%s: Verify = %v, want %v", c.name, err, c.want)
		}
	}
	// Without a tolerance the age is the receiver's business.
	if err := Verify("whsec_test", Sign("whsec_test", now.Add(-time.Hour), body), body, 0); err != nil {
		t.Errorf("no tolerance: %v", err)
	}
}

func TestBackoffDoublesUpToTheMaximum(t *testing.T) {
	o := Options{RetryBase: 10 * time.Second, RetryMax: time.Minute}
	for attempts, want := range map[int]time.Duration{1: 10 * time.Second, 2: 20 * time.Second, 3: 40 * time.Second, 4: time.Minute, 30: time.Minute} {
		if got := o.backoff(attempts, 0); got != want {
			t.Errorf("after %d failures wait %v, want %v", attempts, got, want)
		}
		if got := o.backoff(attempts, 0.999); got > want || got < want*9/10 {
			t.Errorf("after %d failures with jitter wait %v, want within 10%% below %v", attempts, got, want)
		}
	}
}

func TestSecrets(t *testing.T) {
	a, b := NewSecret(), NewSecret()
	if a == b || !strings.HasPrefix(a, SecretPrefix) || len(a) != len(SecretPrefix)+64 {
		t.Errorf("secrets %q, %q: want distinct whsec_ + 64 hex digits", a, b)
	}
	short := "too-short"
	if _, err := Secret(&short); err == nil {
		t.Error("a short secret was accepted")
	}
	good := "a-long-enough-secret"
	if s, err := Secret(&good); err != nil || s != good {
		t.Errorf("Secret(%q) = %q, %v", good, s, err)
	}
}

func TestAPIName(t *testing.T) {
	for in, want := range map[string]string{"status": "status", "tracker_url": "trackerURL", "owner_id": "ownerID", "review_due_at": "reviewDueAt", "timeline_events": "timelineEvents"} {
		if got := apiName(in); got != want {
			t.Errorf("apiName(%q) = %q, want %q", in, got, want)
		}
	}
}
