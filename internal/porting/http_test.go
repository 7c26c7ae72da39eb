package porting_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"testing"

	"github.com/debrief/debrief/ent/schema/enum"
	"github.com/debrief/debrief/internal/auth"
	"github.com/debrief/debrief/internal/harness"
	"github.com/debrief/debrief/internal/porting"
)

type line struct {
	porting.Progress
	Result *porting.Result `json:"result"`
}

func postImport(t *testing.T, e *harness.Env, token, query, contentType string, body []byte) (*http.Response, []line) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.Server.URL+porting.ImportPath+query, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := e.Server.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, res.Body)
		return res, nil
	}
	var lines []line
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		var l line
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("not an NDJSON line: %s", sc.Text())
		}
		lines = append(lines, l)
	}
	return res, lines
}

func TestImportEndpoint(t *testing.T) {
	e := harness.New(t, harness.SQLite)
	analyst := e.As(enum.RoleAnalyst)

	res, lines := postImport(t, e, analyst.Token, "?name=incidents.csv", "text/csv", readTestdata(t, "incidents.csv"))
	if ct := res.Header.Get("Content-Type"); ct != "application/x-ndjson" {
		t.Fatalf("content type %q", ct)
	}
	if len(lines) < 2 {
		t.Fatalf("lines %+v", lines)
	}
	if p := lines[0].Progress; p.File != "incidents.csv" || p.Done != 1 || p.Total != 3 {
		t.Errorf("first progress line %+v", p)
	}
	if p := lines[len(lines)-2].Progress; p.Done != 3 || p.Total != 3 {
		t.Errorf("last progress line %+v", p)
	}
	if r := lines[len(lines)-1].Result; r == nil || r.Created != 3 || r.Skipped != 0 || len(r.Errors) != 0 {
		t.Errorf("result %+v", r)
	}

	// Several files in one form; a bad one is reported and the others are
	// still imported (each file is its own transaction).
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	for _, name := range []string{"statuspage.json", "bad_date.csv", "postmortem.md", "incidents.csv"} {
		fw, _ := mw.CreateFormFile("file", name)
		_, _ = fw.Write(readTestdata(t, name))
	}
	_ = mw.Close()
	_, lines = postImport(t, e, analyst.Token, "", mw.FormDataContentType(), form.Bytes())
	r := lines[len(lines)-1].Result
	if r == nil || r.Created != 3 || r.Skipped != 3 || len(r.Errors) != 1 || r.Errors[0].File != "bad_date.csv" || r.Errors[0].Position != "line 3 (record 2)" {
		t.Errorf("multipart result %+v", r)
	}

	for _, c := range []struct {
		token  string
		status int
	}{
		{"", http.StatusUnauthorized},
		{e.As(enum.RoleViewer).Token, http.StatusForbidden},
		{e.As(enum.RoleMember).Token, http.StatusForbidden},
	} {
		if res, _ := postImport(t, e, c.token, "?name=x.csv", "text/csv", readTestdata(t, "mapped.csv")); res.StatusCode != c.status {
			t.Errorf("status %d, want %d", res.StatusCode, c.status)
		}
	}
	// A request with a session cookie is held to the same cross-site rules
	// as /graphql: Debrief's origin and the CSRF header.
	browser := e.NewBrowser(t)
	browser.SetCookie("/", &http.Cookie{Name: auth.SessionCookie, Value: "any"})
	for _, adjust := range []func(*http.Request){harness.WithoutCSRFHeader, harness.FromOrigin("https://evil.example")} {
		if p := browser.Post(porting.ImportPath+"?name=x.csv", "text/csv", readTestdata(t, "mapped.csv"), adjust); p.Status != http.StatusForbidden {
			t.Errorf("cross-site upload: status %d", p.Status)
		}
	}
	// An unknown session is nobody.
	if p := browser.Post(porting.ImportPath+"?name=x.csv", "text/csv", readTestdata(t, "mapped.csv")); p.Status != http.StatusUnauthorized {
		t.Errorf("upload with a stale session: status %d", p.Status)
	}

	if n := e.Client.Incident.Query().CountX(e.Ctx); n != 6 {
		t.Errorf("%d incidents, want 6", n)
	}
}
