import { ChecklistsSection } from './ChecklistsSection';
import { StatusUpdatesSection } from './StatusUpdatesSection';

/** ResponseArea: the incident page's response aids, what to do (checklists) and what to say (status updates). */
export function ResponseArea() {
  return (
    <>
      <ChecklistsSection />
      <StatusUpdatesSection />
    </>
  );
}
