// The page's state in its URL, so a view can be bookmarked and shared: read once at start, written on every change.
import { isLang, type Lang } from '../i18n/languages';

export interface PlanState {
  from: string;
  to: string;
  avoid: string[];
  by: 'distance' | 'time';
  /** today: links open today only; planned: with the links under construction. */
  scenario: 'today' | 'planned';
}

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export interface PageState {
  /** Centre and zoom; null is the initial view over Central Asia. */
  view: MapView | null;
  /** Mission layers shown; null is every layer but those hidden at first. */
  layers: string[] | null;
  panel: 'trade' | 'routes' | 'timeline' | 'data' | 'places';
  year: number | null;
  reporter: 'china' | 'partner';
  trade: boolean;
  flows: boolean;
  routes: string[];
  plan: PlanState | null;
  /** The network drawn as it stood at the end of this year (asof=); absent or null is today. */
  asOf?: number | null;
  /** The guided tour's step, 1-based (tour=); absent or null is no tour. */
  tour?: number | null;
  /**
   * The tour plays by itself (autoplay=1): Play sets it, Pause (or a key press) drops it, so a reload resumes as left.
   */
  autoplay?: boolean;
  /** The timeline event shown on the map (event=). */
  event?: string | null;
  /** The page's language; null until the page has chosen one (from the browser's). */
  lang: Lang | null;
  /** What a phone reader has opened (open=): the menu, the bottom sheet, the map's compact panels. */
  open?: OpenPart[];
}

/** The parts of the phone layout that open and close, as the address names them. */
export const openParts = ['menu', 'sheet', 'layers', 'legend', 'asof', 'trade-legend'] as const;
export type OpenPart = (typeof openParts)[number];

/**
 * Layers a first visit leaves off, to be switched on in the layer control: the map opens on the summits, hubs and
 * railways without four more layers of lines, symbols and outlines over them (and draws sooner for it).
 */
export const hiddenAtFirst: ReadonlySet<string> = new Set(['pipelines', 'roads', 'crossings', 'visa-free']);

export const defaultState: PageState = {
  view: null,
  layers: null,
  panel: 'trade',
  year: null,
  reporter: 'china',
  trade: true,
  flows: true,
  routes: [],
  plan: null,
  lang: null,
};

const list = (text: string | null) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : []);

export function readState(search: string): PageState {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  const [from, to] = list(params.get('plan'));
  const [zoom, lat, lon] = (params.get('view') ?? '').split('/').map(Number);
  const view =
    [zoom, lat, lon].every((n) => n !== undefined && Number.isFinite(n)) &&
    zoom! >= 0 &&
    zoom! <= 18 &&
    Math.abs(lat!) <= 90 &&
    Math.abs(lon!) <= 180
      ? { zoom: Math.round(zoom!), lat: lat!, lon: lon! }
      : null;
  return {
    view,
    layers: params.has('layers') ? list(params.get('layers')) : null,
    panel: panelOf(params.get('panel')),
    year: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null,
    reporter: params.get('reporter') === 'partner' ? 'partner' : 'china',
    trade: params.get('trade') !== 'off',
    flows: params.get('flows') !== 'off',
    routes: list(params.get('routes')).slice(0, 6),
    plan:
      from && to
        ? {
            from,
            to,
            avoid: list(params.get('avoid')),
            by: params.get('by') === 'time' ? 'time' : 'distance',
            scenario: params.get('scenario') === 'planned' ? 'planned' : 'today',
          }
        : null,
    lang: isLang(params.get('lang')) ? (params.get('lang') as Lang) : null,
    ...timelineState(params),
  };
}

/**
 * asof=, tour=, autoplay=, event= and open=: present in the state only when the address gives them (and they make
 * sense).
 */
function timelineState(params: URLSearchParams): Pick<PageState, 'asOf' | 'tour' | 'autoplay' | 'event' | 'open'> {
  const asOf = Number(params.get('asof'));
  const tour = Number(params.get('tour'));
  const event = params.get('event') ?? '';
  const open = list(params.get('open')).filter((p): p is OpenPart => (openParts as readonly string[]).includes(p));
  return {
    ...(open.length ? { open: [...new Set(open)] } : {}),
    ...(Number.isInteger(asOf) && asOf >= 1800 && asOf <= 2100 ? { asOf } : {}),
    ...(Number.isInteger(tour) && tour >= 1 && tour <= 99 ? { tour } : {}),
    ...(params.get('autoplay') === '1' ? { autoplay: true } : {}),
    ...(/^[a-z0-9-]{1,80}$/.test(event) ? { event } : {}),
  };
}

const panels = ['routes', 'timeline', 'data', 'places'] as const;
const panelOf = (text: string | null): PageState['panel'] =>
  (panels as readonly string[]).includes(text ?? '') ? (text as PageState['panel']) : 'trade';

export function writeState(state: PageState, search: string): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | null, fallback: string | null = null) =>
    value === fallback || value === null || value === '' ? params.delete(key) : params.set(key, value);
  set('view', state.view ? `${state.view.zoom}/${state.view.lat.toFixed(4)}/${state.view.lon.toFixed(4)}` : null);
  if (state.layers === null) params.delete('layers');
  else params.set('layers', state.layers.join(','));
  set('panel', state.panel, 'trade');
  set('year', state.year === null ? null : String(state.year));
  set('reporter', state.reporter, 'china');
  set('trade', state.trade ? 'on' : 'off', 'on');
  set('flows', state.flows ? 'on' : 'off', 'on');
  set('routes', state.routes.join(','));
  set('plan', state.plan ? `${state.plan.from},${state.plan.to}` : null);
  set('avoid', state.plan?.avoid.join(',') ?? null);
  set('by', state.plan?.by ?? null, 'distance');
  set('scenario', state.plan?.scenario ?? null, 'today');
  set('asof', state.asOf == null ? null : String(state.asOf));
  set('tour', state.tour == null ? null : String(state.tour));
  // Playing is a state of an open tour: without one, autoplay= goes (loop= and interval= are settings, and stay).
  set('autoplay', state.autoplay && state.tour != null ? '1' : null);
  set('event', state.event ?? null);
  set('open', state.open?.join(',') ?? null);
  if (state.lang) params.set('lang', state.lang);
  else if (!isLang(params.get('lang'))) params.delete('lang');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** One state for the page; every change is mirrored into the address bar without a new history entry. */
export class PageStore {
  private current: PageState;
  private readonly listeners = new Set<(state: PageState) => void>();

  constructor(private readonly location: Location, private readonly history: History) {
    this.current = readState(location.search);
  }

  get state(): PageState {
    return this.current;
  }

  update(patch: Partial<PageState>): PageState {
    this.current = { ...this.current, ...patch };
    const { pathname, search, hash } = this.location;
    const next = writeState(this.current, search);
    // Only when the address changes: replaceState is a round trip to the browser, and many updates (the year already
    // shown, the language already set) leave it as it is.
    if (next !== search) this.history.replaceState(null, '', `${pathname}${next}${hash}`);
    for (const listener of this.listeners) listener(this.current);
    return this.current;
  }

  /** Calls the listener after every change (parts of the page that follow the year, say); returns the unsubscribe. */
  subscribe(listener: (state: PageState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
