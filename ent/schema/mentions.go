package schema

import (
	"context"
	"regexp"
	"strings"

	"entgo.io/ent"

	gen "github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/hook"
	"github.com/debrief/debrief/ent/predicate"
	"github.com/debrief/debrief/ent/user"
)

// Hooks of Comment.
func (Comment) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(resolveMentions, ent.OpCreate|ent.OpUpdateOne)}
}

// mentionPattern finds @[Full Name] in a comment's body.
var mentionPattern = regexp.MustCompile(`@\[([^\[\]\n]{1,200})\]`)

// maxMentions bounds the names looked up for one comment.
const maxMentions = 50

// mentionedNames returns the distinct names a body mentions, in order of
// first appearance (compared without regard to case).
func mentionedNames(body string) []string {
	var names []string
	seen := map[string]bool{}
	for _, m := range mentionPattern.FindAllStringSubmatch(body, -1) {
		name := strings.Join(strings.Fields(m[1]), " ")
		key := strings.ToLower(name)
		if name == "" || seen[key] {
			continue
		}
		seen[key] = true
		names = append(names, name)
		if len(names) == maxMentions {
			break
		}
	}
	return names
}

// resolveMentions links a comment to the people its body names as
// @[Full Name] — the exact name, in any case — whenever the body is written.
// Names nobody has stay plain text. One query finds them all.
func resolveMentions(next ent.Mutator) ent.Mutator {
	return hook.CommentFunc(func(ctx context.Context, m *gen.CommentMutation) (ent.Value, error) {
		body, set := m.Body()
		if !set {
			return next.Mutate(ctx, m)
		}
		if m.Op().Is(ent.OpUpdateOne) {
			m.ClearMentions()
		}
		names := mentionedNames(body)
		if len(names) == 0 {
			return next.Mutate(ctx, m)
		}
		// The exact spelling matches on every database; the case-insensitive
		// comparison finds the rest (SQLite folds ASCII letters only). The
		// directory is readable by everyone who may write a comment.
		match := []predicate.User{user.NameIn(names...)}
		for _, n := range names {
			match = append(match, user.NameEqualFold(n))
		}
		people, err := m.Client().User.Query().Where(user.Or(match...)).
			Select(user.FieldID, user.FieldName).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, p := range people {
			for _, n := range names {
				if strings.EqualFold(strings.Join(strings.Fields(p.Name), " "), n) {
					m.AddMentionIDs(p.ID)
					break
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}
