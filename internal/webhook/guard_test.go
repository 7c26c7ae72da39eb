package webhook

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/apperr"
)

func TestNonPublicAddresses(t *testing.T) {
	refused := []string{
		"127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1", // loopback, also IPv4-mapped
		"0.0.0.0", "0.1.2.3", "::", // unspecified
		"10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "fc00::1", "fd12:3456::1", // private
		"100.64.0.1", "100.127.255.255", // CGNAT
		"169.254.169.254", "169.254.0.1", "fe80::1", // link-local, metadata
		"224.0.0.1", "239.255.255.250", "ff02::1", // multicast
	}
	for _, s := range refused {
		if nonPublic(netip.MustParseAddr(s)) == "" {
			t.Errorf("%s counts as public", s)
		}
	}
	public := []string{"8.8.8.8", "93.184.215.14", "100.63.255.255", "100.128.0.1", "172.32.0.1", "2606:4700::1111", "::ffff:1.1.1.1"}
	for _, s := range public {
		if kind := nonPublic(netip.MustParseAddr(s)); kind != "" {
			t.Errorf("%s counts as %s", s, kind)
		}
	}
}

func TestCheckURL(t *testing.T) {
	ctx := context.Background()
	for _, raw := range []string{
		"http://127.0.0.1:8080/hook", "http://localhost:9/", "http://169.254.169.254/latest/meta-data/",
		"http://[::1]/", "https://10.1.2.3/x", "http://100.64.1.1/", "http://0.0.0.0:8080/", "http://[::ffff:127.0.0.1]/",
	} {
		err := CheckURL(ctx, raw, false)
		e, ok := apperr.As(err)
		if !ok || e.Code != apperr.CodeBadUserInput || e.Field != "url" || !strings.Contains(e.Message, "--webhook-allow-private-networks") {
			t.Errorf("CheckURL(%q) = %v, want BAD_USER_INPUT naming the option", raw, err)
		}
		if err := CheckURL(ctx, raw, true); err != nil {
			t.Errorf("CheckURL(%q) with private networks allowed = %v", raw, err)
		}
	}
	if err := CheckURL(ctx, "http://localhost:9/", false); err == nil || !strings.Contains(err.Error(), "localhost resolves to 127.0.0.1, a loopback address") {
		t.Errorf("localhost: %v, want it to say what the name resolves to", err)
	}
	for _, raw := range []string{"ftp://example.com/", "file:///etc/passwd", "gopher://127.0.0.1/", "/relative", "http://"} {
		for _, allow := range []bool{false, true} {
			if e, ok := apperr.As(CheckURL(ctx, raw, allow)); !ok || e.Code != apperr.CodeBadUserInput {
				t.Errorf("CheckURL(%q, allow %v) accepted a URL that is not http(s)", raw, allow)
			}
		}
	}
	// Public addresses pass; so does a name that does not resolve (yet):
	// the dial-time check still guards it.
	for _, raw := range []string{"https://93.184.215.14/hook", "https://[2606:4700::1111]/", "https://no-such-host.invalid/hook"} {
		if err := CheckURL(ctx, raw, false); err != nil {
			t.Errorf("CheckURL(%q) = %v", raw, err)
		}
	}
}

// The client deliveries are sent with checks the address it connects to,
// after names are resolved: a name pointing at loopback gets nowhere, and
// the receiver hears nothing.
func TestGuardedClientRefusesAtDialTime(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { hits.Add(1) }))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())

	for _, target := range []string{"http://localhost:" + port + "/hook", srv.URL} {
		_, err := newHTTPClient(Options{Timeout: 2 * time.Second}).Post(target, "application/json", nil)
		var refused *refusedError
		if !errors.As(err, &refused) {
			t.Fatalf("POST %s: %v, want the guard's refusal", target, err)
		}
		if msg := scrub(err); !strings.Contains(msg, "loopback") || !strings.Contains(msg, "--webhook-allow-private-networks") || strings.Contains(msg, "/hook") {
			t.Errorf("the delivery log would say %q", msg)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the receiver got %d requests", n)
	}
	res, err := newHTTPClient(Options{Timeout: 2 * time.Second, AllowPrivateNetworks: true}).Post("http://localhost:"+port+"/hook", "application/json", nil)
	if err != nil {
		t.Fatalf("with private networks allowed: %v", err)
	}
	res.Body.Close()
	if hits.Load() != 1 {
		t.Errorf("with private networks allowed the receiver got %d requests, want 1", hits.Load())
	}
}

func TestLinksFollowTheWebAppsRoutes(t *testing.T) {
	l := links("https://debrief.example.com")
	incident, action := 7, 12
	cases := []struct{ got, want string }{
		{l.incident(5, ""), "https://debrief.example.com/incidents/5"},
		{l.action(12, []int{9, 4}), "https://debrief.example.com/incidents/4#action-12"},
		{l.action(12, nil), "https://debrief.example.com/actions"},
		{l.notification(&ent.Notification{Kind: enum.NotificationActionOverdue, IncidentID: &incident, ActionItemID: &action}), "https://debrief.example.com/incidents/7#action-12"},
		{l.notification(&ent.Notification{Kind: enum.NotificationQuestionAssigned, IncidentID: &incident}), "https://debrief.example.com/incidents/7#questions"},
		{l.notification(&ent.Notification{Kind: enum.NotificationReviewOverdue, IncidentID: &incident}), "https://debrief.example.com/incidents/7"},
		{l.notification(&ent.Notification{Kind: enum.NotificationActionOverdue, ActionItemID: &action}), "https://debrief.example.com/actions"},
		{l.notification(&ent.Notification{Kind: enum.NotificationMention}), "https://debrief.example.com/inbox"},
		{links("").incident(5, ""), ""},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: link %q, want %q", i, c.got, c.want)
		}
	}
}
