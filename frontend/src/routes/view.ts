import { getJson } from '../api';
import { countryName } from '../format';
import { formatNumber } from '../i18n/formats';
import { currentLanguage, loadLaterWords, t } from '../i18n/messages';
import type { AtlasMap } from '../map/createMap';
import { drawRoute } from '../map/drawRoute';
import { RouteLayer } from '../map/routeLayer';
import type { PageStore } from '../state/permalink';
import { RoutesPanel } from './panel';
import { formatDays } from './types';
import type { NetworkNodeInfo, RouteSummary } from '../contract';
import './routes.css';

/** The planners' panel and the routes it draws; its selection and plan live in the URL. */
export async function connectRoutes(map: AtlasMap, container: HTMLElement, store: PageStore) {
  const lang = currentLanguage() === 'en' ? '' : `?lang=${currentLanguage()}`;
  const [routes, nodes] = await Promise.all([
    getJson<RouteSummary[]>(`/api/routes${lang}`),
    getJson<NetworkNodeInfo[]>(`/api/routes/nodes${lang}`),
    loadLaterWords(['routes']),
  ]);
  const layer = new RouteLayer(map);
  const panel = new RoutesPanel(routes, nodes, {
    change: (state) => store.update(state),
    show: (metrics, colours) => {
      layer.show(
        metrics.map((m) => ({
          id: m.id,
          coordinates: m.geometry.coordinates,
          colour: colours.get(m.id) ?? '#333',
          tooltip: t('routes.tooltip', {
            name: m.name,
            km: t('unit.km', { value: formatNumber(Math.round(m.lengthKm)) }),
            countries: m.countries.map(countryName).join(' → '),
            days: formatDays(m.transitDays),
          }),
        })),
      );
      map.getContainer().dataset.routesShown = metrics.map((m) => m.id).join(',');
    },
    startDrawing: (done) => drawRoute(map, done),
  });
  container.append(panel.element);
  const { routes: chosen, plan } = store.state;
  if (chosen.length || plan) await panel.restore({ routes: chosen, plan });
}
