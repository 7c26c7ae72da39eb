package devidp

import (
	"bytes"
	"html/template"
	"net/http"
	"strings"
)

// hiddenField is one authorization parameter carried through a form.
type hiddenField struct{ Name, Value string }

type signInPageData struct {
	ClientID      string
	RedirectURI   string
	AuthorizePath string // forms post here; a path, so it works behind any host name
	Hidden        []hiddenField
	People        []Person
	Departments   []string
	Roles         []string
	Problem       string // shown above the forms when the last attempt failed
	Draft         Person // what the create form was last filled with
}

type errorPageData struct{ Title, Message string }

func renderSignInPage(w http.ResponseWriter, status int, data signInPageData) {
	renderPage(w, status, "signin", data)
}

func renderErrorPage(w http.ResponseWriter, status int, title, message string) {
	renderPage(w, status, "error", errorPageData{Title: title, Message: message})
}

// renderPage executes into a buffer first so that a template failure becomes a
// clean 500 rather than half a page.
func renderPage(w http.ResponseWriter, status int, name string, data any) {
	var body bytes.Buffer
	if err := pages.ExecuteTemplate(&body, name, data); err != nil {
		http.Error(w, "devidp: render page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	// The page loads nothing and must not be framed: a framed sign-in page
	// is an invitation to clickjacking, even in development.
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	w.WriteHeader(status)
	_, _ = w.Write(body.Bytes())
}

// label turns a vocabulary value such as "LEADERSHIP" into "Leadership".
func label(value string) string {
	if value == "" {
		return ""
	}
	lower := strings.ToLower(value)
	return strings.ToUpper(lower[:1]) + lower[1:]
}

var pages = template.Must(template.New("pages").Funcs(template.FuncMap{"label": label}).Parse(pageTemplates))

// pageTemplates is self-contained: inline CSS, no scripts, no external assets,
// so the page works offline and under a CSP that allows nothing else.
const pageTemplates = `
{{define "head"}}<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{{.}} · Debrief development sign-in</title>
<style>
:root {
  color-scheme: light dark;
  --bg: #f5f6f8; --card: #fff; --text: #1b2230; --muted: #596273; --line: #dbe0e6;
  --accent: #2b59c3; --on-accent: #fff;
  --warn-bg: #fff4cc; --warn-line: #d99a00; --warn-text: #4d3900; --bad: #b42318;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #13161b; --card: #1c2027; --text: #e5e8ec; --muted: #9ba4b0; --line: #313843;
    --accent: #86a8ff; --on-accent: #0b1220;
    --warn-bg: #3a2f0d; --warn-line: #c99700; --warn-text: #f7e19a; --bad: #ff8f85;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1rem 4rem; }
.banner { background: var(--warn-bg); color: var(--warn-text); border: 2px solid var(--warn-line);
  border-radius: 8px; padding: 1rem 1.25rem; margin-bottom: 1.75rem; }
.banner strong { display: block; font-size: 1.4rem; line-height: 1.25; margin-bottom: .25rem; }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.1rem; margin: 0 0 .75rem; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 8px;
  padding: 1.25rem; margin-bottom: 1.5rem; }
.people { list-style: none; margin: 0; padding: 0; }
.people li { display: flex; align-items: center; justify-content: space-between; gap: 1rem;
  padding: .7rem 0; border-top: 1px solid var(--line); }
.people li:first-child { border-top: 0; padding-top: 0; }
.people li:last-child { padding-bottom: 0; }
.who { min-width: 0; overflow-wrap: anywhere; }
.who span { display: block; color: var(--muted); font-size: .9rem; }
label { display: block; font-weight: 600; margin: .8rem 0 .25rem; }
input, select { font: inherit; width: 100%; padding: .45rem .6rem; color: var(--text);
  background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; }
button { font: inherit; font-weight: 600; cursor: pointer; white-space: nowrap;
  color: var(--on-accent); background: var(--accent); border: 0; border-radius: 6px; padding: .45rem .95rem; }
button:hover { filter: brightness(1.1); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.actions { margin: 1.25rem 0 0; }
.problem { color: var(--bad); border: 1px solid var(--bad); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1.5rem; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
code { overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<div class="banner" role="note">
<strong>Development sign-in — not for production</strong>
This is Debrief's built-in development identity provider. Anyone who can reach it can sign in as anyone.
Configure a real OpenID Connect issuer before this runs anywhere that matters.
</div>
{{end}}

{{define "foot"}}
</main>
</body>
</html>
{{end}}

{{define "hidden"}}{{range .}}<input type="hidden" name="{{.Name}}" value="{{.Value}}">
{{end}}{{end}}

{{define "signin"}}{{template "head" "Sign in"}}
<h1>Sign in to <code>{{.ClientID}}</code></h1>
{{with .Problem}}<p class="problem" role="alert">{{.}}</p>{{end}}

<section aria-labelledby="people-heading">
<h2 id="people-heading">Sign in as someone</h2>
{{if .People}}
<form method="post" action="{{.AuthorizePath}}">
{{template "hidden" .Hidden}}
<ul class="people">
{{range .People}}<li>
<div class="who">{{.Name}}<span>{{label .Department}} · {{label .Role}}{{with .Email}} · {{.}}{{end}}</span></div>
<button type="submit" name="subject" value="{{.Subject}}">Sign in as<span class="visually-hidden"> {{.Name}}</span></button>
</li>
{{end}}</ul>
</form>
{{else}}
<p class="muted">Nobody yet. Create the first person below.</p>
{{end}}
</section>

<section aria-labelledby="create-heading">
<h2 id="create-heading">Create a person</h2>
<form method="post" action="{{.AuthorizePath}}">
{{template "hidden" .Hidden}}
<input type="hidden" name="action" value="create">
<label for="name">Name</label>
<input id="name" name="name" required maxlength="200" autocomplete="off" value="{{.Draft.Name}}">
<label for="email">Email</label>
<input id="email" name="email" type="email" required maxlength="320" autocomplete="off" value="{{.Draft.Email}}">
<div class="pair">
<div>
<label for="department">Department</label>
<select id="department" name="department">
{{range .Departments}}<option value="{{.}}"{{if eq . $.Draft.Department}} selected{{end}}>{{label .}}</option>
{{end}}</select>
</div>
<div>
<label for="role">Role</label>
<select id="role" name="role">
{{range .Roles}}<option value="{{.}}"{{if eq . $.Draft.Role}} selected{{end}}>{{label .}}</option>
{{end}}</select>
</div>
</div>
<p class="actions"><button type="submit">Create and sign in</button></p>
</form>
</section>

<p class="muted">After signing in you return to <code>{{.RedirectURI}}</code>.</p>
{{template "foot"}}{{end}}

{{define "error"}}{{template "head" .Title}}
<section>
<h1>{{.Title}}</h1>
<p>{{.Message}}</p>
<p class="muted">Nothing was sent back to the application. Start signing in again from Debrief.</p>
</section>
{{template "foot"}}{{end}}
`
