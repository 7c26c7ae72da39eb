import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from 'urql';

import { useSession } from '../auth/viewer';
import { Markdown } from '../components/Markdown';
import { graphql } from '../gql';
import { label, plural } from '../lib/format';
import { formErrors, insightStatusLabel, mayAnalyse } from '../lib/followup';
import { canWrite } from '../lib/roles';
import { evidenceHref, eventLabel, jumpToEvidence, perspectiveLabel, questionLabel, type EvidenceKind } from './evidence';
import type { InsightItem } from './insightsQuery';
import { nodes, type Incident } from './query';

const publishInsight = graphql(`
  mutation PublishInsight($id: ID!, $version: Int!) {
    updateInsight(id: $id, version: $version, input: { status: PUBLISHED }) {
      id
      version
      status
    }
  }
`);

/** InsightCard shows one insight: what we learned, what it rests on, and what came of it. */
export function InsightCard({
  insight,
  incident,
  onTurnIntoAction,
  onStale,
}: {
  insight: InsightItem;
  incident: Incident;
  onTurnIntoAction: () => void;
  onStale: () => void;
}) {
  const { viewer } = useSession();
  const [state, run] = useMutation(publishInsight);
  const factors = nodes(insight.factors);
  const publish = async () => {
    const r = await run({ id: insight.id, version: insight.version });
    if (formErrors(r.error).code === 'CONFLICT') onStale();
  };
  const error = formErrors(state.error);
  const actions = insight.actionItems.totalCount;

  return (
    <Paper withBorder radius="md" p="md" id={`insight-${insight.id}`} data-testid="insight" component="article" aria-labelledby={`insight-${insight.id}-statement`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5" id={`insight-${insight.id}-statement`}>
            {insight.statement}
          </Title>
          <Badge color={insight.status === 'PUBLISHED' ? 'green' : 'gray'} variant="light" radius="sm" style={{ flexShrink: 0 }}>
            {label(insightStatusLabel, insight.status)}
          </Badge>
        </Group>
        {insight.detail ? <Markdown>{insight.detail}</Markdown> : null}
        {factors.length ? (
          <Group gap={6} aria-label="Contributing factors">
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              Factors
            </Text>
            {factors.map((f) => (
              <Badge key={f.id} variant="outline" color="grape" radius="sm" tt="none" title={f.category.name}>
                {f.category.name}: {f.description}
              </Badge>
            ))}
          </Group>
        ) : null}
        <EvidenceChips insight={insight} incident={incident} />
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {insight.createdBy ? `By ${insight.createdBy.name} · ` : ''}
            {actions ? `${plural(actions, 'action')} from it` : 'No actions from it yet'}
          </Text>
          <Group gap="xs">
            {insight.status === 'DRAFT' && mayAnalyse(viewer.role) ? (
              <Button size="compact-xs" variant="subtle" onClick={() => void publish()} loading={state.fetching}>
                Publish
              </Button>
            ) : null}
            {canWrite(viewer.role) ? (
              <Button size="compact-sm" variant="light" onClick={onTurnIntoAction} aria-label={`Turn into action: ${insight.statement}`}>
                Turn into action
              </Button>
            ) : null}
          </Group>
        </Group>
        {error.code === 'CONFLICT' ? (
          <Alert color="orange" variant="light" role="alert" p="xs">
            Someone else changed this insight meanwhile; it now shows their version. Try again.
          </Alert>
        ) : error.other ? (
          <Alert color="red" variant="light" role="alert" p="xs">
            {error.other}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** EvidenceChips link to the cited events, perspectives and questions further up the page. */
function EvidenceChips({ insight, incident }: { insight: InsightItem; incident: Incident }) {
  // The board holds what is cited; the insight only names it.
  const events = new Map(nodes(incident.timelineEvents).map((e) => [e.id, e]));
  const perspectives = new Map(nodes(incident.perspectives).map((p) => [p.id, p]));
  const questions = new Map(nodes(incident.questions).map((q) => [q.id, q]));
  const chips: { kind: EvidenceKind; id: string; label: string; text?: string }[] = [
    ...nodes(insight.evidenceEvents).map((e) => {
      const event = events.get(e.id);
      return { kind: 'event' as const, id: e.id, label: event ? eventLabel(event) : 'a timeline event' };
    }),
    ...nodes(insight.evidencePerspectives).map((p) => {
      const perspective = perspectives.get(p.id);
      return { kind: 'perspective' as const, id: p.id, label: perspective ? perspectiveLabel(perspective) : 'a perspective' };
    }),
    ...nodes(insight.evidenceQuestions).map((q) => {
      const question = questions.get(q.id);
      return { kind: 'question' as const, id: q.id, label: question ? questionLabel(question) : 'a question', text: question?.text };
    }),
  ];
  const more =
    insight.evidenceEvents.totalCount +
    insight.evidencePerspectives.totalCount +
    insight.evidenceQuestions.totalCount -
    chips.length;
  if (chips.length === 0) {
    return (
      <Text size="xs" c="orange.8">
        No evidence cited yet.
      </Text>
    );
  }
  const kindWord: Record<EvidenceKind, string> = { event: 'Event', perspective: 'Perspective', question: 'Question' };
  return (
    <Group gap={6} aria-label="Evidence">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        Evidence
      </Text>
      {chips.map((c) => (
        <Badge
          key={`${c.kind}-${c.id}`}
          component="a"
          href={evidenceHref(c.kind)}
          onClick={(e: React.MouseEvent) => {
            e.preventDefault();
            jumpToEvidence(c.kind, c.id, c.text);
          }}
          variant="light"
          color={c.kind === 'event' ? 'indigo' : c.kind === 'perspective' ? 'teal' : 'orange'}
          radius="sm"
          tt="none"
          style={{ cursor: 'pointer', maxWidth: 360 }}
          aria-label={`${kindWord[c.kind]}: ${c.label}`}
        >
          {kindWord[c.kind]}: {c.label}
        </Badge>
      ))}
      {more > 0 ? (
        <Text size="xs" c="dimmed">
          and {more} more
        </Text>
      ) : null}
    </Group>
  );
}
