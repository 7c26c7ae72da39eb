import { useCallback, useMemo } from 'react';
import { useClient } from 'urql';

import { usePagedConnection, type PagedConnection } from '../lib/usePagedConnection';
import type { ListPaging } from './board';
import { fetchBoardPage, type BoardEdge, type Incident, type PagedList } from './query';

function useList<K extends PagedList>(id: string, incident: Incident | undefined, list: K) {
  const client = useClient();
  const fetchPage = useCallback((after: string) => fetchBoardPage(client, list, id, after), [client, list, id]);
  // TypeScript cannot see that Incident[K] is a connection of BoardEdge<K> for a K it does not know yet.
  return usePagedConnection<BoardEdge<K> | null>(incident?.[list] as PagedConnection<BoardEdge<K> | null> | undefined, fetchPage);
}

/**
 * useBoardLists gives the board every record of its lists: the page query
 * reads the first 100 of each, and this fetches the rest (see
 * usePagedConnection). It returns the incident with the lists whole, how
 * each list's loading stands, and settle, which waits until the lists of a
 * fresh answer to the page query are whole — a live refetch awaits it, so
 * the board's "syncing" and its highlights cover every page, not the first.
 */
export function useBoardLists(id: string, incident: Incident | undefined) {
  const timelineEvents = useList(id, incident, 'timelineEvents');
  const participants = useList(id, incident, 'participants');
  const perspectives = useList(id, incident, 'perspectives');
  const questions = useList(id, incident, 'questions');
  const comments = useList(id, incident, 'comments');

  const whole = useMemo(
    () =>
      incident && {
        ...incident,
        timelineEvents: { ...incident.timelineEvents, edges: timelineEvents.edges },
        participants: { ...incident.participants, edges: participants.edges },
        perspectives: { ...incident.perspectives, edges: perspectives.edges },
        questions: { ...incident.questions, edges: questions.edges },
        comments: { ...incident.comments, edges: comments.edges },
      },
    [incident, timelineEvents.edges, participants.edges, perspectives.edges, questions.edges, comments.edges],
  );

  const paging = useMemo((): Record<PagedList, ListPaging> => {
    const of = ({ loading, missing, error, retry, capped }: ListPaging): ListPaging => ({ loading, missing, error, retry, capped });
    return {
      timelineEvents: of(timelineEvents),
      participants: of(participants),
      perspectives: of(perspectives),
      questions: of(questions),
      comments: of(comments),
    };
  }, [timelineEvents, participants, perspectives, questions, comments]);

  const { settle: settleTimeline } = timelineEvents;
  const { settle: settleParticipants } = participants;
  const { settle: settlePerspectives } = perspectives;
  const { settle: settleQuestions } = questions;
  const { settle: settleComments } = comments;
  const settle = useCallback(
    async (fresh: Incident) => {
      await Promise.all([
        settleTimeline(fresh.timelineEvents),
        settleParticipants(fresh.participants),
        settlePerspectives(fresh.perspectives),
        settleQuestions(fresh.questions),
        settleComments(fresh.comments),
      ]);
    },
    [settleTimeline, settleParticipants, settlePerspectives, settleQuestions, settleComments],
  );

  return { incident: whole, paging, settle };
}
