import { formatNumber } from '../i18n/formats';
import { t, tn } from '../i18n/messages';
import type { TransitDays } from '../contract';

// The catalogue's t, under another name: the functions below call their argument t, as the API's field is called.
const text = t;

/** Okabe–Ito colours: distinct for readers with the common colour-vision deficiencies. */
export const routeColours = ['#E69F00', '#0072B2', '#009E73', '#D55E00', '#CC79A7', '#56B4E9'] as const;

export function formatDays(t: TransitDays): string {
  if (t.min === null || t.max === null) return text('routes.notPublished');
  const range = t.min === t.max ? formatNumber(t.min) : `${formatNumber(t.min)}–${formatNumber(t.max)}`;
  return `${tn('routes.days', t.max, { range })}${t.basis === 'indicative' ? ` (${text('routes.indicative')})` : ''}`;
}

/** What the range spans: "8 published figures, 2013-09 to 2026-03". */
export function describeSpread(t: TransitDays): string {
  if (t.basis === 'indicative') return text('routes.noFigureIndicative');
  if (!t.spread) return text('routes.noFigure');
  const { figures, from, to } = t.spread;
  const dates =
    from && to
      ? from.slice(0, 7) === to.slice(0, 7)
        ? `, ${from.slice(0, 7)}`
        : `, ${text('routes.span', { from: from.slice(0, 7), to: to.slice(0, 7) })}`
      : '';
  return `${tn('routes.figures', figures)}${dates}`;
}
