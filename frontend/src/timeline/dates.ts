// An event's date as precise as it is, in the reader's language (Intl, through i18n/formats): 2014, December 2014,
// 22 December 2014, and an interval as its two days (Intl's own range formats differ between ICU versions).
import { formatDate } from '../i18n/formats';

export function formatEventDate(iso: string): string {
  const [start, end] = iso.split('/');
  return start && end ? `${formatDate(start)} – ${formatDate(end)}` : formatDate(iso);
}

/** The machine-readable value of a <time> element: the start of an interval. */
export const datetimeOf = (iso: string): string => iso.split('/')[0] ?? iso;
