/** formatShare shows a fraction as a whole percentage. */
export const formatShare = (x: number) => `${Math.round(x * 100)}%`;
