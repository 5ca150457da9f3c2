import L from 'leaflet';
import { t, tn } from '../i18n/messages';
import './drawRoute.css';

/**
 * A small drawing tool: each click on the map adds a point, Finish (or Enter, or a double-click) ends the line,
 * Escape cancels. Coordinates come back as [longitude, latitude], as GeoJSON has them.
 */
export function drawRoute(map: L.Map, done: (line: [number, number][]) => void): void {
  const points: L.LatLng[] = [];
  const line = L.polyline([], { pane: 'routes', color: '#7b3294', weight: 4, dashArray: '6 6' }).addTo(map);
  const bar = L.DomUtil.create('div', 'draw-bar leaflet-control');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', t('draw.group'));
  const hint = document.createElement('span');
  hint.textContent = t('draw.hint');
  const finish = button(t('draw.finish'), () => end(true));
  const cancel = button(t('draw.cancel'), () => end(false));
  bar.append(hint, finish, cancel);
  L.DomEvent.disableClickPropagation(bar);
  const control = new (L.Control.extend({ onAdd: () => bar }))({ position: 'topleft' }).addTo(map);
  map.getContainer().classList.add('drawing');
  map.doubleClickZoom.disable();

  const onClick = (event: L.LeafletMouseEvent) => {
    points.push(event.latlng.wrap());
    line.setLatLngs(points);
    hint.textContent = tn('draw.points', points.length);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') end(false);
    if (event.key === 'Enter') end(true);
  };
  map.on('click', onClick);
  map.on('dblclick', () => end(true));
  document.addEventListener('keydown', onKey);
  finish.focus();

  function end(keep: boolean): void {
    map.off('click', onClick);
    map.off('dblclick');
    document.removeEventListener('keydown', onKey);
    map.removeLayer(line);
    control.remove();
    map.getContainer().classList.remove('drawing');
    map.doubleClickZoom.enable();
    if (keep && points.length >= 2) done(points.map((p) => [round(p.lng), round(p.lat)]));
  }
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}
