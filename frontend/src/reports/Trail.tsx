import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { ActionStatusBadge } from '../actions/ActionStatusBadge';
import { DueDate } from '../actions/DueDate';
import { label } from '../lib/format';
import { insightStatusLabel } from '../lib/followup';
import { evidenceKindLabel } from './labels';
import type { TrailEntry } from './query';

const incidentPath = (id: string, anchor?: string) => `/incidents/${encodeURIComponent(id)}${anchor ? `#${anchor}` : ''}`;

/**
 * Trail shows what the report rests on, read live: incident → evidence →
 * insight → action, each a link into the incident's board, the actions
 * with their owner, due date and status as they are now.
 */
export function Trail({ trail }: { trail: TrailEntry[] }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="trail-heading" className="report-trail" data-testid="report-trail">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="trail-heading">
            The trail
          </Title>
          <Text size="xs" c="dimmed">
            Incident → evidence → insight → action. Owners, due dates and statuses are as they are now, not as when the report was written.
          </Text>
        </div>
        {trail.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic">
            No trail: this report quotes no insights, or is written for readers outside the company.
          </Text>
        ) : (
          <ol className="trail-list">
            {trail.map((t) => (
              <li key={t.insight.id} className="trail-entry" data-testid="trail-entry">
                <Stack gap={6}>
                  <Anchor component={Link} to={incidentPath(t.incident.id)} size="xs" c="dimmed">
                    {t.incident.title}
                  </Anchor>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Anchor component={Link} to={incidentPath(t.incident.id, `insight-${t.insight.id}`)} fw={600} size="sm">
                      {t.insight.statement}
                    </Anchor>
                    {t.insight.status !== 'PUBLISHED' ? (
                      <Badge size="xs" variant="light" color="gray">
                        {label(insightStatusLabel, t.insight.status)}
                      </Badge>
                    ) : null}
                  </Group>
                  {t.evidence.length ? (
                    <div>
                      <Text size="xs" fw={700} c="dimmed">
                        Evidence
                      </Text>
                      <List size="sm" spacing={2}>
                        {t.evidence.map((e) => (
                          <List.Item key={`${e.kind}-${e.id}`}>
                            <Text span size="xs" c="dimmed">
                              {label(evidenceKindLabel, e.kind)}:{' '}
                            </Text>
                            <Anchor component={Link} to={e.link} size="sm">
                              {e.summary}
                            </Anchor>
                          </List.Item>
                        ))}
                      </List>
                    </div>
                  ) : null}
                  {t.actions.length ? (
                    <div>
                      <Text size="xs" fw={700} c="dimmed">
                        Actions
                      </Text>
                      <ul className="trail-actions">
                        {t.actions.map((a) => (
                          <li key={a.id} data-testid="trail-action">
                            <Anchor component={Link} to={incidentPath(t.incident.id, `action-${a.id}`)} size="sm">
                              {a.title}
                            </Anchor>
                            <Group gap="md" mt={2} align="flex-start">
                              <Text size="sm">{a.owner?.name ?? <Text span size="sm" c="dimmed">No owner</Text>}</Text>
                              <DueDate dueAt={a.dueAt} overdue={a.overdue} />
                              <ActionStatusBadge status={a.status} />
                            </Group>
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : (
                    <Text size="xs" c="dimmed">
                      No actions yet.
                    </Text>
                  )}
                </Stack>
              </li>
            ))}
          </ol>
        )}
      </Stack>
    </Paper>
  );
}
