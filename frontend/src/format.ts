// Feature properties → a readable description in the chosen language: dates as dates, lists as lists, sources as links.
// No Leaflet and no DOM here, so it is tested on its own. The fixed words come from the catalogue (locales/*/popups.ts);
// names come from the data (i18n/names.ts); prose from the sources stays as written (marked so: Description.original).
import { formatDate as formatIsoDate, formatDateRange as formatIsoRange, formatNumber } from './i18n/formats';
import { t } from './i18n/messages';
import { localized, registeredCountry } from './i18n/names';
import type { FeatureProperties } from './types';
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

/** Property keys the catalogue has a label for (popups.ts: prop.KEY); others are humanised English. */
const labelled = new Set(['iso3', 'country', 'kind', 'gaugeChange', 'status', 'asOf', 'gaugeMm', 'gaugeNote', 'mode', 'routeId', 'branch', 'venue',
  'locationNote', 'statusNote', 'diameterMm', 'drawnKm', 'joins', 'publishedKm', 'otherSections', 'regime', 'drawnThrough', 'administeredBy',
  'drawnAs', 'naturalEarthNote', 'outcomes', 'facts', 'claimedBy', 'capacity', 'construction', 'cost', 'countries', 'gaugeBreakAt',
  'gaugeMmEnd', 'gauges', 'location', 'milestones', 'opened', 'operator', 'route', 'startOfOperation', 'lineFollows', 'published',
  'expectedOpening', 'borderHours']);

/** Values with a word in the catalogue (popups.ts: value.KEY.VALUE). */
const enumerated = new Set(['kind', 'status', 'mode', 'branch', 'lineFollows', 'routeId']);

const hidden = new Set(['name', 'names', 'title', 'startDate', 'endDate', 'sources', 'schematic', 'geometryNote', 'boundaryNote', 'lineFollows',
  'naturalEarthId', 'from', 'to', 'sharedRoute', 'labelPoint', 'capital', 'translations']);

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

function humanise(key: string): string {
  if (labelled.has(key)) return t(`prop.${key}`);
  return key.replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`).replace(/^./, (c) => c.toUpperCase());
}

function word(key: string, value: string): string {
  const id = `value.${key}.${value}`;
  const text = t(id);
  return text === id ? value.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) : text;
}

function formatValue(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (key === 'country') return countryName(String(value));
  if (key === 'asOf') return formatDate(String(value));
  if ((key === 'gaugeMm' || key === 'diameterMm' || key === 'gaugeMmEnd') && typeof value === 'number') return t('unit.mm', { value: formatNumber(value) });
  if (key === 'drawnKm' && typeof value === 'number') return t('popup.drawnKm', { km: formatNumber(value) });
  if (key === 'gaugeChange') return t('unit.mm', { value: String(value) });
  if (enumerated.has(key) && typeof value === 'string') return word(key, value);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? t('popup.yes') : t('popup.no');
  if (key === 'expectedOpening' && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string')
    return String((value as { text: string }).text);
  return null;
}

function isSource(value: unknown): value is Source {
  return typeof value === 'object' && value !== null && typeof (value as Source).title === 'string';
}

/** A figure with its own sources, such as { km, covers, sources } or { text, sources }. */
export type Fact = { text?: unknown; km?: unknown; covers?: unknown; checked?: unknown; sources: unknown[] };

const isFact = (value: unknown): value is Fact =>
  typeof value === 'object' && value !== null && Array.isArray((value as Fact).sources);

/** The figure in words, with the numbers of its sources in the popup's source list: "962 km: Atasu – Alataw Pass [1, 3]". */
export function factText(fact: Fact, sources: Source[]): string {
  const parts: string[] = [];
  if (typeof fact.text === 'string') parts.push(fact.text);
  if (typeof fact.km === 'number') parts.push(`${t('unit.km', { value: formatNumber(fact.km) })}${typeof fact.covers === 'string' ? `: ${fact.covers}` : ''}`);
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

/** The feature's names in the atlas's other languages, beside the one shown. */
function otherNames(names: unknown, shown: string): string[] {
  if (typeof names !== 'object' || names === null) return [];
  return [...new Set(Object.values(names as Record<string, unknown>).filter((n): n is string => typeof n === 'string' && n !== shown))];
}

export function describe(original: FeatureProperties): Description {
  const properties = localized(original);
  const name = typeof properties.name === 'string' ? properties.name : t('popup.feature');
  const title = typeof properties.title === 'string' ? properties.title : name;
  const subtitleParts: string[] = [];
  if (title !== name) subtitleParts.push(name);
  subtitleParts.push(...otherNames(properties.names, name));
  if (typeof properties.startDate === 'string')
    subtitleParts.push(formatDateRange(properties.startDate, properties.endDate as string | undefined));

  const rows: Description['rows'] = [];
  const lists: Description['lists'] = [];
  const sources = Array.isArray(properties.sources) ? properties.sources.filter(isSource) : [];
  for (const [key, value] of Object.entries(properties)) {
    if (hidden.has(key)) continue;
    if ((key === 'joins' || key === 'countries') && Array.isArray(value)) {
      rows.push({ label: humanise(key), value: value.map((v) => countryName(String(v))).join(' – ') });
      continue;
    }
    if (Array.isArray(value) && value.length && value.every(isFact)) {
      lists.push({ label: humanise(key), items: value.map((fact) => factText(fact, sources)) });
      continue;
    }
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v === 'string')) lists.push({ label: humanise(key), items: value.map(String) });
      continue;
    }
    // A line drawn on a traced route (schematic: false) is not straight between places.
    const traced = key === 'drawnKm' && properties.schematic === false && typeof value === 'number';
    const text = traced ? t('popup.drawnKmTraced', { km: formatNumber(value) }) : formatValue(key, value);
    if (text !== null) rows.push({ label: humanise(key), value: text });
  }
  const notes = [properties.geometryNote, properties.boundaryNote].filter((n): n is string => typeof n === 'string');
  return { title, subtitle: subtitleParts.length ? subtitleParts.join(', ') : null, rows, lists, notes, sources };
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
