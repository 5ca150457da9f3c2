// The Data tab's downloads besides the layers (which the OGC API lists): the trade table, the routes compared and the
// volumes series. Made when a reader opens the tab; the tab's code and each CSV writer load then too.
import { getJson } from '../api';
import type { LayerInfo, RouteComparison, RouteSummary, RouteVolumes, TradeSeriesResponse } from '../contract';
import { odbl, projectLicence } from '../data/citation';
import type { TableDownload } from '../data/panel';
import { loadLaterWords, t } from '../i18n/messages';

const tradeAttribution = 'Corridor Atlas, compiled from the customs and statistics publications cited per value';
// The routes' geometry is drawn through OpenStreetMap station nodes: the comparison is ODbL like the network.
const routesAttribution = '© OpenStreetMap contributors (route geometry through OSM station nodes); Corridor Atlas; '
  + 'transit times, published lengths and emission factors from the publications cited per route';
const volumesAttribution = 'Corridor Atlas, compiled from the ministries’, railways’, port operators’ and '
  + 'associations’ publications cited per value';

/** Fills the Data tab: the OGC collections with the layers' titles in the page's language, then the tables. */
export async function connectDownloads(
  panel: HTMLElement,
  layers: LayerInfo[],
  trade: TradeSeriesResponse,
  langQuery: string,
): Promise<void> {
  const [{ connectData }, routes] = await Promise.all([
    import('../data/view'),
    getJson<RouteSummary[]>(`/api/routes${langQuery}`),
    loadLaterWords(['data']),
  ]);
  const titles = new Map(layers.map((l) => [l.id, { title: l.title, description: l.description }]));
  await connectData(panel, [tradeTable(trade), ...routeTables(routes), volumesTable()], titles);
}

function tradeTable(trade: TradeSeriesResponse): TableDownload {
  return {
    id: 'trade', title: t('data.tradeTitle'), jsonPath: '/api/trade/series', description: t('data.tradeDescription'),
    csv: async () => (await import('../trade/csv')).seriesToCsv(trade.series), licence: projectLicence,
    attribution: tradeAttribution,
  };
}

/**
 * A comparison takes two to six routes (the API's limits), so more routes make more than one download, evenly split.
 */
function routeTables(routes: RouteSummary[]): TableDownload[] {
  const count = Math.ceil(routes.length / 6);
  const size = Math.ceil(routes.length / count);
  const batches = Array.from({ length: count }, (_, i) => routes.slice(i * size, i * size + size));
  return batches.map((batch, i) => {
    const compare = `/api/routes/compare?ids=${batch.map((r) => r.id).join(',')}`;
    return {
      id: i === 0 ? 'routes' : `routes-${i + 1}`,
      title: batches.length > 1
        ? t('data.routesTitlePart', { part: i + 1, parts: batches.length })
        : t('data.routesTitle'),
      jsonPath: compare,
      description: t('data.routesDescription', { routes: batch.map((r) => r.name).join('; ') }),
      csv: async () => (await import('../routes/csv')).metricsToCsv((await getJson<RouteComparison>(compare)).routes),
      licence: odbl,
      attribution: routesAttribution,
    };
  });
}

function volumesTable(): TableDownload {
  return {
    id: 'volumes', title: t('data.volumesTitle'), jsonPath: '/api/routes/volumes',
    description: t('data.volumesDescription'),
    csv: async () =>
      (await import('../routes/csv')).volumesToCsv((await getJson<RouteVolumes>('/api/routes/volumes')).series),
    licence: projectLicence, attribution: volumesAttribution,
  };
}
