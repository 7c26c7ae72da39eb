import { formatDuration } from '../lib/format';
import type { Distribution } from './query';

/** The scale all strips of one figure share: logarithmic, as durations span minutes to days. */
export interface Scale {
  lo: number;
  hi: number;
}

const ticks = [
  { s: 60, label: '1m' },
  { s: 600, label: '10m' },
  { s: 3600, label: '1h' },
  { s: 6 * 3600, label: '6h' },
  { s: 86400, label: '1d' },
  { s: 7 * 86400, label: '1w' },
];

export function scaleFor(distributions: Distribution[]): Scale {
  const values = distributions.flatMap((d) => (d.n ? [d.min ?? 0, d.max ?? 0] : []));
  const lo = Math.max(30, Math.min(...values, 3600) / 2);
  const hi = Math.max(...values, 120) * 1.2;
  return { lo, hi };
}

const width = 320;
const height = 26;

function x(scale: Scale, seconds: number): number {
  const v = Math.min(Math.max(seconds, scale.lo), scale.hi);
  return ((Math.log(v) - Math.log(scale.lo)) / (Math.log(scale.hi) - Math.log(scale.lo))) * width;
}

/** describe says a distribution in words: the text alternative of the strip. */
export function describe(d: Distribution): string {
  if (!d.n) return `No incident has both milestones${d.open ? ` (${d.open} without the end milestone)` : ''}.`;
  const parts = [
    `median ${formatDuration(d.median)}`,
    `90th percentile ${formatDuration(d.p90)}`,
    `range ${formatDuration(d.min)} to ${formatDuration(d.max)}`,
    `${d.n} incident${d.n === 1 ? '' : 's'}`,
  ];
  if (d.open) parts.push(`${d.open} without the end milestone, left out`);
  return parts.join('; ');
}

/**
 * DistributionStrip draws a duration as a distribution: a thin line from
 * the shortest to the longest, a bar up to the 90th percentile and a mark
 * at the median. Its text alternative is describe().
 */
export function DistributionStrip({ d, scale, axis }: { d: Distribution; scale: Scale; axis?: boolean }) {
  return (
    <svg width={width} height={axis ? height + 14 : height} role="img" aria-label={describe(d)} style={{ overflow: 'visible', maxWidth: '100%' }}>
      {d.n && d.min != null && d.max != null && d.p90 != null && d.median != null ? (
        <g>
          <line x1={x(scale, d.min)} x2={x(scale, d.max)} y1={height / 2} y2={height / 2} stroke="var(--mantine-color-gray-5)" strokeWidth={2} />
          <rect
            x={x(scale, d.min)}
            width={Math.max(2, x(scale, d.p90) - x(scale, d.min))}
            y={height / 2 - 6}
            height={12}
            rx={3}
            fill="var(--mantine-color-indigo-2)"
          />
          <line x1={x(scale, d.median)} x2={x(scale, d.median)} y1={height / 2 - 9} y2={height / 2 + 9} stroke="var(--mantine-color-indigo-9)" strokeWidth={3} />
          <circle cx={x(scale, d.max)} cy={height / 2} r={3} fill="var(--mantine-color-red-6)" />
        </g>
      ) : (
        <line x1={0} x2={width} y1={height / 2} y2={height / 2} stroke="var(--mantine-color-gray-2)" strokeDasharray="4 4" />
      )}
      {axis
        ? ticks
            .filter((t) => t.s >= scale.lo && t.s <= scale.hi)
            .map((t) => (
              <g key={t.s}>
                <line x1={x(scale, t.s)} x2={x(scale, t.s)} y1={height - 2} y2={height + 2} stroke="var(--mantine-color-gray-6)" />
                <text x={x(scale, t.s)} y={height + 12} fontSize={10} textAnchor="middle" fill="var(--mantine-color-gray-7)">
                  {t.label}
                </text>
              </g>
            ))
        : null}
    </svg>
  );
}
