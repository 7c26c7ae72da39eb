// Package frontend holds Debrief's web app: the React sources under src/ and
// the production build under dist/, which is committed so that a plain
// `go build` yields a complete binary without Node installed.
package frontend

import (
	"embed"
	"errors"
	"io/fs"
)

// dist is embedded with the "all:" prefix so the build compiles even when
// dist/ holds only dotfiles; Dist checks for index.html instead.
//
//go:embed all:dist
var dist embed.FS

// Dist returns the built web app, rooted at dist/. It fails when the build
// is missing (run `npm --prefix frontend run build`), so a server never
// starts serving an app that is not there.
func Dist() (fs.FS, error) {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(sub, "index.html"); err != nil {
		return nil, errors.New("frontend/dist/index.html is missing: build the web app with `npm --prefix frontend ci && npm --prefix frontend run build`")
	}
	return sub, nil
}
