/** canAnalyse: analysts and admins annotate figures and import incidents (docs/permissions.md). */
export function canAnalyse(role: string): boolean {
  return role === 'ANALYST' || role === 'ADMIN';
}

/**
 * canWrite: admins, analysts and members add to incidents (timeline,
 * perspectives, questions, comments, actions…); viewers only read
 * (docs/permissions.md). It decides which forms to offer; the server decides.
 */
export function canWrite(role: string): boolean {
  return role === 'ADMIN' || role === 'ANALYST' || role === 'MEMBER';
}
