// A list of sources as links, each with its date (every source the atlas cites has one).
import { formatDate } from '../i18n/formats';
import { t } from '../i18n/messages';
import { sourceLink } from '../sourceLink';
import type { DatedSource } from '../contract';

export function sourceList(sources: DatedSource[]): HTMLOListElement {
  const list = document.createElement('ol');
  list.className = 'source-list';
  for (const source of sources) {
    const item = document.createElement('li');
    item.append(sourceLink(source));
    // A page that shows no date is cited by the day it was read.
    if (source.date) {
      const date = formatDate(source.date);
      item.append(` (${source.dateKind === 'accessed' ? t('timeline.accessed', { date }) : date})`);
    }
    list.append(item);
  }
  return list;
}

/** Sources once each, in the order first cited. */
export function uniqueSources(sources: DatedSource[]): DatedSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.title}|${s.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
