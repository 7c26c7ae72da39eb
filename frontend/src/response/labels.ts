// Words for the response aids' enums, and the placeholders message
// templates may use (internal/comms fills them in; see renderMessage).

export const audienceLabel: Record<string, string> = {
  INTERNAL: 'Internal',
  CUSTOMERS: 'Customers',
};

export const audienceHelp: Record<string, string> = {
  INTERNAL: 'Colleagues: leadership, support, other teams',
  CUSTOMERS: 'Customers: the status page, email, social',
};

export const audiences = ['INTERNAL', 'CUSTOMERS'] as const;

/** The placeholders a message template may use, with what each becomes. */
export const placeholders: { name: string; help: string }[] = [
  { name: '{{title}}', help: "the incident's title" },
  { name: '{{severity}}', help: 'its severity, e.g. SEV2' },
  { name: '{{status}}', help: 'its status, e.g. Investigating' },
  { name: '{{started_at}}', help: 'when it started' },
  { name: '{{impact}}', help: 'the customer impact as written on the incident' },
  { name: '{{services}}', help: 'the services involved' },
  { name: '{{next_update}}', help: 'when the next update is due, from the guideline' },
  { name: '{{link}}', help: "the incident's address in Debrief" },
];
