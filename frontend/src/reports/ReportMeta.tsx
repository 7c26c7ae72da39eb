import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { ReportAudience } from '../gql/graphql';
import { formatDateTime } from '../lib/format';
import { audienceLabel, periodText } from './labels';

export interface MetaProps {
  audience: ReportAudience;
  incident?: { id: string; title: string } | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  scope?: string | null;
  generatedAt: string;
  generatedBy?: string | null;
  templateName?: string | null;
  /** For a published version: its number, when and by whom. */
  published?: { number: number; at: string; by?: string | null } | null;
  /** For the draft: whether it differs from the latest published version. */
  changedSincePublish?: boolean;
  /** What the figures count; leave out when the body says it itself (see hasDefinitions), so it is said once. */
  definitions?: { key: string; label: string; definition: string }[] | null;
  /** Fold the definitions away (the draft's, above the editor); the published ones stay open to print. */
  foldDefinitions?: boolean;
}

/**
 * ReportMeta is what every report carries with it: for whom, about what,
 * generated when and by whom, the period and filters it covers, and what
 * each figure it quotes counts. It prints with the document.
 */
export function ReportMeta(p: MetaProps) {
  const period = periodText(p.periodStart, p.periodEnd);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="About this report" className="report-meta" data-testid="report-meta">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light" color="indigo" radius="sm">
            {audienceLabel[p.audience]}
          </Badge>
          {p.published ? (
            <Badge variant="light" color="green" radius="sm">
              Version {p.published.number}
            </Badge>
          ) : null}
          {p.changedSincePublish ? (
            <Badge variant="light" color="orange" radius="sm">
              Changed since publication
            </Badge>
          ) : null}
        </Group>
        <dl className="facts">
          {p.incident ? (
            <>
              <dt>Incident</dt>
              <dd>
                <Anchor component={Link} to={`/incidents/${encodeURIComponent(p.incident.id)}`} size="sm">
                  {p.incident.title}
                </Anchor>
              </dd>
            </>
          ) : null}
          {period ? (
            <>
              <dt>Period</dt>
              <dd>{period}</dd>
            </>
          ) : null}
          {p.scope ? (
            <>
              <dt>Scope</dt>
              <dd>{p.scope}</dd>
            </>
          ) : null}
          <dt>Generated</dt>
          <dd>
            {formatDateTime(p.generatedAt)}
            {p.generatedBy ? ` by ${p.generatedBy}` : ''}
          </dd>
          {p.templateName ? (
            <>
              <dt>Template</dt>
              <dd>{p.templateName}</dd>
            </>
          ) : null}
          {p.published ? (
            <>
              <dt>Published</dt>
              <dd>
                {formatDateTime(p.published.at)}
                {p.published.by ? ` by ${p.published.by}` : ''}
              </dd>
            </>
          ) : null}
        </dl>
        {p.definitions?.length ? (
          p.foldDefinitions ? (
            <details>
              <summary>
                <Text span size="xs" tt="uppercase" fw={700} c="dimmed">
                  What the figures count ({p.definitions.length})
                </Text>
              </summary>
              <Definitions definitions={p.definitions} />
            </details>
          ) : (
            <div>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
                What the figures count
              </Text>
              <Definitions definitions={p.definitions} />
            </div>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}

function Definitions({ definitions }: { definitions: { key: string; label: string; definition: string }[] }) {
  return (
    <dl className="facts report-definitions" aria-label="Definitions of the figures">
      {definitions.map((d) => (
        <div key={d.key} style={{ display: 'contents' }}>
          <dt>{d.label}</dt>
          <dd>{d.definition}</dd>
        </div>
      ))}
    </dl>
  );
}
