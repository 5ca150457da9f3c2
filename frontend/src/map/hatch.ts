import L from 'leaflet';
import { colours } from './styles';

const svgNs = 'http://www.w3.org/2000/svg';
export const hatchId = 'disputed-hatch';

/**
 * Diagonal hatching as an SVG pattern. It lives inside the SVG that draws the disputed areas, so the image export,
 * which copies each SVG on its own, keeps the hatching.
 */
export function hatchPattern(id: string, size = 6): SVGPatternElement {
  const pattern = document.createElementNS(svgNs, 'pattern');
  for (const [k, v] of Object.entries({
    id,
    patternUnits: 'userSpaceOnUse',
    width: String(size),
    height: String(size),
    patternTransform: 'rotate(45)',
  }))
    pattern.setAttribute(k, v);
  const tint = document.createElementNS(svgNs, 'rect');
  for (const [k, v] of Object.entries({
    width: String(size),
    height: String(size),
    fill: colours.disputed,
    'fill-opacity': '0.1',
  }))
    tint.setAttribute(k, v);
  const stripe = document.createElementNS(svgNs, 'line');
  for (const [k, v] of Object.entries({
    x1: '0',
    y1: '0',
    x2: '0',
    y2: String(size),
    stroke: colours.disputed,
    'stroke-width': '2',
    'stroke-opacity': '0.75',
  }))
    stripe.setAttribute(k, v);
  pattern.append(tint, stripe);
  return pattern;
}

/** An SVG renderer in its own pane whose SVG carries the hatch pattern the disputed areas are filled with. */
export function hatchedRenderer(pane: string): L.SVG {
  const renderer = L.svg({ pane, padding: 0.5 });
  renderer.on('add', () => {
    const svg = renderer.getPane()?.querySelector('svg');
    if (!svg || svg.querySelector(`#${hatchId}`)) return;
    const defs = document.createElementNS(svgNs, 'defs');
    defs.append(hatchPattern(hatchId));
    svg.prepend(defs);
  });
  return renderer;
}
