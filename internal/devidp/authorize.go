package devidp

import (
	"net/http"
	"net/url"
)

// maxFormBytes bounds a POST body; the sign-in forms are a few hundred bytes.
const maxFormBytes = 64 << 10

// serveAuthorize is the authorization endpoint. A GET (or, as OIDC Core
// §3.1.2.1 also allows, a POST of the same parameters) shows the sign-in page;
// a POST from that page's forms signs someone in and redirects with a code.
func (p *Provider) serveAuthorize(w http.ResponseWriter, r *http.Request) {
	values := r.URL.Query()
	if r.Method == http.MethodPost {
		r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
		if err := r.ParseForm(); err != nil {
			renderErrorPage(w, http.StatusBadRequest, "Unreadable request", "The form could not be read.")
			return
		}
		// Only the body counts: the page's forms carry every parameter,
		// and mixing in the query would let one override the other.
		values = r.PostForm
	}

	if problem := p.untrustedClientProblem(values); problem != "" {
		renderErrorPage(w, http.StatusBadRequest, "This sign-in request is not valid", problem)
		return
	}
	req := readAuthorizationRequest(values)
	// Re-checked on every POST too: the hidden fields come back from the
	// browser and could have been edited.
	if e := requestProblem(req, values); e != nil {
		redirectError(w, r, req, e, redirectStatus(r))
		return
	}

	switch {
	case r.Method == http.MethodPost && values.Has("subject"):
		p.signInExisting(w, r, req, values.Get("subject"))
	case r.Method == http.MethodPost && values.Get("action") == "create":
		p.createAndSignIn(w, r, req, values)
	default:
		p.showSignInPage(w, r, req, http.StatusOK, "", Person{})
	}
}

// redirectStatus is 303 after a POST, so the browser follows with a GET, and
// 302 after a GET, as RFC 6749 examples do.
func redirectStatus(r *http.Request) int {
	if r.Method == http.MethodPost {
		return http.StatusSeeOther
	}
	return http.StatusFound
}

func (p *Provider) showSignInPage(w http.ResponseWriter, r *http.Request, req authorizationRequest, status int, problem string, draft Person) {
	people, err := p.directory.People(r.Context())
	if err != nil {
		renderErrorPage(w, http.StatusInternalServerError, "Could not list people", "The directory said: "+err.Error())
		return
	}
	if draft.Role == "" {
		draft.Role = "MEMBER" // the least surprising default, as in Debrief's schema
	}
	renderSignInPage(w, status, signInPageData{
		ClientID:      req.ClientID,
		RedirectURI:   req.RedirectURI,
		AuthorizePath: p.basePath + authorizePath,
		Hidden:        req.hiddenFields(),
		People:        sortedByName(people),
		Departments:   departments,
		Roles:         roles,
		Problem:       problem,
		Draft:         draft,
	})
}

func (p *Provider) signInExisting(w http.ResponseWriter, r *http.Request, req authorizationRequest, subject string) {
	people, err := p.directory.People(r.Context())
	if err != nil {
		renderErrorPage(w, http.StatusInternalServerError, "Could not list people", "The directory said: "+err.Error())
		return
	}
	person, ok := findPerson(people, subject)
	if !ok || subject == "" {
		p.showSignInPage(w, r, req, http.StatusBadRequest,
			"That person no longer exists. Pick someone else or create them again.", Person{})
		return
	}
	p.completeSignIn(w, r, req, person)
}

func (p *Provider) createAndSignIn(w http.ResponseWriter, r *http.Request, req authorizationRequest, values url.Values) {
	draft, problem := newPersonFromForm(values.Get("name"), values.Get("email"), values.Get("department"), values.Get("role"))
	if problem != "" {
		p.showSignInPage(w, r, req, http.StatusBadRequest, problem, draft)
		return
	}
	person, err := p.directory.AddPerson(r.Context(), draft)
	if err != nil {
		// Most likely a rule of the directory (a duplicate, a too-long
		// name): say what it said, and keep what was typed.
		p.showSignInPage(w, r, req, http.StatusBadRequest, "Could not add this person: "+err.Error(), draft)
		return
	}
	if person.Subject == "" {
		renderErrorPage(w, http.StatusInternalServerError, "Could not add this person",
			"The directory added the person but gave them no subject.")
		return
	}
	p.completeSignIn(w, r, req, person)
}

// completeSignIn issues a single-use code for person and sends the browser
// back to the client with it.
func (p *Provider) completeSignIn(w http.ResponseWriter, r *http.Request, req authorizationRequest, person Person) {
	code, err := p.codes.issue(p.now(), authorizationGrant{
		ClientID:      req.ClientID,
		RedirectURI:   req.RedirectURI,
		CodeChallenge: req.CodeChallenge,
		Nonce:         req.Nonce,
		Scope:         req.Scope,
		Person:        person,
		ExpiresAt:     p.now().Add(codeLifetime),
	})
	if err != nil {
		redirectError(w, r, req, &oauthError{errServerError, "could not issue an authorization code"}, http.StatusSeeOther)
		return
	}
	redirectWithParams(w, r, req.RedirectURI, url.Values{
		"code":  {code},
		"state": {req.State},
	}, http.StatusSeeOther)
}
