// The network as it stood in a year: from the dates each segment, railway section, corridor segment and hub carries
// (opened, constructionStart, plannedSince, each { date, sources }), the status a feature had at the end of that year.
// No Leaflet here: the map takes this function as a parameter (map/overlay.ts), and it is tested on its own.
import type { FeatureProperties } from '../types';

/** The layers drawn "as of" a year: the lines and hubs whose opening the data dates. */
export const asOfLayers: ReadonlySet<string> = new Set(['railways', 'corridors', 'hubs']);

/** The years the control offers: from the first China–Kazakhstan railway crossing (1991) to this year. */
export const firstAsOfYear = 1990;

export type NetworkStatus = 'operational' | 'under-construction' | 'planned';

interface Dated {
  date: string;
}

const yearOf = (value: unknown): number | null => {
  const date = (value as Dated | undefined)?.date;
  return typeof date === 'string' && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;
};

/**
 * The feature's status at the end of `year`; null when it had not been begun (not built, not being built and, for this
 * map, not drawn: a plan alone is not drawn either). Without a year, its status today. A feature whose data gives no
 * date at all (a `datesNote` says why) keeps today's status in every year rather than being guessed at.
 */
export function statusAsOf(props: FeatureProperties, year: number | null): NetworkStatus | null {
  const today = (typeof props.status === 'string' ? props.status : 'operational') as NetworkStatus;
  if (year === null) return today;
  const opened = yearOf(props.opened);
  const started = yearOf(props.constructionStart);
  const planned = yearOf(props.plannedSince);
  if (opened === null && started === null && planned === null) return today;
  if (opened !== null && opened <= year) return 'operational';
  if (started !== null && started <= year) return 'under-construction';
  return null;
}

/** Whether the feature is drawn in that year (anything begun by then). */
export function drawnAsOf(props: FeatureProperties, year: number | null): boolean {
  return statusAsOf(props, year) !== null;
}
