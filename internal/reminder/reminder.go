// Package reminder fills people's in-app inboxes: a notification when
// someone mentions them, assigns them an action or a question (written in
// the transaction of that change), and — from a periodic scan — when an
// action they own is due soon or overdue, or a review they facilitate is
// past its due date. The scan is idempotent across instances: each
// reminder has a key, and a key is written once.
package reminder

import (
	"context"
	"log/slog"
	"time"

	"github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/internal/followup"
)

// Service writes notifications.
type Service struct {
	client *ent.Client
	rules  followup.Rules
	logger *slog.Logger
}

// New returns the reminder service over client.
func New(client *ent.Client, rules followup.Rules, logger *slog.Logger) *Service {
	return &Service{client: client, rules: rules, logger: logger}
}

// Hook writes notifications for mentions and assignments; register it with
// client.Use.
func (s *Service) Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !m.Op().Is(ent.OpCreate | ent.OpUpdateOne) {
				return next.Mutate(ctx, m)
			}
			switch m := m.(type) {
			case *ent.CommentMutation:
				return onComment(ctx, next, m)
			case *ent.ActionItemMutation:
				return onAction(ctx, next, m)
			case *ent.QuestionMutation:
				return onQuestion(ctx, next, m)
			}
			return next.Mutate(ctx, m)
		})
	}
}

// Run scans for due reminders every rules.ScanEvery until ctx ends; a
// ScanEvery that is not positive (the configuration refuses those) turns
// the scan off.
func (s *Service) Run(ctx context.Context) {
	every := s.rules.ScanEvery
	if every <= 0 {
		// Scanning is off (tests that call Scan themselves, so that no
		// background statement lands in what they measure).
		<-ctx.Done()
		return
	}
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		s.scanLogged(ctx)
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

// scanLogged runs one scan for Run: a failure is logged and the next scan
// tries again; a panic must not take the server down with it.
func (s *Service) scanLogged(ctx context.Context) {
	defer func() {
		if p := recover(); p != nil {
			s.logger.WarnContext(ctx, "reminder: scan panicked", "panic", p)
		}
	}()
	n, err := s.Scan(ctx, time.Now())
	switch {
	case err != nil && ctx.Err() == nil:
		s.logger.WarnContext(ctx, "reminder: scan failed", "err", err)
	case n > 0:
		s.logger.InfoContext(ctx, "reminder: notifications written", "count", n)
	}
}
