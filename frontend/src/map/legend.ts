import L from 'leaflet';
import { t } from '../i18n/messages';
import { hatchPattern } from './hatch';
import { svgElement } from './svg';

export interface LegendEntry {
  /** The catalogue key of its words (locales/{lang}/map.ts). */
  label: string;
  symbol:
    | { type: 'line'; colour: string; dash?: string; width: number }
    | { type: 'area'; fill: string; stroke: string }
    | { type: 'hatch'; colour: string }
    | { type: 'marker'; className: string };
}

/** A layer's entries in the legend, registered by the folder that owns the layer (layers/styles.ts). */
export interface LayerLegend {
  layerId: string;
  entries: LegendEntry[];
}

/** The legend lists the symbols of the layers that are on, built from the same styles the layers use. */
export function createLegend(
  titles: Map<string, string>,
  legendEntries: readonly LayerLegend[],
  options: { open?: boolean } = {},
): L.Control & { update(visible: Set<string>): void } {
  const container = L.DomUtil.create('details', 'legend leaflet-control') as HTMLDetailsElement;
  // Open on screens with room for it; a summary to tap elsewhere.
  container.open = options.open ?? window.matchMedia('(min-width: 700px)').matches;
  L.DomEvent.disableClickPropagation(container);
  L.DomEvent.disableScrollPropagation(container);

  // The legend grows up from the bottom-right corner; it stops short of the layer list above it and scrolls instead.
  // Measured once a frame at most: reading layout while layers are still being drawn would force it again and again.
  let mapElement: HTMLElement | null = null;
  let pending = false;
  const fit = () => {
    if (pending || !mapElement) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (mapElement) fitBelow(container, mapElement);
    });
  };
  const control = Object.assign(
    new (L.Control.extend({
      onAdd: (map: L.Map) => {
        mapElement = map.getContainer();
        map.on('resize', fit);
        const above = mapElement.querySelector('.leaflet-top.leaflet-right');
        if (above && 'ResizeObserver' in window) new ResizeObserver(fit).observe(above);
        fit();
        return container;
      },
    }))({ position: 'bottomright' }),
    {
      update(visible: Set<string>) {
        render(visible);
        fit();
      },
    },
  );
  const render = (visible: Set<string>) => {
    const heading = document.createElement('summary');
    heading.textContent = t('legend.heading');
    const list = document.createElement('ul');
    for (const { layerId, entries } of legendEntries) {
      if (!visible.has(layerId) || !titles.has(layerId)) continue;
      for (const entry of entries) list.append(item(entry));
    }
    const note = document.createElement('p');
    note.textContent = t('legend.note');
    const boundaries = document.createElement('p');
    boundaries.className = 'legend-boundaries';
    boundaries.textContent = boundaryNote();
    container.replaceChildren(heading, list, note, boundaries);
  };
  return control;
}

/** Caps the legend's height at the room between its bottom and the controls in the corner above it. */
function fitBelow(legend: HTMLElement, mapElement: HTMLElement): void {
  const above = mapElement.querySelector('.leaflet-top.leaflet-right')?.getBoundingClientRect();
  const bottom = legend.getBoundingClientRect().bottom;
  const top = above && above.height > 0 ? above.bottom : mapElement.getBoundingClientRect().top;
  legend.style.maxHeight = `${Math.max(120, Math.floor(bottom - top - 10))}px`;
}

/** What the borders and basemap do with disputed territory: said wherever the map is shown, exported or cited. */
export const boundaryNote = (): string => t('legend.boundaries');

function item(entry: LegendEntry): HTMLLIElement {
  const li = document.createElement('li');
  li.append(swatch(entry), document.createTextNode(t(entry.label)));
  return li;
}

function swatch(entry: LegendEntry): Element {
  const { symbol } = entry;
  if (symbol.type === 'marker') {
    const span = document.createElement('span');
    span.className = 'legend-marker';
    span.setAttribute('aria-hidden', 'true');
    const shape = document.createElement('span');
    shape.className = symbol.className;
    span.append(shape);
    return span;
  }
  const svg = svgElement('svg', { width: '32', height: '14', 'aria-hidden': 'true' });
  if (symbol.type === 'hatch') {
    const defs = svgElement('defs', {});
    defs.append(hatchPattern('legend-hatch', symbol.colour, 5));
    const outline = { stroke: symbol.colour, 'stroke-width': '1', 'stroke-dasharray': '4 3' };
    svg.append(defs, svgElement('rect', { ...box, fill: 'url(#legend-hatch)', ...outline }));
  } else if (symbol.type === 'line') {
    const cap = symbol.dash === '1 7' ? 'round' : 'butt';
    const stroke = { stroke: symbol.colour, 'stroke-width': String(symbol.width), 'stroke-linecap': cap };
    const line = svgElement('line', { x1: '2', y1: '7', x2: '30', y2: '7', ...stroke });
    if (symbol.dash) line.setAttribute('stroke-dasharray', symbol.dash);
    svg.append(line);
  } else {
    svg.append(svgElement('rect', { ...box, fill: symbol.fill, stroke: symbol.stroke, 'stroke-width': '1' }));
  }
  return svg;
}

/** The swatch's box for areas, inside its 32 × 14 drawing. */
const box = { x: '3', y: '1', width: '26', height: '12' };
