import { countryName } from '../format';
import { formatNumber } from '../i18n/formats';
import { t } from '../i18n/messages';
import { billions, type PartnerValue, type Reporter } from './types';
import { sourceLink } from '../sourceLink';

type Column = 'name' | 'total' | 'exports' | 'imports';

/** The accessible alternative to the colours: the year's numbers in a table, sortable by any column. */
export class TradeTable {
  readonly element: HTMLTableElement;
  private sortBy: Column = 'total';
  private descending = true;
  private rows: PartnerValue[] = [];
  private reporter: Reporter = 'china';

  constructor() {
    this.element = document.createElement('table');
    this.element.className = 'trade-table';
  }

  show(rows: PartnerValue[], year: number, reporter: Reporter): void {
    this.rows = rows;
    this.reporter = reporter;
    this.render(year);
  }

  private render(year: number): void {
    const china = this.reporter === 'china';
    const caption = document.createElement('caption');
    caption.textContent = t(china ? 'trade.tableCaptionChina' : 'trade.tableCaptionPartner', { year });
    const columns: [Column, string][] = [
      ['name', t('trade.country')],
      ['total', t('trade.columnTotal')],
      ['exports', t(china ? 'trade.chinaExports' : 'trade.partnerExports')],
      ['imports', t(china ? 'trade.chinaImports' : 'trade.partnerImports')],
    ];
    const head = document.createElement('tr');
    for (const [key, label] of columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.setAttribute('aria-sort', key === this.sortBy ? (this.descending ? 'descending' : 'ascending') : 'none');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.dataset.column = key;
      button.addEventListener('click', () => {
        this.descending = key === this.sortBy ? !this.descending : key !== 'name';
        this.sortBy = key;
        this.render(year);
      });
      th.append(button);
      head.append(th);
    }
    for (const label of [t('trade.columnGap'), t('trade.columnSource')]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      head.append(th);
    }

    const body = document.createElement('tbody');
    for (const row of this.sorted()) {
      const tr = document.createElement('tr');
      tr.dataset.iso3 = row.iso3;
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = countryName(row.iso3);
      tr.append(
        name,
        number(row.point?.total ?? null),
        number(row.point?.exports ?? null),
        number(row.point?.imports ?? null),
        gap(row),
        source(row),
      );
      body.append(tr);
    }
    const thead = document.createElement('thead');
    thead.append(head);
    this.element.replaceChildren(caption, thead, body);
  }

  private sorted(): PartnerValue[] {
    const value = (row: PartnerValue): string | number | null =>
      this.sortBy === 'name' ? countryName(row.iso3) : (row.point?.[this.sortBy] ?? null);
    return [...this.rows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // no data sorts last either way
      const order =
        typeof x === 'string' ? x.localeCompare(String(y), document.documentElement.lang || undefined) : x - Number(y);
      return this.descending ? -order : order;
    });
  }
}

function number(usd: number | null): HTMLTableCellElement {
  const td = document.createElement('td');
  td.className = 'number';
  td.textContent = usd === null ? '—' : fixed(billions(usd));
  if (usd === null) td.setAttribute('aria-label', t('trade.noData'));
  return td;
}

/** China's total minus the partner's, in US$ bn and as a share of the partner's, where both report the year. */
function gap(row: PartnerValue): HTMLTableCellElement {
  const td = document.createElement('td');
  td.className = 'number';
  const m = row.mirror;
  if (!m) {
    td.textContent = '—';
    td.setAttribute('aria-label', t('trade.oneSide'));
    return td;
  }
  const sign = m.gap >= 0 ? '+' : '−';
  const percent = formatNumber(Math.abs(m.gapPercentOfPartner));
  td.textContent = `${sign}${fixed(billions(Math.abs(m.gap)))} (${sign}${percent}%)`;
  td.title = t('trade.gapTitle', {
    china: fixed(billions(m.china)),
    name: countryName(m.iso3),
    partner: fixed(billions(m.partner)),
  });
  return td;
}

function source(row: PartnerValue): HTMLTableCellElement {
  const td = document.createElement('td');
  const src = row.point?.source;
  if (!src) {
    td.textContent = t('trade.noData');
    return td;
  }
  const link = sourceLink(src, shortTitle(src.title));
  if (link instanceof HTMLElement) link.title = src.title;
  else td.title = src.title;
  td.append(link);
  if (row.point?.derived) td.append(document.createTextNode(` (${t('trade.derived')})`));
  return td;
}

const fixed = (value: number) => formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "Astana Times, Jan 2025: Kazakhstan ranks first…" → "Astana Times, Jan 2025": the publication and date. */
export function shortTitle(title: string): string {
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon) : title;
}
