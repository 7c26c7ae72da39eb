package auth

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/debrief/debrief/internal/devidp"
)

type noPeople struct{}

func (noPeople) People(context.Context) ([]devidp.Person, error) { return nil, nil }
func (noPeople) AddPerson(_ context.Context, p devidp.Person) (devidp.Person, error) {
	return p, nil
}

// startProvider runs a real OIDC provider (the development one) to check
// against.
func startProvider(t *testing.T) string {
	t.Helper()
	srv := httptest.NewUnstartedServer(nil)
	issuer := "http://" + srv.Listener.Addr().String() + "/idp"
	p, err := devidp.New(devidp.Config{Issuer: issuer, ClientID: "debrief", RedirectURIs: []string{"http://localhost:8080/auth/callback"}}, noPeople{})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/idp/", p.Handler())
	srv.Config.Handler = mux
	srv.Start()
	t.Cleanup(srv.Close)
	return issuer
}

func levels(fs []Finding, level string) []string {
	var out []string
	for _, f := range fs {
		if f.Level == level {
			out = append(out, f.Message)
		}
	}
	return out
}

func TestCheckPassesForAGoodConfiguration(t *testing.T) {
	issuer := startProvider(t)
	fs := Check(context.Background(), Config{Issuer: issuer, ClientID: "debrief", ClientSecret: "s", PublicURL: "http://localhost:8080"})
	if Failed(fs) {
		t.Fatalf("failures: %v", levels(fs, "FAIL"))
	}
	if len(levels(fs, "OK")) < 5 {
		t.Errorf("expected the checks to report what is fine: %+v", fs)
	}
}

func TestCheckNamesWhatIsWrong(t *testing.T) {
	issuer := startProvider(t)
	cases := []struct {
		name string
		cfg  Config
		want string
	}{
		{"trailing slash on the issuer", Config{Issuer: issuer + "/", ClientID: "c", PublicURL: "http://localhost:8080"}, "must match exactly"},
		{"unreachable issuer", Config{Issuer: "http://127.0.0.1:1/nothing", ClientID: "c", PublicURL: "http://localhost:8080"}, "cannot read the discovery document"},
		{"redirect path", Config{Issuer: issuer, ClientID: "c", PublicURL: "http://localhost:8080", RedirectURL: "http://localhost:8080/callback"}, "must end in /auth/callback"},
		{"plain http redirect", Config{Issuer: issuer, ClientID: "c", PublicURL: "http://debrief.example.com"}, "must use https"},
		{"no client", Config{Issuer: issuer, PublicURL: "http://localhost:8080"}, "no client ID"},
		{"http issuer off localhost", Config{Issuer: "http://idp.example.com", ClientID: "c"}, "must be an https URL"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fails := levels(Check(context.Background(), tc.cfg), "FAIL")
			if !strings.Contains(strings.Join(fails, "\n"), tc.want) {
				t.Errorf("failures %q do not say %q", fails, tc.want)
			}
		})
	}
	warns := levels(Check(context.Background(), Config{Issuer: issuer, ClientID: "c", PublicURL: "http://localhost:8080", Scopes: []string{"offline_access"}}), "WARN")
	if !strings.Contains(strings.Join(warns, "\n"), "offline_access") {
		t.Errorf("an unoffered scope should be warned about: %q", warns)
	}
}
