// Feature properties → a readable description: dates as dates, lists as lists, sources as links.
// No Leaflet and no DOM here, so it is tested on its own.
import type { FeatureProperties, Source } from './types';

export interface Description {
  title: string;
  subtitle: string | null;
  rows: { label: string; value: string }[];
  lists: { label: string; items: string[] }[];
  notes: string[];
  sources: Source[];
}

const countries: Record<string, string> = {
  CHN: 'China', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', TKM: 'Turkmenistan', UZB: 'Uzbekistan',
  AFG: 'Afghanistan', MNG: 'Mongolia', RUS: 'Russia', IRN: 'Iran', PAK: 'Pakistan', AZE: 'Azerbaijan',
  GEO: 'Georgia', ARM: 'Armenia', TUR: 'Türkiye', BLR: 'Belarus', POL: 'Poland', EGY: 'Egypt', NLD: 'Netherlands',
};

const labels: Record<string, string> = {
  iso3: 'ISO code', country: 'Country', kind: 'Kind', gaugeChange: 'Gauge change', status: 'Status', asOf: 'Facts as of',
  gaugeMm: 'Track gauge', gaugeNote: 'Gauge', mode: 'Mode', routeId: 'Route', branch: 'Part of the corridor', venue: 'Venue',
  locationNote: 'Location', statusNote: 'Status in detail', diameterMm: 'Diameter', drawnKm: 'Drawn length', joins: 'Joins',
  publishedKm: 'Published lengths', otherSections: 'Other sections', regime: 'Opening regime', drawnThrough: 'Drawn through',
  administeredBy: 'Administered by', drawnAs: "On this map's borders, part of", naturalEarthNote: "Natural Earth's note",
};

const routeNames: Record<string, string> = {
  'middle-corridor': 'Middle Corridor (Trans-Caspian International Transport Route)',
  'cku-railway': 'China–Kyrgyzstan–Uzbekistan railway',
  'northern-corridor': 'Northern corridor (Kazakhstan–Russia–Belarus)',
  'sea-suez': 'Sea route via Suez',
};

const listKeys: Record<string, string> = { outcomes: 'Outcomes', facts: 'Facts', claimedBy: 'Claimed by' };
const hidden = new Set(['name', 'names', 'title', 'startDate', 'endDate', 'sources', 'schematic', 'geometryNote', 'boundaryNote', 'lineFollows',
  'naturalEarthId', 'from', 'to', 'sharedRoute']);

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as precise as its source: 2023-11-10 is 10 November 2023, 2023-10 is October 2023, 2023 stays 2023. */
export function formatDate(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const month = /^\d{4}-\d{2}$/.test(iso);
  const date = new Date(month ? `${iso}-01T00:00:00Z` : `${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return month ? monthFormat.format(date) : dateFormat.format(date);
}

/** 18 May 2023 – 19 May 2023 reads as 18–19 May 2023. */
export function formatDateRange(start: string, end: string | null | undefined): string {
  if (!end || end === start) return formatDate(start);
  const [a, b] = [formatDate(start), formatDate(end)];
  const [dayA, ...restA] = a.split(' ');
  const [dayB, ...restB] = b.split(' ');
  if (restA.join(' ') === restB.join(' ')) return `${dayA}–${dayB} ${restB.join(' ')}`;
  if (restA[1] === restB[1]) return `${dayA} ${restA[0]} – ${b}`;
  return `${a} – ${b}`;
}

export function countryName(iso3: string): string {
  return countries[iso3] ?? iso3;
}

function humanise(key: string): string {
  return labels[key] ?? key.replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`).replace(/^./, (c) => c.toUpperCase());
}

function formatValue(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (key === 'country') return countryName(String(value));
  if (key === 'asOf') return formatDate(String(value));
  if ((key === 'gaugeMm' || key === 'diameterMm') && typeof value === 'number') return `${value.toLocaleString('en-GB')} mm`;
  if (key === 'drawnKm' && typeof value === 'number') return `${value.toLocaleString('en-GB')} km, straight between the places below`;
  if (key === 'gaugeChange') return `${String(value)} mm`;
  if (key === 'routeId') return routeNames[String(value)] ?? String(value);
  if (key === 'kind' || key === 'status' || key === 'mode') return String(value).replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
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
  if (typeof fact.km === 'number') parts.push(`${fact.km.toLocaleString('en-GB')} km${typeof fact.covers === 'string' ? `: ${fact.covers}` : ''}`);
  if (fact.checked === true) parts.push('(the drawing is checked against this length)');
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

/** Names in the atlas's other languages, beside the English one. */
function otherNames(names: unknown): string[] {
  if (typeof names !== 'object' || names === null) return [];
  return Object.entries(names as Record<string, unknown>).filter(([lang, name]) => lang !== 'en' && typeof name === 'string').map(([, name]) => String(name));
}

export function describe(properties: FeatureProperties): Description {
  const name = typeof properties.name === 'string' ? properties.name : 'Feature';
  const title = typeof properties.title === 'string' ? properties.title : name;
  const subtitleParts: string[] = [];
  if (title !== name) subtitleParts.push(name);
  subtitleParts.push(...otherNames(properties.names));
  if (typeof properties.startDate === 'string')
    subtitleParts.push(formatDateRange(properties.startDate, properties.endDate as string | undefined));

  const rows: Description['rows'] = [];
  const lists: Description['lists'] = [];
  const sources = Array.isArray(properties.sources) ? properties.sources.filter(isSource) : [];
  for (const [key, value] of Object.entries(properties)) {
    if (hidden.has(key)) continue;
    if (key === 'joins' && Array.isArray(value)) {
      rows.push({ label: humanise(key), value: value.map((v) => countryName(String(v))).join(' – ') });
      continue;
    }
    if (Array.isArray(value) && value.length && value.every(isFact)) {
      lists.push({ label: humanise(key), items: value.map((fact) => factText(fact, sources)) });
      continue;
    }
    if (Array.isArray(value)) {
      if (key in listKeys || value.every((v) => typeof v === 'string'))
        lists.push({ label: listKeys[key] ?? humanise(key), items: value.map(String) });
      continue;
    }
    const text = formatValue(key, value);
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
