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
    const side = this.reporter === 'china' ? "China's" : "Partner's";
    const caption = document.createElement('caption');
    caption.textContent = `Trade with China in ${year}, ${this.reporter === 'china' ? 'China-reported' : 'partner-reported'}, US$ bn`;
    const columns: [Column, string][] = [['name', 'Country'], ['total', 'Total'], ['exports', `${side} exports`], ['imports', `${side} imports`]];
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
    for (const label of ['Gap: China − partner', 'Source']) {
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
      name.textContent = row.name;
      tr.append(name, number(row.point?.total ?? null), number(row.point?.exports ?? null), number(row.point?.imports ?? null), gap(row), source(row));
      body.append(tr);
    }
    const thead = document.createElement('thead');
    thead.append(head);
    this.element.replaceChildren(caption, thead, body);
  }

  private sorted(): PartnerValue[] {
    const value = (row: PartnerValue): string | number | null =>
      this.sortBy === 'name' ? row.name : (row.point?.[this.sortBy] ?? null);
    return [...this.rows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // no data sorts last either way
      const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
      return this.descending ? -order : order;
    });
  }
}

function number(usd: number | null): HTMLTableCellElement {
  const td = document.createElement('td');
  td.className = 'number';
  td.textContent = usd === null ? '—' : billions(usd).toFixed(2);
  if (usd === null) td.setAttribute('aria-label', 'no data');
  return td;
}

/** China's total minus the partner's, in US$ bn and as a share of the partner's, where both report the year. */
function gap(row: PartnerValue): HTMLTableCellElement {
  const td = document.createElement('td');
  td.className = 'number';
  const m = row.mirror;
  if (!m) {
    td.textContent = '—';
    td.setAttribute('aria-label', 'only one side reports this year');
    return td;
  }
  const sign = m.gap >= 0 ? '+' : '−';
  td.textContent = `${sign}${billions(Math.abs(m.gap)).toFixed(2)} (${sign}${Math.abs(m.gapPercentOfPartner)}%)`;
  td.title = `China's customs ${billions(m.china).toFixed(2)}, ${m.name}'s statistics ${billions(m.partner).toFixed(2)}`;
  return td;
}

function source(row: PartnerValue): HTMLTableCellElement {
  const td = document.createElement('td');
  const src = row.point?.source;
  if (!src) {
    td.textContent = 'no data';
    return td;
  }
  const link = sourceLink(src, shortTitle(src.title));
  if (link instanceof HTMLElement) link.title = src.title;
  else td.title = src.title;
  td.append(link);
  if (row.point?.derived) td.append(document.createTextNode(' (derived)'));
  return td;
}

/** "Astana Times, Jan 2025: Kazakhstan ranks first…" → "Astana Times, Jan 2025": the publication and date. */
export function shortTitle(title: string): string {
  const colon = title.indexOf(':');
  return colon > 0 ? title.slice(0, colon) : title;
}
