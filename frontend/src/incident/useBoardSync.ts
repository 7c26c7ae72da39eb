import { useEffect, useRef } from 'react';
import { useBoard } from './board';

/**
 * useBoardSync reloads a section's own query whenever the incident page
 * reloads the board (after a live change, or after a write), so sections
 * that read more than the page query stay as current as the rest.
 */
export function useBoardSync(reexecute: (opts: { requestPolicy: 'network-only' }) => void) {
  const { incident, answer } = useBoard();
  // Once per answer to the page query, not per further page of its lists.
  const reload = answer ?? incident;
  const seen = useRef(reload);
  useEffect(() => {
    if (seen.current === reload) return;
    seen.current = reload;
    reexecute({ requestPolicy: 'network-only' });
  }, [reload, reexecute]);
}
