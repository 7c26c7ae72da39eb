import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { departmentLabel, label } from '../lib/format';
import { useFresh } from './live';
import { nodes, type Incident } from './query';
import { Empty, Section, Truncated } from './Section';

const fields = [
  { key: 'whatTheySaw', label: 'What they saw' },
  { key: 'impactObserved', label: 'Impact they observed' },
  { key: 'surprises', label: 'What surprised them' },
  { key: 'whatHelped', label: 'What helped' },
  { key: 'whatHurt', label: 'What got in the way' },
] as const;

/** PerspectivesSection shows each person's account, grouped by department. */
export function PerspectivesSection({ incident }: { incident: Incident }) {
  const all = nodes(incident.perspectives);
  const fresh = useFresh();
  const groups = new Map<string, typeof all>();
  for (const p of all) {
    const list = groups.get(p.department) ?? [];
    list.push(p);
    groups.set(p.department, list);
  }
  return (
    <Section
      id="perspectives"
      title="Perspectives"
      description="How the incident looked from each part of the company, in people's own words."
    >
      {all.length === 0 ? (
        <Empty>No perspectives written yet.</Empty>
      ) : (
        <Stack gap="lg">
          {[...groups.entries()].map(([department, list]) => (
            <section key={department} aria-labelledby={`perspectives-${department}`}>
              <Title order={3} size="h5" id={`perspectives-${department}`} mb="xs">
                {label(departmentLabel, department)}{' '}
                <Text span c="dimmed" size="sm" fw={400}>
                  ({list.length})
                </Text>
              </Title>
              <SimpleGrid cols={{ base: 1, md: list.length === 1 ? 1 : 2 }} spacing="md">
                {list.map((p) => (
                  <Card key={p.id} withBorder radius="md" padding="md" className={fresh.has(p.id) ? 'is-fresh' : undefined}>
                    <Text fw={600} size="sm">
                      {p.author.name}
                    </Text>
                    {p.author.title ? (
                      <Text size="xs" c="dimmed" mb="xs">
                        {p.author.title}
                      </Text>
                    ) : null}
                    <SimpleGrid cols={{ base: 1, md: list.length === 1 ? 2 : 1 }} spacing="md" verticalSpacing="xs" mt="xs">
                      {fields.map((f) =>
                        p[f.key] ? (
                          <div key={f.key}>
                            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                              {f.label}
                            </Text>
                            <Text size="sm" className="prose">
                              {p[f.key]}
                            </Text>
                          </div>
                        ) : null,
                      )}
                    </SimpleGrid>
                  </Card>
                ))}
              </SimpleGrid>
            </section>
          ))}
        </Stack>
      )}
      <Truncated shown={all.length} total={incident.perspectives.totalCount} what="perspectives" />
    </Section>
  );
}
