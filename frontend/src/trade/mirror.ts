import { t } from '../i18n/messages';
import { originalText } from '../i18n/names';
import { countryName } from '../format';
import { sourceLink } from '../sourceLink';
import { formatBillions, formatGap } from './types';
import type { MirrorGap } from '../contract';

/**
 * China's figure against the partner's own, for every partner where both report the year: the two values with their
 * sources, the gap, and the reasons the cited people and publications give. Nothing here is estimated.
 */
export function mirrorList(gaps: MirrorGap[], heading: (m: MirrorGap) => string): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'trade-mirror-list';
  for (const m of gaps) {
    const li = document.createElement('li');
    li.dataset.iso3 = m.iso3;
    li.dataset.year = String(m.year);
    const title = document.createElement('strong');
    title.textContent = heading(m);
    const partner = countryName(m.iso3);
    li.append(
      title,
      document.createTextNode(`: ${t('trade.chinaCustoms')} `),
      value(m.china, m.chinaSources[0]),
      document.createTextNode(`; ${t('trade.partnerStatistics', { name: partner })} `),
      value(m.partner, m.partnerSources[0]),
    );
    const gap = document.createElement('span');
    gap.className = 'trade-gap';
    gap.textContent = t('trade.gap', { gap: formatGap(m, partner) });
    li.append(document.createTextNode('. '), gap);
    const reasons = document.createElement('ul');
    reasons.className = 'trade-mirror-reasons';
    for (const reason of m.reasons) {
      const item = document.createElement('li');
      item.append(originalText(document.createElement('span'), reason.text), ' ');
      reason.sources.forEach((s, i) =>
        item.append(document.createTextNode(i ? '; ' : '('), sourceLink(s, shortTitle(s.title))),
      );
      if (reason.sources.length) item.append(document.createTextNode(')'));
      reasons.append(item);
    }
    if (!m.reasons.length) {
      const none = document.createElement('li');
      none.textContent = t('trade.noReason');
      reasons.append(none);
    }
    li.append(reasons);
    list.append(li);
  }
  return list;
}

function value(usd: number, source: { title: string; url: string | null } | undefined): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(formatBillions(usd));
  if (source) fragment.append(' (', sourceLink(source, shortTitle(source.title)), ')');
  return fragment;
}

function shortTitle(title: string): string {
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon) : title;
}
