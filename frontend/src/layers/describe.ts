// A mission layer's feature properties → a readable description in the chosen language: dates as dates, lists as lists,
// sources as links. No Leaflet and no DOM here, so it is tested on its own. The fixed words come from the catalogue
// (locales/*/popups.ts); names come from the data (i18n/names.ts); prose from the sources stays as written. The page
// hands it to map/overlay.ts (OverlayOptions), which knows no layer's properties itself.
import { countryName, factText, formatDate, formatDateRange, isFact, isSource, type Description } from '../format';
import { formatNumber } from '../i18n/formats';
import { t } from '../i18n/messages';
import { localized } from '../i18n/names';
import type { FeatureProperties } from '../types';

/** Property keys the catalogue has a label for (popups.ts: prop.KEY); others are humanised English. */
const labelled = new Set([
  'iso3',
  'country',
  'kind',
  'gaugeChange',
  'status',
  'asOf',
  'gaugeMm',
  'gaugeNote',
  'mode',
  'routeId',
  'branch',
  'venue',
  'locationNote',
  'statusNote',
  'diameterMm',
  'drawnKm',
  'joins',
  'publishedKm',
  'otherSections',
  'regime',
  'drawnThrough',
  'administeredBy',
  'drawnAs',
  'naturalEarthNote',
  'outcomes',
  'facts',
  'claimedBy',
  'capacity',
  'construction',
  'cost',
  'countries',
  'gaugeBreakAt',
  'gaugeMmEnd',
  'gauges',
  'location',
  'milestones',
  'opened',
  'operator',
  'route',
  'startOfOperation',
  'lineFollows',
  'published',
  'expectedOpening',
  'borderHours',
]);

/** Values with a word in the catalogue (popups.ts: value.KEY.VALUE). */
const enumerated = new Set(['kind', 'status', 'mode', 'branch', 'lineFollows', 'routeId']);

const hidden = new Set([
  'name',
  'names',
  'title',
  'startDate',
  'endDate',
  'sources',
  'schematic',
  'geometryNote',
  'boundaryNote',
  'lineFollows',
  'naturalEarthId',
  'from',
  'to',
  'sharedRoute',
  'labelPoint',
  'capital',
  'translations',
]);

function humanise(key: string): string {
  if (labelled.has(key)) return t(`prop.${key}`);
  return key
    .replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`)
    .replace(/^./, (c) => c.toUpperCase());
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
  if ((key === 'gaugeMm' || key === 'diameterMm' || key === 'gaugeMmEnd') && typeof value === 'number')
    return t('unit.mm', { value: formatNumber(value) });
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

/** The feature's names in the atlas's other languages, beside the one shown. */
function otherNames(names: unknown, shown: string): string[] {
  if (typeof names !== 'object' || names === null) return [];
  return [
    ...new Set(
      Object.values(names as Record<string, unknown>).filter((n): n is string => typeof n === 'string' && n !== shown),
    ),
  ];
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
