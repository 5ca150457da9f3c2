// Text every part of the atlas writes the same way: dates as dates, countries by name, figures citing their sources by
// number, web links only as links, and the shape of a popup's description (Description) that map/popup.ts draws.
// Shared: it imports no feature folder and not map/ (test/architecture/imports.test.ts). No Leaflet and no DOM here.
import { formatDate as formatIsoDate, formatDateRange as formatIsoRange, formatNumber } from './i18n/formats';
import { t } from './i18n/messages';
import { registeredCountry } from './i18n/names';
import type { Source } from './contract';

export interface Description {
  title: string;
  subtitle: string | null;
  rows: { label: string; value: string }[];
  lists: { label: string; items: string[] }[];
  notes: string[];
  sources: Source[];
}

/** English names for when the borders layer has not told the page its names yet. */
const countries: Record<string, string> = {
  CHN: 'China', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan', UZB: 'Uzbekistan',
  AFG: 'Afghanistan', MNG: 'Mongolia', RUS: 'Russia', IRN: 'Iran', PAK: 'Pakistan', AZE: 'Azerbaijan',
  GEO: 'Georgia', ARM: 'Armenia', TUR: 'Türkiye', BLR: 'Belarus', POL: 'Poland', EGY: 'Egypt', NLD: 'Netherlands',
};

/** A date as precise as its source: 2023-11-10 is 10 November 2023, 2023-10 is October 2023, 2023 stays 2023. */
export function formatDate(iso: string): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso) ? formatIsoDate(iso) : iso;
}

/** 18 May 2023 – 19 May 2023 reads as 18–19 May 2023 (in each language's way). */
export function formatDateRange(start: string, end: string | null | undefined): string {
  return formatIsoRange(start, end);
}

export function countryName(iso3: string): string {
  return registeredCountry(iso3) ?? countries[iso3] ?? iso3;
}

export function isSource(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && typeof (value as Source).title === 'string';
}

/** A figure with its own sources, such as { km, covers, sources } or { text, sources }. */
export type Fact = { text?: unknown; km?: unknown; covers?: unknown; checked?: unknown; sources: unknown[] };

export const isFact = (value: unknown): value is Fact =>
  typeof value === 'object' && value !== null && Array.isArray((value as Fact).sources);

/**
 * The figure in words, with the numbers of its sources in the popup's source list: "962 km: Atasu – Alataw Pass [1,
 * 3]".
 */
export function factText(fact: Fact, sources: Source[]): string {
  const parts: string[] = [];
  if (typeof fact.text === 'string') parts.push(fact.text);
  if (typeof fact.km === 'number')
    parts.push(
      `${t('unit.km', { value: formatNumber(fact.km) })}${typeof fact.covers === 'string' ? `: ${fact.covers}` : ''}`,
    );
  if (fact.checked === true) parts.push(t('popup.checked'));
  const numbers = fact.sources.filter(isSource).map((source) => citeNumber(source, sources));
  return `${parts.join(' ')}${numbers.length ? ` [${numbers.join(', ')}]` : ''}`;
}

/** The source's number in the list (1-based), adding it when the feature's own list lacks it. */
function citeNumber(source: Source, sources: Source[]): number {
  const index = sources.findIndex((s) => s.title === source.title && s.url === source.url);
  if (index >= 0) return index + 1;
  sources.push(source);
  return sources.length;
}

/** Only web links become anchors; anything else (javascript:, data:) is shown as text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
