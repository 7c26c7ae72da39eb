// A report says once what its figures count. Default templates end with a
// section for it; the server's Markdown export adds one only to a body
// without it (internal/report/publish.go, hasDefinitions), and the page
// shows the definitions beside the body by the same rule.

// The current heading, or "Definitions" of templates seeded before it.
const definitionsHeading = /^#{1,6} (Definitions|How these figures are counted)\s*$/m;

/** hasDefinitions says whether a report body has its own section saying what its figures count. */
export function hasDefinitions(body: string): boolean {
  return definitionsHeading.test(body);
}
