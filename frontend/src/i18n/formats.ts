// Numbers and dates in the chosen language's conventions (Intl): 1,234.5 / 1 234,5 / 1,234.5; 19 May 2023 /
// 19 мая 2023 г. / 2023年5月19日.
import { intlLocales } from './languages';
import { currentLanguage } from './messages';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  key: string,
  make: (locale: string) => T,
): T {
  const lang = currentLanguage();
  const id = `${lang}|${key}`;
  let format = cache.get(id) as T | undefined;
  if (!format) cache.set(id, (format = make(intlLocales[lang])));
  return format;
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n${JSON.stringify(options)}`, (l) => new Intl.NumberFormat(l, options)).format(value);
}

/**
 * An ISO 8601 date as precise as it is: "2024", "2024-06" or "2024-06-06" (read as UTC, so no time zone moves a day).
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { day: 'numeric', month: 'long', year: 'numeric' }
    : month
      ? { month: 'long', year: 'numeric' }
      : { year: 'numeric' };
  return cached(
    `d${JSON.stringify(options)}`,
    (l) => new Intl.DateTimeFormat(l, { ...options, timeZone: 'UTC' }),
  ).format(date);
}

/** Two ISO dates as one span, as each language writes it: 18–19 May 2023, 18–19 мая 2023 г., 2023年5月18日至19日. */
export function formatDateRange(start: string, end: string | null | undefined): string {
  if (!end || end === start) return formatDate(start);
  const [a, b] = [start, end].map((iso) => iso.split('-').map(Number));
  if (a!.length !== 3 || b!.length !== 3 || a!.some(Number.isNaN) || b!.some(Number.isNaN))
    return `${formatDate(start)} – ${formatDate(end)}`;
  const date = ([y, m, d]: number[]) => new Date(Date.UTC(y!, m! - 1, d!));
  const format = cached(
    'range',
    (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  // ICU puts thin spaces round the dash; a range of days within one month reads closed up (18–19 May), as printed.
  return format.formatRange(date(a!), date(b!)).replace(/(\d)\s–\s(\d)/gu, '$1–$2').replace(/[\u2009\u202f]/gu, ' ');
}

export function formatList(items: string[]): string {
  return cached('list', (l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' })).format(items);
}
