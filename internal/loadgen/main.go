// Command loadgen sends the web app's incident-list query to a running
// Debrief server from several workers for a fixed time and reports the
// throughput and latency percentiles. It only talks to the URL it is
// given; point it at your own server (loopback), never at someone else's.
//
//	go run ./internal/loadgen -url http://127.0.0.1:8080 -token dbf_… -workers 8 -duration 20s
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"
)

const listQuery = `query($n: Int!) {
  incidents(first: $n, orderBy: {field: STARTED_AT, direction: DESC}) {
    totalCount
    edges { node {
      id title severity status startedAt
      services(first: 10) { edges { node { name } } }
      actionItems(first: 0) { totalCount }
      questions(first: 0, where: {status: OPEN}) { totalCount }
    } }
  }
}`

func main() {
	url := flag.String("url", "http://127.0.0.1:8080", "Debrief's base URL")
	token := flag.String("token", os.Getenv("DEBRIEF_TOKEN"), "API token (read scope is enough); env DEBRIEF_TOKEN")
	workers := flag.Int("workers", 8, "concurrent clients")
	duration := flag.Duration("duration", 15*time.Second, "how long to send requests")
	page := flag.Int("page", 20, "incidents per request")
	flag.Parse()
	if *token == "" {
		fmt.Fprintln(os.Stderr, "loadgen: an API token is required (-token or DEBRIEF_TOKEN)")
		os.Exit(2)
	}
	body, _ := json.Marshal(map[string]any{"query": listQuery, "variables": map[string]any{"n": *page}})

	ctx, cancel := context.WithTimeout(context.Background(), *duration)
	defer cancel()
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: *workers}}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  int
		wg        sync.WaitGroup
	)
	start := time.Now()
	for range *workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				t0 := time.Now()
				ok := send(ctx, client, *url+"/graphql", *token, body)
				d := time.Since(t0)
				mu.Lock()
				if ok {
					latencies = append(latencies, d)
				} else if ctx.Err() == nil {
					failures++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if len(latencies) == 0 {
		fmt.Fprintf(os.Stderr, "loadgen: no request succeeded (%d failures)\n", failures)
		os.Exit(1)
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[int(float64(len(latencies)-1)*p)] }
	fmt.Printf("requests %d in %s (%.0f/s), failures %d, workers %d, page %d\n",
		len(latencies), elapsed.Round(time.Millisecond), float64(len(latencies))/elapsed.Seconds(), failures, *workers, *page)
	fmt.Printf("latency p50 %s  p95 %s  p99 %s  max %s\n",
		pct(0.50).Round(time.Microsecond*100), pct(0.95).Round(time.Microsecond*100), pct(0.99).Round(time.Microsecond*100), latencies[len(latencies)-1].Round(time.Microsecond*100))
}

// send posts one query and reports whether it succeeded without errors.
func send(ctx context.Context, client *http.Client, url, token string, body []byte) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return false
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := client.Do(req)
	if err != nil {
		return false
	}
	defer res.Body.Close()
	var out struct {
		Errors []json.RawMessage `json:"errors"`
	}
	raw, _ := io.ReadAll(res.Body)
	return res.StatusCode == http.StatusOK && json.Unmarshal(raw, &out) == nil && len(out.Errors) == 0
}
