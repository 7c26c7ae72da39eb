package porting

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"sync"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/apperr"
	"github.com/debrief/debrief/internal/viewer"
)

// ImportPath is where the web app uploads files to import.
const ImportPath = "/api/import"

// DefaultMaxUpload is the largest upload the endpoint reads: far above
// /graphql's body limit, since an incident history can be large.
const DefaultMaxUpload = 64 << 20

// Progress is one line of the endpoint's answer while it works.
type Progress struct {
	File  string `json:"file"`
	Done  int    `json:"done"`
	Total int    `json:"total"`
}

// Handler serves POST ImportPath: files as multipart/form-data (any number
// of file parts), or one file as the raw body with ?name= (for detection)
// and optionally ?format= and ?map= (the CSV column mapping). It answers
// with newline-delimited JSON: {"file","done","total"} lines as records are
// stored, then {"result":{"created","skipped","errors":[…]}}. The request
// must carry a signed-in analyst or admin (the authentication middleware
// puts them in its context and applies the same cross-site checks as for
// /graphql); afterImport, when set, runs after files were written.
func Handler(client *ent.Client, logger *slog.Logger, maxBytes int64, afterImport func(*http.Request)) http.Handler {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxUpload
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if _, ok := viewer.FromContext(ctx); !ok {
			writeError(w, http.StatusUnauthorized, apperr.CodeUnauthenticated, "sign in first")
			return
		}
		if err := Authorize(ctx); err != nil {
			writeError(w, http.StatusForbidden, apperr.CodeForbidden, "only analysts and admins may import incidents")
			return
		}
		opts := Options{Format: r.URL.Query().Get("format"), CSVMap: r.URL.Query().Get("map")}
		files, err := readUpload(w, r, maxBytes)
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				writeError(w, http.StatusRequestEntityTooLarge, apperr.CodeLimitExceeded, fmt.Sprintf("the upload is larger than the limit of %d bytes", maxBytes))
				return
			}
			writeError(w, http.StatusBadRequest, apperr.CodeBadUserInput, err.Error())
			return
		}
		w.Header().Set("Content-Type", "application/x-ndjson")
		w.Header().Set("Cache-Control", "no-store")
		// Proxies must pass the lines on as they come.
		w.Header().Set("X-Accel-Buffering", "no")
		w.WriteHeader(http.StatusOK)
		rc := http.NewResponseController(w)
		enc := json.NewEncoder(w)
		var mu sync.Mutex
		send := func(v any) {
			mu.Lock()
			defer mu.Unlock()
			_ = enc.Encode(v)
			_ = rc.Flush()
		}
		var total Result
		for _, f := range files {
			var last time.Time
			o := opts
			o.Progress = func(done, n int) {
				// About ten lines a second are plenty for a progress bar.
				if done < n && time.Since(last) < 100*time.Millisecond {
					return
				}
				last = time.Now()
				send(Progress{File: f.name, Done: done, Total: n})
			}
			res := Import(ctx, client, f.name, f.data, o)
			total.Add(res)
			if len(res.Errors) > 0 {
				logger.InfoContext(ctx, "import refused", "file", f.name, "problem", res.Errors[0].String())
			}
		}
		if total.Errors == nil {
			total.Errors = []Problem{}
		}
		if total.Created > 0 && afterImport != nil {
			afterImport(r)
		}
		send(map[string]Result{"result": total})
	})
}

type upload struct {
	name string
	data []byte
}

func readUpload(w http.ResponseWriter, r *http.Request, maxBytes int64) ([]upload, error) {
	body := http.MaxBytesReader(w, r.Body, maxBytes)
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mediaType != "multipart/form-data" {
		data, err := io.ReadAll(body)
		if err != nil {
			return nil, err
		}
		if len(data) == 0 {
			return nil, errors.New("the request has no file: send it as the body or as multipart/form-data")
		}
		return []upload{{name: orDefault(r.URL.Query().Get("name"), "upload"), data: data}}, nil
	}
	r.Body = body
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, err
	}
	var files []upload
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if part.FileName() == "" {
			continue
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return nil, err
		}
		files = append(files, upload{name: part.FileName(), data: data})
	}
	if len(files) == 0 {
		return nil, errors.New("the form has no file parts")
	}
	return files, nil
}

// writeError answers in the shape of the API's other errors.
func writeError(w http.ResponseWriter, status int, code, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": code}}},
	})
}
