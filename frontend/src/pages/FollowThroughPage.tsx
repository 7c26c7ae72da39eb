import { useMemo } from 'react';
import { Alert, Button, Grid, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { PickerMultiSelect } from '../components/Pickers';
import { outcomes, type FiguresData } from '../actions/Figures';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { graphql } from '../gql';
import { formatDate, plural } from '../lib/format';
import { dayOffset, share } from '../lib/followup';
import { useDocumentTitle } from '../lib/useDocumentTitle';

const followThroughQuery = graphql(`
  query FollowThrough($from: Time!, $to: Time!, $teamIDs: [ID!]) {
    followThrough(from: $from, to: $to, teamIDs: $teamIDs) {
      from
      to
      definition
      withoutDueDate
      overall {
        ...FollowThroughFigures
      }
      teams {
        team {
          id
          name
        }
        figures {
          ...FollowThroughFigures
        }
      }
    }
  }

  fragment FollowThroughFigures on FollowThroughFigures {
    total
    doneOnTime
    doneLate
    open
    overdue
    dropped
    onTimeShare
  }
`);

/** The default period: the last 90 days and the next 30, so what is due soon counts too. */
export const defaultPeriod = { fromDays: -90, toDays: 30 };

const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** startOfDay is local midnight of day, as an instant. */
function startOfDay(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

/** The period is whole days, both ends included: it runs to midnight after the last day. */
function endOfDay(day: string): string {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
}

function usePeriodParams() {
  const [params, setParams] = useSearchParams();
  const from = isDay(params.get('from')) ? params.get('from')! : dayOffset(defaultPeriod.fromDays);
  const to = isDay(params.get('to')) ? params.get('to')! : dayOffset(defaultPeriod.toDays);
  const teamIDs = (params.get('teams') ?? '').split(',').filter(Boolean);
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  return { from, to, teamIDs, update };
}

/** FollowThroughPage: per team, how reliably actions due in a period got done. */
export function FollowThroughPage() {
  useDocumentTitle('Follow-through');
  const { from, to, teamIDs, update } = usePeriodParams();
  const valid = from <= to;
  const variables = useMemo(
    () => ({ from: startOfDay(from), to: endOfDay(to), teamIDs: teamIDs.length ? teamIDs : null }),
    [from, to, teamIDs.join(',')],
  );
  const [result, reexecute] = useQuery({ query: followThroughQuery, variables, pause: !valid });
  const report = result.data?.followThrough;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Follow-through</Title>
        <Text c="dimmed" size="sm">
          Of the actions due in a period, how many each team got done on time, late, or not yet. Not a league table: a prompt to ask what got in the way.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Period and teams">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput type="date" label="Due from" value={from} onChange={(e) => isDay(e.currentTarget.value) && update({ from: e.currentTarget.value })} />
          <TextInput
            type="date"
            label="Due until (inclusive)"
            value={to}
            onChange={(e) => isDay(e.currentTarget.value) && update({ to: e.currentTarget.value })}
            error={valid ? undefined : 'The period must end after it starts'}
          />
          <PickerMultiSelect
            kind="teams"
            label="Teams"
            placeholder={teamIDs.length ? undefined : 'All teams'}
            value={teamIDs}
            onChange={(ids) => update({ teams: ids.join(',') || null })}
            clearable
            style={{ flex: '1 1 260px' }}
          />
          <Button variant="default" onClick={() => update({ from: null, to: null, teams: null })}>
            Last 90 days to next 30
          </Button>
        </Group>
      </Paper>
      {result.error && !report ? (
        <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !valid ? null : !report ? (
        <Loading what="the figures" />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 9 }}>
            <Stack gap="sm">
              <Text size="sm">
                Actions due from <strong>{formatDate(report.from)}</strong> until <strong>{formatDate(new Date(new Date(report.to).getTime() - 1).toISOString())}</strong>
                {teamIDs.length ? `, ${plural(teamIDs.length, 'team')}` : ', all teams'}.
              </Text>
              <FiguresTable teams={report.teams} overall={report.overall} />
              <Alert color={report.withoutDueDate ? 'orange' : 'gray'} variant="light" data-testid="without-due-date">
                <strong>{plural(report.withoutDueDate, 'open action')}</strong> without a due date {report.withoutDueDate === 1 ? 'is' : 'are'} in no period, so{' '}
                {report.withoutDueDate === 1 ? 'it is' : 'they are'} not counted above.
              </Alert>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 3 }}>
            <Paper bg="gray.0" p="md" radius="md" component="aside" aria-labelledby="definition-heading">
              <Title order={2} size="h5" id="definition-heading" mb={4}>
                What is counted
              </Title>
              <Text size="sm" data-testid="follow-through-definition">
                {report.definition}
              </Text>
            </Paper>
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

type TeamRow = { team?: { id: string; name: string } | null; figures: FiguresData };

/** FiguresTable: one row per team, each outcome as a count and its share of the team's actions. */
function FiguresTable({ teams, overall }: { teams: TeamRow[]; overall: FiguresData }) {
  if (teams.length === 0) {
    return (
      <Text c="dimmed" fs="italic" size="sm">
        No action is due in this period.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" striped aria-label="Follow-through per team">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Team</Table.Th>
            <Table.Th ta="right">Actions</Table.Th>
            {outcomes.map((o) => (
              <Table.Th key={o.key} ta="right">
                {o.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {teams.map((t) => (
            <FiguresRow key={t.team?.id ?? 'none'} name={t.team?.name ?? 'No team'} figures={t.figures} />
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <FiguresRow name="All teams" figures={overall} strong />
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function FiguresRow({ name, figures, strong }: { name: string; figures: FiguresData; strong?: boolean }) {
  return (
    <Table.Tr data-testid="team-figures" data-team={name}>
      <Table.Th scope="row" fw={strong ? 700 : 600}>
        {name}
      </Table.Th>
      <Table.Td ta="right" fw={strong ? 700 : undefined}>
        {figures.total}
      </Table.Td>
      {outcomes.map((o) => (
        <Table.Td key={o.key} ta="right" c={figures[o.key] ? o.color : 'dimmed'} fw={strong ? 700 : undefined}>
          {figures[o.key]}{' '}
          <Text span size="xs" c="dimmed" ml={4} fw={400}>
            {share(figures[o.key], figures.total)}
          </Text>
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
