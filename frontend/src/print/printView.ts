// The current view made into the handout: its picture, words and sources gathered from the page, the address marked
// print=1 while the handout is open. Loaded with the handout, when a reader asks for it.
import { t } from '../i18n/messages';
import { viewOf } from '../map/control';
import type { AtlasMap } from '../map/createMap';
import { mapImage } from '../map/snapshot';
import type { PageState } from '../state/permalink';
import type { LayerInfo, Source } from '../contract';
import { layerSources, snapshotText } from '../widgets/mapText';
import { showHandout } from './handout';

export interface PrintParts {
  map: AtlasMap;
  title: string;
  /** The layers shown (and 'trade' when the trade colours are). */
  shown: string[];
  state: PageState;
  layers: LayerInfo[];
  basemapSources: Source[];
  /** Opens the browser's print dialog once the handout is ready (the Print button; not print=1). */
  thenPrint: boolean;
}

/** Only what names the view: the phone layout's open panels, kiosk and autoplay settings and print=1 itself go. */
const notOfTheView = ['print', 'open', 'kiosk', 'autoplay', 'loop', 'interval'];

export async function printView(parts: PrintParts): Promise<void> {
  const { map, title, shown, state, layers, basemapSources, thenPrint } = parts;
  const text = snapshotText(viewOf(map), title, shown, state.year, state.reporter);
  const params = new URLSearchParams(location.search);
  for (const key of notOfTheView) params.delete(key);
  // Commas and slashes need no escaping in a query: the printed address stays readable and short to type.
  const query = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  const permalink = `${location.origin}${location.pathname}?${query}`;
  const withPrint = new URL(location.href);
  withPrint.searchParams.set('print', '1');
  history.replaceState(null, '', withPrint);
  await showHandout({
    title, text, image: await mapImage(map, { ...text, legend: [] }), asOf: state.asOf ?? null, permalink,
    layerTitles: [
      ...layers.filter((l) => shown.includes(l.id)).map((l) => l.title),
      ...(shown.includes('trade') ? [t('tab.trade')] : []),
    ],
    sources: [...layerSources(layers, shown), ...basemapSources],
  }, () => {
    const url = new URL(location.href);
    url.searchParams.delete('print');
    history.replaceState(null, '', url);
    document.getElementById('print')?.focus();
  });
  if (thenPrint) window.print();
}
