package harness

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// Subscription is a GraphQL subscription over WebSocket (graphql-ws
// protocol, "graphql-transport-ws"), as the web app opens one.
type Subscription struct {
	conn *websocket.Conn
	// Next delivers each result's data, closed when the subscription ends.
	Next <-chan json.RawMessage
	// Err holds the first error the server sent, if any, once Next closes.
	Err error
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// Subscribe opens a subscription as a, authenticating with its token in
// the connection_init payload. It returns once the server has acknowledged
// the connection and accepted the subscription (or refused it).
func (a *API) Subscribe(ctx context.Context, query string, variables map[string]any) (*Subscription, error) {
	url := "ws" + strings.TrimPrefix(a.env.Server.URL, "http") + "/graphql"
	conn, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"},
		HTTPHeader:   http.Header{"Origin": {a.env.Server.URL}},
	})
	if err != nil {
		return nil, fmt.Errorf("dial: %w", err)
	}
	init, _ := json.Marshal(map[string]string{"Authorization": "Bearer " + a.Token})
	if err := wsjson.Write(ctx, conn, wsMessage{Type: "connection_init", Payload: init}); err != nil {
		return nil, err
	}
	var ack wsMessage
	if err := wsjson.Read(ctx, conn, &ack); err != nil || ack.Type != "connection_ack" {
		conn.Close(websocket.StatusNormalClosure, "")
		return nil, fmt.Errorf("no connection_ack (got %+v, %v)", ack, err)
	}
	payload, _ := json.Marshal(map[string]any{"query": query, "variables": variables})
	if err := wsjson.Write(ctx, conn, wsMessage{ID: "1", Type: "subscribe", Payload: payload}); err != nil {
		return nil, err
	}
	next := make(chan json.RawMessage, 16)
	s := &Subscription{conn: conn, Next: next}
	go func() {
		defer close(next)
		for {
			var m wsMessage
			if err := wsjson.Read(context.Background(), conn, &m); err != nil {
				return
			}
			switch m.Type {
			case "next":
				var res struct {
					Data   json.RawMessage `json:"data"`
					Errors []struct {
						Message    string         `json:"message"`
						Extensions map[string]any `json:"extensions"`
					} `json:"errors"`
				}
				_ = json.Unmarshal(m.Payload, &res)
				if len(res.Errors) > 0 {
					s.Err = fmt.Errorf("%s (%v)", res.Errors[0].Message, res.Errors[0].Extensions["code"])
					return
				}
				next <- res.Data
			case "error":
				s.Err = fmt.Errorf("subscription refused: %s", m.Payload)
				return
			case "complete":
				return
			case "ping":
				_ = wsjson.Write(context.Background(), conn, wsMessage{Type: "pong"})
			}
		}
	}()
	a.env.T.Cleanup(s.Close)
	return s, nil
}

// Wait returns the next result, or fails after timeout.
func (s *Subscription) Wait(timeout time.Duration) (json.RawMessage, error) {
	select {
	case data, ok := <-s.Next:
		if !ok {
			if s.Err != nil {
				return nil, s.Err
			}
			return nil, fmt.Errorf("subscription ended")
		}
		return data, nil
	case <-time.After(timeout):
		return nil, fmt.Errorf("nothing arrived within %s", timeout)
	}
}

// Close ends the subscription.
func (s *Subscription) Close() { s.conn.Close(websocket.StatusNormalClosure, "") }
