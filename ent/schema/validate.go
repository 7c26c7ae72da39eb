package schema

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// phonePattern accepts a phone number as people write it: digits, spaces,
// dashes, dots and brackets, optionally after a +.
var phonePattern = regexp.MustCompile(`^\+?[0-9][0-9 ().-]{3,38}$`)

// validExpertise keeps a person's expertise a short list of short,
// distinct keywords, so that "who do I call" can match them.
func validExpertise(items []string) error {
	if len(items) > 30 {
		return fmt.Errorf("at most 30 areas of expertise, not %d", len(items))
	}
	seen := map[string]bool{}
	for _, it := range items {
		k := strings.ToLower(strings.TrimSpace(it))
		switch {
		case k == "":
			return fmt.Errorf("an area of expertise may not be empty")
		case len(it) > 60:
			return fmt.Errorf("area of expertise %q is longer than 60 characters", it)
		case seen[k]:
			return fmt.Errorf("area of expertise %q is listed twice", it)
		}
		seen[k] = true
	}
	return nil
}

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
