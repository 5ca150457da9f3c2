import type L from 'leaflet';
import { getJson } from '../api';
import { drawRoute } from '../map/drawRoute';
import { RouteLayer } from '../map/routeLayer';
import type { PageStore } from '../state/permalink';
import { RoutesPanel } from './panel';
import type { NetworkNodeInfo, RouteSummary } from './types';

/** The planners' panel and the routes it draws; its selection and plan live in the URL. */
export async function connectRoutes(map: L.Map, container: HTMLElement, store: PageStore) {
  const [routes, nodes] = await Promise.all([getJson<RouteSummary[]>('/api/routes'), getJson<NetworkNodeInfo[]>('/api/routes/nodes')]);
  const layer = new RouteLayer();
  layer.group.addTo(map);
  const panel = new RoutesPanel(routes, nodes, {
    change: (state) => store.update(state),
    show: (metrics, colours) => {
      layer.show(metrics, colours, (bounds) => map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6 }));
      map.getContainer().dataset.routesShown = metrics.map((m) => m.id).join(',');
    },
    startDrawing: (done) => drawRoute(map, done),
  });
  container.append(panel.element);
  const { routes: chosen, plan } = store.state;
  if (chosen.length || plan) await panel.restore({ routes: chosen, plan });
}
