// A widget's configuration, as POST /api/widgets takes it and as /embed?… carries it in the URL.
import { isLang, type Lang } from '../i18n/languages';

export interface WidgetConfig {
  title: string;
  caption: string;
  layers: string[];
  year: number | null;
  center: [number, number];
  zoom: number;
  basemap: 'offline' | 'osm';
  /** What the widget shows: the map as configured (the default), or the guided tour. */
  type?: 'map' | 'tour';
  /** The widget's language; absent, the reader's browser chooses (widgets saved before languages have none). */
  lang?: Lang;
}

/** The layers a widget shows when its address names none: the mission's core, as the first widgets had. */
export const defaultWidgetLayers = ['borders', 'summits', 'hubs', 'railways', 'corridors'];

/** A layer id as the API writes them; which ids exist is the API's to say (the embed draws only those it lists). */
const layerId = /^[a-z][a-z0-9-]{0,39}$/;

/** /embed?layers=…&year=…&view=zoom/lat/lon&title=…&caption=…&basemap=… */
export function embedQuery(config: WidgetConfig): string {
  const params = new URLSearchParams();
  params.set('layers', config.layers.join(','));
  if (config.year !== null) params.set('year', String(config.year));
  params.set('view', `${config.zoom}/${config.center[0].toFixed(4)}/${config.center[1].toFixed(4)}`);
  if (config.title) params.set('title', config.title);
  if (config.caption) params.set('caption', config.caption);
  if (config.basemap !== 'offline') params.set('basemap', config.basemap);
  if (config.type === 'tour') params.set('type', 'tour');
  if (config.lang) params.set('lang', config.lang);
  return `?${params.toString()}`;
}

export function parseView(text: string | null): { zoom: number; center: [number, number] } | null {
  const [z, lat, lon] = (text ?? '').split('/').map(Number);
  if ([z, lat, lon].some((n) => n === undefined || !Number.isFinite(n))) return null;
  if (z! < 0 || z! > 18 || Math.abs(lat!) > 90 || Math.abs(lon!) > 180) return null;
  return { zoom: Math.round(z!), center: [lat!, lon!] };
}

export function configFromQuery(search: string): WidgetConfig {
  const params = new URLSearchParams(search);
  const view = parseView(params.get('view')) ?? { zoom: 4, center: [41, 76] as [number, number] };
  const year = Number(params.get('year'));
  const layers = [
    ...new Set((params.get('layers') ?? defaultWidgetLayers.join(',')).split(',').filter((l) => layerId.test(l))),
  ].slice(0, 30);
  const lang = params.get('lang');
  return {
    title: (params.get('title') ?? '').slice(0, 120),
    caption: (params.get('caption') ?? '').slice(0, 500),
    layers,
    year: Number.isInteger(year) && year > 0 ? year : null,
    center: view.center,
    zoom: view.zoom,
    basemap: params.get('basemap') === 'osm' ? 'osm' : 'offline',
    ...(params.get('type') === 'tour' ? { type: 'tour' as const } : {}),
    ...(isLang(lang) ? { lang } : {}),
  };
}

/** The snippet educators paste: a responsive, lazily loaded iframe with a title for screen readers. */
export function iframeSnippet(url: string, title: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const style = 'width:100%;aspect-ratio:4/3;border:0';
  return `<iframe src="${escape(url)}" title="${escape(title)}" loading="lazy" style="${style}"`
    + ' referrerpolicy="strict-origin-when-cross-origin"></iframe>';
}
