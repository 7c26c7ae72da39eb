import { canAnalyse } from '../lib/roles';

/**
 * mayEditIncident mirrors the server's rule for updateIncident, openReview
 * and closeReview (docs/permissions.md), only to decide what to offer:
 * analysts and admins change any incident, a member the ones they opened or
 * facilitate. The server decides, and says FORBIDDEN otherwise.
 */
export function mayEditIncident(
  role: string,
  viewerID: string,
  incident: { createdByID?: string | null; facilitator?: { id: string } | null },
): boolean {
  if (canAnalyse(role)) return true;
  return role === 'MEMBER' && (incident.createdByID === viewerID || incident.facilitator?.id === viewerID);
}
