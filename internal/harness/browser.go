package harness

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// Browser is an HTTP client that behaves like a person's browser in the
// sign-in tests: it keeps cookies, sends an Origin header with every POST
// as browsers do, and never follows a redirect by itself, so a test can
// look at (or tamper with) every hop.
type Browser struct {
	T   testing.TB
	Jar *cookiejar.Jar
	// App is Debrief's base URL, e.g. http://127.0.0.1:41234.
	App *url.URL
	// transport sends one request at a time; the browser itself keeps the
	// cookies and decides about redirects, so that even a Location header
	// Go's client would reject (a control character, say) reaches the test.
	transport http.RoundTripper
}

// NewBrowser returns a browser with an empty cookie jar, pointed at the
// Env's server, that fails t when something goes wrong.
func (e *Env) NewBrowser(t testing.TB) *Browser {
	t.Helper()
	return NewBrowser(t, mustParse(t, e.Server.URL))
}

// NewBrowser returns a browser with an empty cookie jar for the app at app.
// Make one per test (or subtest): it fails the test it was made with.
func NewBrowser(t testing.TB, app *url.URL) *Browser {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &Browser{T: t, Jar: jar, App: app, transport: http.DefaultTransport}
}

// In returns the same browser (same cookies) failing t instead, for use
// in a subtest.
func (b *Browser) In(t testing.TB) *Browser {
	c := *b
	c.T = t
	return &c
}

// Page is one response the browser received.
type Page struct {
	URL    *url.URL
	Status int
	Header http.Header
	Body   string
	// SetCookies are the cookies this response set (or cleared), with all
	// their attributes.
	SetCookies []*http.Cookie
}

// IsRedirect reports whether the page sends the browser elsewhere.
func (p *Page) IsRedirect() bool {
	return p.Status >= 300 && p.Status < 400 && p.Header.Get("Location") != ""
}

// Location is where a redirect takes a browser, resolved against the
// page's URL the way browsers read URLs (the WHATWG URL standard): tabs and
// newlines are dropped, and in an http(s) URL a backslash before the query
// counts as a slash.
func (p *Page) Location() *url.URL {
	raw := strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(p.Header.Get("Location"))
	beforeQuery, query, hasQuery := strings.Cut(raw, "?")
	raw = strings.ReplaceAll(beforeQuery, `\`, "/")
	if hasQuery {
		raw += "?" + query
	}
	loc, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	return p.URL.ResolveReference(loc)
}

// SetCookie returns the cookie with the given name that this response set.
func (p *Page) SetCookie(name string) *http.Cookie {
	for _, c := range p.SetCookies {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Get loads a URL (absolute, or a path on the app).
func (b *Browser) Get(rawURL string) *Page {
	b.T.Helper()
	req, err := http.NewRequest(http.MethodGet, b.resolve(rawURL).String(), nil)
	if err != nil {
		b.T.Fatal(err)
	}
	return b.Send(req)
}

// SubmitForm posts form values to a URL as an HTML form does, with the
// Origin of the page the form is on.
func (b *Browser) SubmitForm(from *Page, action string, values url.Values) *Page {
	b.T.Helper()
	target := from.URL.ResolveReference(mustParse(b.T, action))
	req, err := http.NewRequest(http.MethodPost, target.String(), strings.NewReader(values.Encode()))
	if err != nil {
		b.T.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", origin(from.URL))
	return b.Send(req)
}

// Post sends a POST to a path on the app the way Debrief's web app does:
// from Debrief's own origin and with the X-Debrief-CSRF header. adjust may
// change the request before it goes (another Origin, a missing header).
func (b *Browser) Post(path string, contentType string, body []byte, adjust ...func(*http.Request)) *Page {
	b.T.Helper()
	req, err := http.NewRequest(http.MethodPost, b.resolve(path).String(), bytes.NewReader(body))
	if err != nil {
		b.T.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Origin", origin(b.App))
	req.Header.Set("X-Debrief-CSRF", "1")
	for _, a := range adjust {
		a(req)
	}
	return b.Send(req)
}

// GraphQL sends a query as Debrief's web app does (see Post) and decodes
// the answer, whatever its status.
func (b *Browser) GraphQL(query string, variables map[string]any, adjust ...func(*http.Request)) *Response {
	b.T.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": variables})
	if err != nil {
		b.T.Fatal(err)
	}
	p := b.Post("/graphql", "application/json", body, adjust...)
	out := &Response{Status: p.Status}
	if err := json.Unmarshal([]byte(p.Body), out); err != nil {
		b.T.Fatalf("GraphQL response is not JSON (status %d): %s", p.Status, p.Body)
	}
	return out
}

// FromOrigin sets the request's Origin header (empty removes it).
func FromOrigin(o string) func(*http.Request) {
	return func(r *http.Request) {
		if o == "" {
			r.Header.Del("Origin")
			return
		}
		r.Header.Set("Origin", o)
	}
}

// WithoutCSRFHeader removes the X-Debrief-CSRF header.
func WithoutCSRFHeader(r *http.Request) { r.Header.Del("X-Debrief-CSRF") }

// Send sends a request with the browser's cookies and records the page.
func (b *Browser) Send(req *http.Request) *Page {
	b.T.Helper()
	for _, c := range b.Jar.Cookies(req.URL) {
		req.AddCookie(c)
	}
	res, err := b.transport.RoundTrip(req)
	if err != nil {
		b.T.Fatal(err)
	}
	b.Jar.SetCookies(req.URL, res.Cookies())
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		b.T.Fatal(err)
	}
	return &Page{URL: req.URL, Status: res.StatusCode, Header: res.Header, Body: string(body), SetCookies: res.Cookies()}
}

// Follow takes one redirect: a GET of the page's Location, as browsers do
// after 302 and 303.
func (b *Browser) Follow(p *Page) *Page {
	b.T.Helper()
	if !p.IsRedirect() {
		b.T.Fatalf("expected a redirect from %s, got status %d: %s", p.URL, p.Status, snippet(p.Body))
	}
	next := p.Location()
	if next == nil {
		b.T.Fatalf("%s redirects to %q, which no browser could follow", p.URL, p.Header.Get("Location"))
	}
	return b.Get(next.String())
}

// FollowWhile follows redirects while keep says so, and returns the first
// page it did not follow (which may itself be a redirect).
func (b *Browser) FollowWhile(p *Page, keep func(next *url.URL) bool) *Page {
	b.T.Helper()
	for i := 0; p.IsRedirect() && keep(p.Location()); i++ {
		if i == 10 {
			b.T.Fatalf("too many redirects, last to %s", p.Location())
		}
		p = b.Follow(p)
	}
	return p
}

// Cookie returns the cookie the browser would send to the app's path.
func (b *Browser) Cookie(path, name string) *http.Cookie {
	for _, c := range b.Jar.Cookies(b.resolve(path)) {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// SetCookie puts a cookie in the jar for the app's path, as if the app had
// set it.
func (b *Browser) SetCookie(path string, c *http.Cookie) {
	c.Path = path
	b.Jar.SetCookies(b.resolve(path), []*http.Cookie{c})
}

func (b *Browser) resolve(rawURL string) *url.URL {
	return b.App.ResolveReference(mustParse(b.T, rawURL))
}

// Form is an HTML form on a page.
type Form struct {
	Action string
	// Fields are the values of its hidden and text inputs.
	Fields url.Values
	// Buttons are its submit buttons that carry a name and value.
	Buttons []FormButton
	HTML    string
}

// FormButton is a named submit button.
type FormButton struct{ Name, Value, Label string }

var (
	formPattern   = regexp.MustCompile(`(?s)<form\b([^>]*)>(.*?)</form>`)
	inputPattern  = regexp.MustCompile(`<input\b([^>]*)>`)
	buttonPattern = regexp.MustCompile(`(?s)<button\b([^>]*)>(.*?)</button>`)
	attrPattern   = regexp.MustCompile(`([a-zA-Z-]+)="([^"]*)"`)
	tagPattern    = regexp.MustCompile(`<[^>]*>`)
)

// Forms lists the page's forms. It reads the simple, server-rendered HTML
// of Debrief's own pages; it is not a general HTML parser.
func (p *Page) Forms() []Form {
	var forms []Form
	for _, m := range formPattern.FindAllStringSubmatch(p.Body, -1) {
		f := Form{Action: attrs(m[1])["action"], Fields: url.Values{}, HTML: m[0]}
		for _, in := range inputPattern.FindAllStringSubmatch(m[2], -1) {
			a := attrs(in[1])
			if a["name"] != "" {
				f.Fields.Add(a["name"], a["value"])
			}
		}
		for _, bt := range buttonPattern.FindAllStringSubmatch(m[2], -1) {
			a := attrs(bt[1])
			if a["name"] != "" {
				label := strings.Join(strings.Fields(html.UnescapeString(tagPattern.ReplaceAllString(bt[2], " "))), " ")
				f.Buttons = append(f.Buttons, FormButton{Name: a["name"], Value: a["value"], Label: label})
			}
		}
		forms = append(forms, f)
	}
	return forms
}

func attrs(s string) map[string]string {
	out := map[string]string{}
	for _, m := range attrPattern.FindAllStringSubmatch(s, -1) {
		out[strings.ToLower(m[1])] = html.UnescapeString(m[2])
	}
	return out
}

func origin(u *url.URL) string { return u.Scheme + "://" + u.Host }

func mustParse(t testing.TB, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatalf("parse URL %q: %v", raw, err)
	}
	return u
}

func snippet(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}
