import { Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { label } from '../../lib/format';
import { webhookEventLabel } from '../../lib/followup';

export interface WebhookValues {
  name: string;
  url: string;
  events: string[];
}

export const allEvents = Object.keys(webhookEventLabel);

/** WebhookFields: what a webhook is called, where it posts, and which events it is told about. */
export function WebhookFields({
  values,
  onChange,
  errors,
}: {
  values: WebhookValues;
  onChange: (values: WebhookValues) => void;
  errors: Record<string, string>;
}) {
  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="sm" grow>
        <TextInput label="Name" placeholder="e.g. Jira bridge" required value={values.name} onChange={(e) => onChange({ ...values, name: e.currentTarget.value })} error={errors.name} />
        <TextInput
          type="url"
          label="URL"
          placeholder="https://hooks.example.com/debrief"
          required
          value={values.url}
          onChange={(e) => onChange({ ...values, url: e.currentTarget.value })}
          error={errors.url}
        />
      </Group>
      <Checkbox.Group label="Events" description="What the receiver is told about" value={values.events} onChange={(events) => onChange({ ...values, events })} error={errors.events} withAsterisk>
        <Group gap="md" mt={6}>
          {allEvents.map((e) => (
            <Checkbox key={e} value={e} label={label(webhookEventLabel, e)} />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
