import { useEffect, useMemo } from 'react';
import { Alert, Badge, Checkbox, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from 'urql';

import { graphql } from '../gql';
import type { ActionDraft, FollowUpRulesQuery } from '../gql/graphql';
import { label, priorityLabel } from '../lib/format';
import { warningLabel } from '../lib/followup';

const followUpRulesQuery = graphql(`
  query FollowUpRules {
    followUpRules {
      maxDueDays
      dueSoonDays
      staleDays
      tooBig {
        size
        priority
      }
      tooSmall {
        size
        priority
      }
    }
  }
`);

const actionWarningsQuery = graphql(`
  query ActionWarnings($draft: ActionDraft!) {
    actionWarnings(draft: $draft) {
      kind
      message
    }
  }
`);

type Rules = FollowUpRulesQuery['followUpRules'];
type SizePriority = Rules['tooBig'][number];

/** combos puts size/priority rules in words: "XL", "L at low priority". */
function combos(list: readonly SizePriority[]): string {
  if (list.length === 0) return 'nothing';
  return list.map((c) => (c.priority ? `${c.size} at ${label(priorityLabel, c.priority).toLowerCase()} priority` : `${c.size} (any priority)`)).join(', ');
}

/** useFollowUpRules reads the thresholds the server warns with. */
export function useFollowUpRules(): Rules | undefined {
  const [result] = useQuery({ query: followUpRulesQuery });
  return result.data?.followUpRules;
}

/** RulesText states the thresholds, so the warnings are not a surprise. */
export function RulesText({ rules }: { rules: Rules | undefined }) {
  if (!rules) return null;
  return (
    <Text size="xs" c="dimmed">
      Actions get done when someone owns them, they are due within {rules.maxDueDays} days, and they are neither too big ({combos(rules.tooBig)}) nor
      too small ({combos(rules.tooSmall)}) to finish.
    </Text>
  );
}

export interface GoldilocksProps {
  draft: ActionDraft;
  /** The warnings accepted on purpose (ActionWarningKind values). */
  accepted: string[];
  onAcceptedChange: (accepted: string[]) => void;
  reason: string;
  onReasonChange: (reason: string) => void;
  reasonError?: string;
  /**
   * Kinds the saved action already accepted: kept even when the draft no
   * longer shows them (a draft measures "due too far" from today, a saved
   * action from its creation).
   */
  keep?: readonly string[];
}

/**
 * Goldilocks asks the server, as the action is being written, which
 * warnings it would get (not too big, not too small, owned, due soon
 * enough), shows the thresholds, and lets each warning be accepted on
 * purpose with a reason.
 */
export function Goldilocks({ draft, accepted, onAcceptedChange, reason, onReasonChange, reasonError, keep = [] }: GoldilocksProps) {
  const rules = useFollowUpRules();
  const [debounced] = useDebouncedValue(draft, 250);
  const variables = useMemo(() => ({ draft: debounced }), [JSON.stringify(debounced)]);
  const [result] = useQuery({ query: actionWarningsQuery, variables, requestPolicy: 'cache-first' });
  const warnings = result.data?.actionWarnings;

  // A warning accepted here that no longer applies is no longer accepted.
  useEffect(() => {
    if (!warnings || result.stale || result.fetching) return;
    const kinds = warnings.map((w) => w.kind as string);
    const kept = accepted.filter((k) => kinds.includes(k) || keep.includes(k));
    if (kept.length !== accepted.length) onAcceptedChange(kept);
  }, [warnings, result.stale, result.fetching]);

  const toggle = (kind: string, on: boolean) => onAcceptedChange(on ? [...new Set([...accepted, kind])] : accepted.filter((k) => k !== kind));
  const open = (warnings ?? []).filter((w) => !accepted.includes(w.kind));

  return (
    <Paper withBorder radius="md" p="sm" bg={open.length ? 'orange.0' : 'green.0'} component="section" aria-labelledby="goldilocks-heading">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5" id="goldilocks-heading">
            Will this action get done?
          </Title>
          {warnings ? (
            <Badge color={open.length ? 'orange' : 'green'} variant="light" radius="sm">
              {open.length ? `${open.length} to look at` : 'Looks right'}
            </Badge>
          ) : null}
        </Group>
        <RulesText rules={rules} />
        <div aria-live="polite" data-testid="goldilocks-warnings">
          {result.error ? (
            <Text size="sm" c="red.8">
              Could not check the action: {result.error.graphQLErrors[0]?.message ?? result.error.message}
            </Text>
          ) : warnings && warnings.length === 0 ? (
            <Text size="sm" c="green.9">
              It has an owner, a due date soon enough, and a sensible size.
            </Text>
          ) : (
            <Stack gap={6}>
              {(warnings ?? []).map((w) => (
                <Alert
                  key={w.kind}
                  color={accepted.includes(w.kind) ? 'gray' : 'orange'}
                  variant="light"
                  p="xs"
                  title={label(warningLabel, w.kind)}
                  role="note"
                  data-testid="goldilocks-warning"
                  data-kind={w.kind}
                >
                  <Stack gap={4}>
                    <Text size="sm">{w.message}</Text>
                    <Checkbox
                      size="xs"
                      label={`Accept "${label(warningLabel, w.kind)}" on purpose`}
                      checked={accepted.includes(w.kind)}
                      onChange={(e) => toggle(w.kind, e.currentTarget.checked)}
                    />
                  </Stack>
                </Alert>
              ))}
            </Stack>
          )}
        </div>
        {keep.some((k) => accepted.includes(k) && !(warnings ?? []).some((w) => w.kind === k)) ? (
          <Text size="xs" c="dimmed">
            Accepted before: {accepted.filter((k) => keep.includes(k) && !(warnings ?? []).some((w) => w.kind === k)).map((k) => label(warningLabel, k)).join(', ')}.
          </Text>
        ) : null}
        {accepted.length > 0 ? (
          <Textarea
            label="Why are the accepted warnings fine for this action?"
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => onReasonChange(e.currentTarget.value)}
            error={reasonError}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}
