import { useEffect, useRef } from 'react';
import { useBoard } from './board';

/**
 * useBoardSync reloads a section's own query whenever the incident page
 * reloads the board (after a live change, or after a write), so sections
 * that read more than the page query stay as current as the rest.
 */
export function useBoardSync(reexecute: (opts: { requestPolicy: 'network-only' }) => void) {
  const { incident } = useBoard();
  const seen = useRef(incident);
  useEffect(() => {
    if (seen.current === incident) return;
    seen.current = incident;
    reexecute({ requestPolicy: 'network-only' });
  }, [incident, reexecute]);
}
