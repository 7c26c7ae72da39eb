import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { formatDateTime, label, questionStatusColor, questionStatusLabel } from '../lib/format';
import { useFresh } from './live';
import { nodes, type Incident } from './query';
import { Empty, Section, Truncated } from './Section';

const order: Record<string, number> = { OPEN: 0, ANSWERED: 1, RESOLVED: 2 };

/** QuestionsSection lists what is still unknown first, then what was answered. */
export function QuestionsSection({ incident }: { incident: Incident }) {
  const all = nodes(incident.questions);
  const fresh = useFresh();
  const questions = [...all].sort((a, b) => (order[a.status] ?? 9) - (order[b.status] ?? 9));
  const open = all.filter((q) => q.status === 'OPEN').length;
  return (
    <Section
      id="questions"
      title="Open questions"
      description="Things we do not know yet, or gaps in the data, and what was found out."
      aside={
        all.length > 0 ? (
          <Text size="sm" c="dimmed">
            {open} open of {all.length}
          </Text>
        ) : null
      }
    >
      {questions.length === 0 ? (
        <Empty>No questions asked yet.</Empty>
      ) : (
        <Stack gap="sm">
          {questions.map((q) => (
            <Paper key={q.id} withBorder radius="md" p="md" className={`question${q.status === 'OPEN' ? ' is-open' : ''}${fresh.has(q.id) ? ' is-fresh' : ''}`}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                <Text size="sm" fw={600} className="prose">
                  {q.text}
                </Text>
                <Badge color={questionStatusColor[q.status] ?? 'gray'} variant="light" radius="sm" style={{ flexShrink: 0 }}>
                  {label(questionStatusLabel, q.status)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" mt={4}>
                Asked by {q.askedBy?.name ?? 'someone not recorded'}
                {q.assignee ? ` · assigned to ${q.assignee.name}` : ''}
              </Text>
              {q.answer ? (
                <div className="answer">
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                    Answer
                    {q.answeredBy ? ` from ${q.answeredBy.name}` : ''}
                    {q.answeredAt ? `, ${formatDateTime(q.answeredAt)}` : ''}
                  </Text>
                  <Text size="sm" className="prose">
                    {q.answer}
                  </Text>
                </div>
              ) : (
                <Text size="sm" c="dimmed" fs="italic" mt="xs">
                  No answer yet.
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      <Truncated shown={all.length} total={incident.questions.totalCount} what="questions" />
    </Section>
  );
}
