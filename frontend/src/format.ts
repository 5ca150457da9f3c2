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
  locationNote: 'Location',
  administeredBy: 'Administered by', drawnAs: "On this map's borders, part of", naturalEarthNote: "Natural Earth's note",
};

const routeNames: Record<string, string> = {
  'middle-corridor': 'Middle Corridor (Trans-Caspian International Transport Route)',
  'cku-railway': 'China–Kyrgyzstan–Uzbekistan railway',
  'northern-corridor': 'Northern corridor (Kazakhstan–Russia–Belarus)',
  'sea-suez': 'Sea route via Suez',
};

const listKeys: Record<string, string> = { outcomes: 'Outcomes', facts: 'Facts', claimedBy: 'Claimed by' };
const hidden = new Set(['name', 'title', 'startDate', 'endDate', 'sources', 'schematic', 'geometryNote', 'boundaryNote', 'lineFollows', 'naturalEarthId', 'from', 'to']);

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
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
  return labels[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

function formatValue(key: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (key === 'country') return countryName(String(value));
  if (key === 'asOf') return formatDate(String(value));
  if (key === 'gaugeMm' && typeof value === 'number') return `${value.toLocaleString('en-GB')} mm`;
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

export function describe(properties: FeatureProperties): Description {
  const name = typeof properties.name === 'string' ? properties.name : 'Feature';
  const title = typeof properties.title === 'string' ? properties.title : name;
  const subtitleParts: string[] = [];
  if (title !== name) subtitleParts.push(name);
  if (typeof properties.startDate === 'string')
    subtitleParts.push(formatDateRange(properties.startDate, properties.endDate as string | undefined));

  const rows: Description['rows'] = [];
  const lists: Description['lists'] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (hidden.has(key)) continue;
    if (Array.isArray(value)) {
      if (key in listKeys || value.every((v) => typeof v === 'string'))
        lists.push({ label: listKeys[key] ?? humanise(key), items: value.map(String) });
      continue;
    }
    const text = formatValue(key, value);
    if (text !== null) rows.push({ label: humanise(key), value: text });
  }
  const notes = [properties.geometryNote, properties.boundaryNote].filter((n): n is string => typeof n === 'string');
  const sources = Array.isArray(properties.sources) ? properties.sources.filter(isSource) : [];
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
