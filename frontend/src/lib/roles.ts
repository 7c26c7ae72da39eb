/** canAnalyse: analysts and admins annotate figures and import incidents (docs/permissions.md). */
export function canAnalyse(role: string): boolean {
  return role === 'ANALYST' || role === 'ADMIN';
}
