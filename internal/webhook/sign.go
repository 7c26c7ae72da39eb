package webhook

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
)

// The headers of every delivery.
const (
	HeaderEvent     = "X-Debrief-Event"
	HeaderDelivery  = "X-Debrief-Delivery"
	HeaderSignature = "X-Debrief-Signature"
	UserAgent       = "Debrief-Webhooks"
)

// Why Verify refused a request.
var (
	ErrMalformedSignature = errors.New("webhook: the signature header is not t=<unix>,v1=<hex>")
	ErrSignatureMismatch  = errors.New("webhook: the signature does not match the body")
	ErrSignatureExpired   = errors.New("webhook: the signature's timestamp is outside the tolerance")
)

// Sign returns the X-Debrief-Signature value for body sent at t:
// t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>. Signing the
// timestamp with the body lets receivers refuse replays of old requests.
func Sign(secret string, t time.Time, body []byte) string {
	ts := strconv.FormatInt(t.Unix(), 10)
	return "t=" + ts + ",v1=" + hex.EncodeToString(mac(secret, ts, body))
}

func mac(secret, ts string, body []byte) []byte {
	h := hmac.New(sha256.New, []byte(secret))
	h.Write([]byte(ts))
	h.Write([]byte{'.'})
	h.Write(body)
	return h.Sum(nil)
}

// Verify checks an X-Debrief-Signature header against body: some v1 value
// must be the HMAC of the header's timestamp and the body, and, when
// tolerance is positive, the timestamp must be within tolerance of now.
func Verify(secret, header string, body []byte, tolerance time.Duration) error {
	var ts string
	var sigs [][]byte
	for part := range strings.SplitSeq(header, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return ErrMalformedSignature
		}
		switch k {
		case "t":
			ts = v
		case "v1":
			sig, err := hex.DecodeString(v)
			if err != nil {
				return ErrMalformedSignature
			}
			sigs = append(sigs, sig)
		}
	}
	unix, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || len(sigs) == 0 {
		return ErrMalformedSignature
	}
	want := mac(secret, ts, body)
	match := false
	for _, sig := range sigs {
		// Constant time, so response timing says nothing about the secret.
		match = hmac.Equal(sig, want) || match
	}
	if !match {
		return ErrSignatureMismatch
	}
	if tolerance > 0 {
		if age := time.Since(time.Unix(unix, 0)).Abs(); age > tolerance {
			return ErrSignatureExpired
		}
	}
	return nil
}

// SecretPrefix marks the secrets Debrief generates.
const SecretPrefix = "whsec_"

// Secret limits for secrets an admin chooses: short ones can be guessed.
const (
	MinSecretLen = 16
	MaxSecretLen = 256
)

// NewSecret returns a fresh random secret: 32 bytes, hex, with SecretPrefix.
func NewSecret() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // never fails: crypto/rand panics rather than return an error
	return SecretPrefix + hex.EncodeToString(b)
}

// Secret returns chosen when an admin gave one (checked), and a new random
// secret otherwise.
func Secret(chosen *string) (string, error) {
	if chosen == nil {
		return NewSecret(), nil
	}
	s := *chosen
	switch {
	case strings.TrimSpace(s) != s:
		return "", apperr.Invalid("secret", "the secret must not start or end with spaces")
	case len(s) < MinSecretLen:
		return "", apperr.Invalid("secret", "the secret must be at least %d characters long (leave it out and Debrief generates one)", MinSecretLen)
	case len(s) > MaxSecretLen:
		return "", apperr.Invalid("secret", "the secret must be at most %d characters long", MaxSecretLen)
	}
	return s, nil
}

// Events checks and tidies a webhook's subscriptions: at least one, each
// once, in the order given.
func Events(events []enum.WebhookEvent) ([]enum.WebhookEvent, error) {
	out := make([]enum.WebhookEvent, 0, len(events))
	for _, e := range events {
		if !slices.Contains(e.Values(), string(e)) {
			return nil, apperr.Invalid("events", "%q is not a webhook event", e)
		}
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return nil, apperr.Invalid("events", "subscribe the webhook to at least one event")
	}
	return out, nil
}
