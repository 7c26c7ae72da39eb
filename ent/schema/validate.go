package schema

import (
	"fmt"
	"net/url"
	"regexp"
	"time"
)

// tagPattern keeps tags short, lower-case and URL-safe.
var tagPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

// validTimeZone accepts IANA zone names such as "Europe/Berlin".
func validTimeZone(name string) error {
	if name == "" {
		return nil
	}
	if _, err := time.LoadLocation(name); err != nil {
		return fmt.Errorf("unknown time zone %q (use an IANA name such as Europe/Berlin)", name)
	}
	return nil
}

// validURL accepts absolute http(s) links only, so that stored links can
// never carry javascript: or data: payloads into the browser.
func validURL(raw string) error {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%q is not an absolute http(s) URL", raw)
	}
	return nil
}
