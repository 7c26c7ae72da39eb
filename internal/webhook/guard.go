package webhook

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"

	"github.com/debrief/debrief/internal/apperr"
)

// The guard against server-side request forgery. Whoever may add a
// webhook names a URL Debrief's server then POSTs to, from inside the
// network it runs in: without a guard, a webhook could reach the cloud's
// metadata service (169.254.169.254), a database's HTTP port or an admin
// interface bound to loopback, and read the answer in the delivery log.
// So unless Options.AllowPrivateNetworks says the receivers are meant to
// be on-premises, Debrief refuses every address that is not public.
//
// Two checks, because names change what they point to: a webhook's URL is
// checked when it is saved (literal addresses, and what names resolve to
// then), for a clear answer to the admin; and every connection a delivery
// makes is checked at dial time against the address actually connected to,
// so that a name answering with a public address when saved and a private
// one later (DNS rebinding) gains nothing.

// AllowPrivateNetworksFlag is the setting that lifts the guard, as errors
// name it.
const AllowPrivateNetworksFlag = "--webhook-allow-private-networks (DEBRIEF_WEBHOOK_ALLOW_PRIVATE_NETWORKS=true)"

// lookupTimeout bounds resolving a webhook's host when it is saved: the
// check runs inside the mutation's transaction, which must not wait long.
const lookupTimeout = 3 * time.Second

// cgnat is the carrier-grade NAT range (RFC 6598), which netip does not
// count as private but which is just as internal to a provider's network.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// thisNetwork (0.0.0.0/8, RFC 1122) is not routable, and Linux connects a
// dial to 0.0.0.0 to the local host.
var thisNetwork = netip.MustParsePrefix("0.0.0.0/8")

// nonPublic says what kind of non-public address ip is ("a loopback
// address"), or "" for a public one.
func nonPublic(ip netip.Addr) string {
	ip = ip.Unmap() // ::ffff:127.0.0.1 is 127.0.0.1
	switch {
	case ip.IsLoopback():
		return "a loopback address"
	case ip.IsUnspecified() || (ip.Is4() && thisNetwork.Contains(ip)):
		return "an unspecified address"
	case ip.IsPrivate():
		return "a private-network address"
	case ip.Is4() && cgnat.Contains(ip):
		return "a carrier-grade NAT address"
	case ip.IsLinkLocalUnicast():
		return "a link-local address (such as a cloud metadata service)"
	case ip.IsMulticast():
		return "a multicast address"
	}
	return ""
}

// refusedError is a delivery target the guard refused.
type refusedError struct {
	// what names the target: the URL's host, or the address dialled.
	what string
	ip   netip.Addr
	kind string
}

func (e *refusedError) Error() string {
	target := e.ip.String() + " is " + e.kind
	if e.what != "" && e.what != e.ip.String() {
		target = e.what + " resolves to " + e.ip.String() + ", " + e.kind
	}
	return target + ": Debrief does not send webhooks into private networks unless it runs with " + AllowPrivateNetworksFlag
}

// checkAddr refuses ip when it is not public; what names it for the error.
func checkAddr(what string, ip netip.Addr) error {
	if kind := nonPublic(ip); kind != "" {
		return &refusedError{what: what, ip: ip.Unmap(), kind: kind}
	}
	return nil
}

// CheckURL checks a webhook's URL when it is saved: an absolute http(s)
// URL, and, unless allowPrivate, not on an address in a private network —
// neither literally nor by what its host name resolves to now. A name that
// does not resolve (yet) is accepted: the dial-time check still applies.
func CheckURL(ctx context.Context, raw string, allowPrivate bool) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return apperr.Invalid("url", "the webhook's URL must be an absolute http:// or https:// URL")
	}
	if allowPrivate {
		return nil
	}
	host := u.Hostname()
	if ip, err := netip.ParseAddr(host); err == nil {
		return invalidTarget(checkAddr("", ip))
	}
	ctx, cancel := context.WithTimeout(ctx, lookupTimeout)
	defer cancel()
	ips, err := net.DefaultResolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil
	}
	for _, ip := range ips {
		if err := checkAddr(host, ip); err != nil {
			return invalidTarget(err)
		}
	}
	return nil
}

// invalidTarget turns a refusal into the API's bad-input error.
func invalidTarget(err error) error {
	if err == nil {
		return nil
	}
	return apperr.Invalid("url", "the webhook's URL cannot be used: %v", err)
}

// guardedControl runs before every connection a delivery makes, with the
// address about to be connected to (names already resolved).
func guardedControl(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("cannot check the address %q before connecting", address)
	}
	return checkAddr("", ap.Addr())
}

// newHTTPClient returns the client deliveries are sent with.
func newHTTPClient(opts Options) *http.Client {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	dialer := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	if !opts.AllowPrivateNetworks {
		dialer.Control = guardedControl
		// Through a proxy the dial would go to the proxy, which resolves
		// and connects on its own, and the guard would check the wrong
		// address: guarded deliveries connect directly.
		transport.Proxy = nil
	}
	transport.DialContext = dialer.DialContext
	return &http.Client{
		Transport: transport,
		Timeout:   opts.Timeout,
		// A receiver answers itself: a redirect is a misconfigured URL,
		// and following it would send the signed body somewhere the admin
		// never named (and past the check of the URL when it was saved).
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}
