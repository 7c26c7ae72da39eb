import { useRef, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from 'urql';

import { useSession } from '../auth/viewer';
import { Markdown } from '../components/Markdown';
import { graphql } from '../gql';
import { mayEdit } from '../lib/conflict';
import { formatDateTime } from '../lib/format';
import { errorText, useBoard } from './board';
import { useCanWrite } from './EditAccess';
import { DeleteAction } from './DeleteAction';
import { EditComment, useDeleteComment } from './EditComment';
import { useFresh } from './live';
import { nodes, type Incident, type IncidentComment } from './query';
import { Empty, MorePages, Section } from './Section';

const createComment = graphql(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      id
    }
  }
`);

const mentionUsers = graphql(`
  query MentionUsers($q: String!) {
    users(first: 20, where: { nameContainsFold: $q }) {
      edges {
        node {
          id
          name
          department
        }
      }
    }
  }
`);

/** What a comment is about: the incident itself, or one of its board items. */
export type CommentTarget = { timelineEventID?: string; perspectiveID?: string; questionID?: string };

function matches(c: IncidentComment, t: CommentTarget): boolean {
  return (
    !c.parentID &&
    (c.timelineEventID ?? undefined) === t.timelineEventID &&
    (c.perspectiveID ?? undefined) === t.perspectiveID &&
    (c.questionID ?? undefined) === t.questionID
  );
}

/** Mentions (@[Full Name]) show in bold. */
function withMentions(body: string): string {
  return body.replace(/@\[([^\]\n]{1,100})\]/g, (_, name: string) => `**@${name.replace(/([*_`[\]\\])/g, '\\$1')}**`);
}

/** The partial @mention the caret is in, if any: "@Gra" or "@[Grace O". */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|\s)@(\[?)([^\]\n@]{0,40})$/.exec(before);
  if (!m) return null;
  const query = m[3];
  if (!m[2] && /\s/.test(query)) return null;
  return { start: caret - query.length - m[2].length - 1, query };
}

/** CommentForm writes a comment or a reply, with @ autocomplete for mentions. */
export function CommentForm({
  target,
  parentID,
  placeholder = 'Write a comment… (Markdown; type @ to mention someone)',
  onDone,
  submitLabel = 'Comment',
}: {
  target: CommentTarget;
  parentID?: string;
  placeholder?: string;
  onDone?: () => void;
  submitLabel?: string;
}) {
  const { incident, refetch } = useBoard();
  const [body, setBody] = useState('');
  const [caret, setCaret] = useState(0);
  const ref = useRef<HTMLTextAreaElement>(null);
  const [state, run] = useMutation(createComment);
  const mention = mentionAt(body, caret);
  const [users] = useQuery({ query: mentionUsers, variables: { q: mention?.query ?? '' }, pause: !mention || mention.query.length < 1 });
  const suggestions = mention && mention.query.length >= 1 ? nodes(users.data?.users) : [];

  const pick = (name: string) => {
    if (!mention) return;
    const insert = `@[${name}] `;
    const next = body.slice(0, mention.start) + insert + body.slice(caret);
    setBody(next);
    const pos = mention.start + insert.length;
    setCaret(pos);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(pos, pos);
    });
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    const r = await run({ input: { incidentID: incident.id, body: body.trim(), parentID, ...target } });
    if (!r.error) {
      setBody('');
      setCaret(0);
      await refetch();
      onDone?.();
    }
  };

  return (
    <form onSubmit={submit} aria-label={parentID ? 'Reply' : 'New comment'}>
      <Stack gap={6}>
        <Textarea
          ref={ref}
          aria-label={parentID ? 'Your reply' : 'Your comment'}
          placeholder={placeholder}
          autosize
          minRows={2}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setCaret(e.currentTarget.selectionStart ?? e.currentTarget.value.length);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
        />
        {suggestions.length > 0 ? (
          <Paper withBorder radius="sm" p={4} role="listbox" aria-label="People to mention">
            {suggestions.slice(0, 8).map((u) => (
              <Button
                key={u.id}
                variant="subtle"
                size="compact-sm"
                role="option"
                aria-selected={false}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(u.name)}
              >
                {u.name}
              </Button>
            ))}
          </Paper>
        ) : null}
        {state.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(state.error)}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={state.fetching} disabled={!body.trim()}>
            {submitLabel}
          </Button>
          {onDone ? (
            <Button type="button" size="xs" variant="default" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

function CommentBody({
  c,
  hasReplies = false,
}: {
  c: { id: string; body: string; createdAt: string; createdBy?: { id: string; name: string } | null };
  hasReplies?: boolean;
}) {
  const fresh = useFresh();
  const { viewer } = useSession();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteComment();
  return (
    <div className={fresh.has(c.id) ? 'comment is-fresh' : 'comment'} data-testid="comment" data-comment-id={c.id}>
      <Text size="xs" c="dimmed">
        <Text span fw={600} c="dark.6" size="xs">
          {c.createdBy?.name ?? 'Someone'}
        </Text>{' '}
        · {formatDateTime(c.createdAt)}
        {mayEdit(viewer.role, viewer.id, c.createdBy?.id) && !editing ? (
          <>
            {' · '}
            <Anchor component="button" type="button" size="xs" onClick={() => setEditing(true)}>
              Edit comment
            </Anchor>
            {/* A comment with replies stays (the server refuses): its replies would answer nothing. */}
            {hasReplies ? null : (
              <>
                {' · '}
                <DeleteAction label="Delete comment" question="Delete this comment for everyone?" onDelete={() => remove(c.id)} />
              </>
            )}
          </>
        ) : null}
      </Text>
      {editing ? (
        <EditComment commentID={c.id} onDone={() => setEditing(false)} />
      ) : (
        <div data-testid="comment-body">
          <Markdown>{withMentions(c.body)}</Markdown>
        </div>
      )}
    </div>
  );
}

/** CommentThread lists the comments on target, each with its replies (one level), and, for writers, a form. */
export function CommentThread({ target }: { target: CommentTarget }) {
  const { incident } = useBoard();
  const canWrite = useCanWrite();
  const all = nodes(incident.comments);
  const comments = all.filter((c) => matches(c, target));
  const repliesTo = (id: string) => all.filter((r) => r.parentID === id);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      {comments.map((c) => (
        <Paper key={c.id} withBorder radius="md" p="sm">
          <CommentBody c={c} hasReplies={repliesTo(c.id).length > 0} />
          {repliesTo(c.id).length > 0 ? (
            <Stack gap={6} mt="xs" ml="lg" className="comment-replies">
              {repliesTo(c.id).map((r) => (
                <CommentBody key={r.id} c={r} />
              ))}
            </Stack>
          ) : null}
          {!canWrite ? null : replyTo === c.id ? (
            <div className="comment-replies">
              <CommentForm target={target} parentID={c.id} placeholder="Write a reply…" submitLabel="Reply" onDone={() => setReplyTo(null)} />
            </div>
          ) : (
            <Anchor component="button" type="button" size="xs" mt={4} onClick={() => setReplyTo(c.id)}>
              Reply
            </Anchor>
          )}
        </Paper>
      ))}
      {canWrite ? <CommentForm target={target} /> : null}
    </Stack>
  );
}

/**
 * CommentToggle is a small "Comment" link under a board item that opens its
 * thread; viewers, who cannot comment, only see it when there is something to read.
 */
export function CommentToggle({ target }: { target: CommentTarget }) {
  const { incident } = useBoard();
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  const count = nodes(incident.comments).filter((c) => matches(c, target)).length;
  if (!canWrite && count === 0) return null;
  return (
    <div className="comment-toggle">
      <Anchor component="button" type="button" size="xs" onClick={() => setOpen(!open)} aria-expanded={open}>
        {open ? 'Hide comments' : count ? `Comments (${count})` : 'Comment'}
      </Anchor>
      {open ? (
        <div className="comment-thread-inline">
          <CommentThread target={target} />
        </div>
      ) : null}
    </div>
  );
}

/** CommentsSection is the discussion about the incident as a whole. */
export function CommentsSection({ incident }: { incident: Incident }) {
  const { paging } = useBoard();
  const all = nodes(incident.comments);
  const general = all.filter((c) => matches(c, {}));
  return (
    <Section id="comments" title="Discussion" description="Comments on the incident. Mention someone with @ to bring them in.">
      <Stack gap="sm">
        {general.length === 0 ? <Empty>No comments yet.</Empty> : null}
        <CommentThread target={{}} />
      </Stack>
      <MorePages paging={paging?.comments} shown={all.length} total={incident.comments.totalCount} what="comments" />
    </Section>
  );
}
