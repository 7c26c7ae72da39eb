import { useCallback, useState } from 'react';
import { Alert, Button, Group, Loader, Stack } from '@mantine/core';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';

import { graphql } from '../gql';
import { errorText, useBoard } from './board';
import { ConflictMerge, FieldEditor, SaveError, useVersionedSave, type MergeField } from './ConflictMerge';

// The board lists comments without their versions (it never needed them),
// so editing one starts by reading it: its body and version as they are
// now, which is also what a save is checked against.
const commentForEdit = graphql(`
  query CommentForEdit($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Comment {
        version
        body
      }
    }
  }
`);

const updateComment = graphql(`
  mutation UpdateComment($id: ID!, $version: Int!, $input: UpdateCommentInput!) {
    updateComment(id: $id, version: $version, input: $input) {
      id
      version
      body
    }
  }
`);

const deleteComment = graphql(`
  mutation DeleteComment($id: ID!, $version: Int!) {
    deleteComment(id: $id, version: $version)
  }
`);

/**
 * useDeleteComment deletes a comment and refreshes the board. The board
 * lists comments without their versions, so it reads the current one first:
 * the person is deleting the comment they see, which they just confirmed.
 */
export function useDeleteComment(): (commentID: string) => Promise<CombinedError | undefined> {
  const client = useClient();
  const { refetch } = useBoard();
  const [, run] = useMutation(deleteComment);
  return useCallback(
    async (commentID) => {
      const read = await client.query(commentForEdit, { id: commentID }, { requestPolicy: 'network-only' }).toPromise();
      if (read.error) return read.error;
      const node = read.data?.node;
      if (node?.__typename !== 'Comment') {
        await refetch(); // already gone
        return undefined;
      }
      const r = await run({ id: commentID, version: node.version });
      if (!r.error) await refetch();
      return r.error;
    },
    [client, run, refetch],
  );
}

type CommentValues = { body: string };

const commentFields: MergeField[] = [{ key: 'body', label: 'Comment', kind: 'markdown' }];

function CommentEditor({ id, version, body, onDone }: { id: string; version: number; body: string; onDone: () => void }) {
  const { refetch } = useBoard();
  // What the person started from stays put while they type, even if the
  // comment is read again meanwhile: a save is checked against it.
  const [base] = useState<CommentValues>({ body });
  const [baseVersion] = useState(version);
  const [values, setValues] = useState(base);
  const [, run] = useMutation(updateComment);
  const save = useCallback((v: CommentValues, ver: number) => run({ id, version: ver, input: { body: v.body.trim() } }), [run, id]);
  const onSaved = useCallback(async () => {
    await refetch();
    onDone();
  }, [refetch, onDone]);
  const { submit, resolve, discard, merge, error, saving } = useVersionedSave<CommentValues>({ fields: commentFields, save, onSaved });
  return (
    <>
      <form
        aria-label="Edit comment"
        onSubmit={(e) => {
          e.preventDefault();
          if (values.body.trim()) void submit(values, baseVersion, base);
        }}
      >
        <Stack gap={6}>
          <FieldEditor field={commentFields[0]} label="Edit your comment" value={values.body} onChange={(v) => setValues({ body: typeof v === 'string' ? v : '' })} />
          {merge ? null : <SaveError error={error} />}
          <Group gap="xs">
            <Button type="submit" size="xs" loading={saving && !merge} disabled={!values.body.trim()}>
              Save comment
            </Button>
            <Button type="button" size="xs" variant="default" onClick={onDone}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
      <ConflictMerge
        what="comment"
        fields={commentFields}
        state={merge}
        saving={saving}
        error={merge ? error : undefined}
        onResolve={resolve}
        onDiscard={discard}
      />
    </>
  );
}

/** EditComment edits a comment's body in place, merging if someone else saved it meanwhile. */
export function EditComment({ commentID, onDone }: { commentID: string; onDone: () => void }) {
  const [result] = useQuery({ query: commentForEdit, variables: { id: commentID }, requestPolicy: 'network-only' });
  const node = result.data?.node;
  if (result.error) {
    return (
      <Alert color="red" variant="light" role="alert" p="xs" withCloseButton onClose={onDone}>
        {errorText(result.error)}
      </Alert>
    );
  }
  if (!node || node.__typename !== 'Comment') return <Loader size="xs" aria-label="Loading the comment" />;
  return <CommentEditor id={node.id} version={node.version} body={node.body} onDone={onDone} />;
}
