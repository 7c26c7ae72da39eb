// Package web serves Debrief's single-page web app.
//
// The app routes in the browser, so a deep link such as /incidents/42 must
// load index.html and let the app draw the page. Paths that belong to the
// server (the API, sign-in, health probes) and missing build assets are
// the exception: they get a real 404, so a typo in an API URL or a stale
// asset reference fails loudly instead of answering with HTML.
package web

import (
	"bytes"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// serverPaths are owned by the server, never by the app: an unknown path
// under one of them is a 404, not the app.
var serverPaths = []string{"/graphql", "/api", "/auth", "/healthz", "/readyz"}

// assetsDir holds Vite's output with content hashes in the file names, so
// a name never changes meaning and browsers may keep it forever.
const assetsDir = "/assets"

// Handler serves the built app in assets (the contents of frontend/dist):
// hashed files under /assets/ with a year-long immutable cache, other files
// as they are, and index.html, never cached so a deploy shows at once, for
// every other GET.
func Handler(assets fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean("/" + r.URL.Path)
		if under(p, serverPaths...) {
			http.NotFound(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(p, "/")
		isFile := name != "" && name != "index.html" && regularFile(assets, name)
		switch {
		case under(p, assetsDir) && !isFile:
			http.NotFound(w, r)
		case under(p, assetsDir):
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			http.ServeFileFS(w, r, assets, name)
		case isFile:
			// favicon, robots.txt and the like: unhashed, so revalidate.
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeFileFS(w, r, assets, name)
		default:
			serveIndex(w, r, assets)
		}
	})
}

// serveIndex writes index.html itself: http.ServeFileFS would redirect a
// request for /index.html to /.
func serveIndex(w http.ResponseWriter, r *http.Request, assets fs.FS) {
	body, err := fs.ReadFile(assets, "index.html")
	if err != nil {
		http.Error(w, "the web app is not built", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(body))
}

// under reports whether the cleaned path p is one of prefixes or below one.
func under(p string, prefixes ...string) bool {
	for _, prefix := range prefixes {
		if p == prefix || strings.HasPrefix(p, prefix+"/") {
			return true
		}
	}
	return false
}

func regularFile(fsys fs.FS, name string) bool {
	info, err := fs.Stat(fsys, name)
	return err == nil && info.Mode().IsRegular()
}
