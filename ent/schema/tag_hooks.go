package schema

import (
	"context"
	"strings"

	"entgo.io/ent"

	gen "github.com/debrief/debrief/ent"
	"github.com/debrief/debrief/ent/hook"
	"github.com/debrief/debrief/ent/tag"
	"github.com/debrief/debrief/internal/apperr"
)

// Hooks of Tag.
func (Tag) Hooks() []ent.Hook {
	return []ent.Hook{hook.On(distinctTagName, ent.OpCreate|ent.OpUpdateOne)}
}

// distinctTagName keeps one tag per name. Names are stored lower-case (see
// tagPattern), so "DB" is taken as "db"; a name another tag already has is
// refused as bad input that says to merge instead — otherwise the unique
// index would refuse it with a bare "already exists", and a second spelling
// of the same tag would split the insights it groups.
func distinctTagName(next ent.Mutator) ent.Mutator {
	return hook.TagFunc(func(ctx context.Context, m *gen.TagMutation) (ent.Value, error) {
		name, set := m.Name()
		if !set {
			return next.Mutate(ctx, m)
		}
		name = strings.ToLower(strings.TrimSpace(name))
		m.SetName(name)
		taken := m.Client().Tag.Query().Where(tag.Name(name))
		if id, ok := m.ID(); ok {
			taken.Where(tag.IDNEQ(id))
		}
		exists, err := taken.Exist(ctx)
		if err != nil {
			return nil, err
		}
		if exists {
			return nil, apperr.Invalid("name", "a tag named %q already exists: use it, or merge this tag into it", name)
		}
		return next.Mutate(ctx, m)
	})
}
