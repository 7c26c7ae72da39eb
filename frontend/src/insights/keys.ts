import type { AnalysisKeyInput } from '../gql/graphql';
import type { AnnotationData, Key } from './query';

/** keyInput is the key as analysisIncidents takes it back. */
export const keyInput = (k: Key): AnalysisKeyInput => ({ dimension: k.dimension, value: k.value ?? null });

/** groupLabel names a group by its keys: "checkout-api · Capacity". */
export const groupLabel = (keys: Key[]) => (keys.length ? keys.map((k) => k.label).join(' · ') : 'All incidents');

/** groupID is a stable React key for a group. */
export const groupID = (keys: Key[]) => keys.map((k) => `${k.dimension}:${k.value ?? '∅'}`).join('|') || 'all';

/** figureNotes picks the FIGURE notes on one figure key. */
export const figureNotes = (annotations: AnnotationData[], figure: string) =>
  annotations.filter((a) => a.scope === 'FIGURE' && a.figure === figure);

/** periodNotes picks the PERIOD notes (they touch every figure over time). */
export const periodNotes = (annotations: AnnotationData[]) => annotations.filter((a) => a.scope === 'PERIOD');
