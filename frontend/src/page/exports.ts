// The page's ways out of the map: the embed builder, the image, the citation and the printed handout. Each one's code
// loads when a reader asks for it, not with every reader's first view.
import type { BasemapInfo, LayerInfo, TradeSeriesResponse } from '../contract';
import { saveBlob } from '../download';
import { loadLaterWords, t } from '../i18n/messages';
import { viewOf } from '../map/control';
import type { AtlasMap } from '../map/createMap';
import { boundaryNote } from '../map/legend';
import type { PageStore } from '../state/permalink';
import { yearRange } from '../trade/types';

export interface ExportParts {
  map: AtlasMap;
  store: PageStore;
  layers: LayerInfo[];
  basemapInfo: BasemapInfo;
  onlineTiles: boolean;
  trade: TradeSeriesResponse;
  /** The mission layers on the map, by id. */
  visible(): Set<string>;
  /** What the map shows: the layers on it, and the trade colours while the Trade tab shows them. */
  shownIds(): string[];
}

/** Connects the Embed, Download image, Cite and Print buttons; returns the handout, which print=1 opens too. */
export function connectExports(parts: ExportParts): (thenPrint: boolean) => Promise<void> {
  const { map, store, layers, basemapInfo, trade, visible, shownIds } = parts;
  const title = t('map.title');
  const basemapSources = () => basemapInfo.layers.flatMap((l) => l.sources);
  document.getElementById('embed-open')!.addEventListener('click', async () => {
    const [{ openBuilder }] = await Promise.all([import('../widgets/builder'), loadLaterWords(['widgets'])]);
    openBuilder({
      view: () => viewOf(map), titles: new Map(layers.map((l) => [l.id, l.title])),
      years: yearRange(trade.series, 'china'), defaultYear: store.state.year, visibleLayers: [...visible()],
      onlineTiles: parts.onlineTiles,
    });
  });
  document.getElementById('download-image')!.addEventListener('click', async () => {
    const [{ mapImage }, { snapshotText }] = await Promise.all([
      import('../map/snapshot'),
      import('../widgets/mapText'),
    ]);
    const { licenceNotes } = await import('../widgets/mapText');
    const notes = licenceNotes(layers, shownIds());
    const text = snapshotText(viewOf(map), title, shownIds(), store.state.year, store.state.reporter, notes);
    saveBlob(await mapImage(map, text), 'corridor-atlas-map.png');
  });
  document.getElementById('cite')!.addEventListener('click', async () => {
    const [{ citation, showCitation }, { layerSources, licenceNotes }] = await Promise.all([
      import('../widgets/cite'),
      import('../widgets/mapText'),
    ]);
    const note = [boundaryNote(), ...licenceNotes(layers, shownIds()).map((n) => `${n}.`)].join(' ');
    const sources = [...layerSources(layers, shownIds()), ...basemapSources()];
    showCitation(citation(`Corridor Atlas: ${title}`, location.href, sources, new Date(), note));
  });
  // The Print button, or print=1 in the address once the map is drawn.
  const handout = async (thenPrint: boolean) => (await import('../print/printView')).printView({
    map, title, shown: shownIds(), state: store.state, layers, thenPrint, basemapSources: basemapSources(),
  });
  document.getElementById('print')!.addEventListener('click', () => void handout(true));
  return handout;
}
