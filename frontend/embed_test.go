package frontend

import (
	"io/fs"
	"testing"
)

// The committed build must be embedded: a binary without the app would
// start and then answer every page with an error.
func TestDist(t *testing.T) {
	dist, err := Dist()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fs.Stat(dist, "index.html"); err != nil {
		t.Fatal(err)
	}
	assets, err := fs.Glob(dist, "assets/*.js")
	if err != nil || len(assets) == 0 {
		t.Fatalf("no JavaScript under assets/ (err %v): rebuild with `npm run build`", err)
	}
}
