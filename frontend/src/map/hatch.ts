import L from 'leaflet';
import { svgElement } from './svg';

const hatchId = 'disputed-hatch';

/** The fill of hatched areas: the pattern hatchedRenderer puts into their SVG. */
export const hatchFill = `url(#${hatchId})`;

/**
 * Diagonal hatching as an SVG pattern. It lives inside the SVG that draws the hatched areas, so the image export,
 * which copies each SVG on its own, keeps the hatching.
 */
export function hatchPattern(id: string, colour: string, size = 6): SVGPatternElement {
  const side = String(size);
  const pattern = svgElement('pattern', {
    id, patternUnits: 'userSpaceOnUse', width: side, height: side, patternTransform: 'rotate(45)',
  });
  const tint = svgElement('rect', { width: side, height: side, fill: colour, 'fill-opacity': '0.1' });
  const stripe = svgElement('line', {
    x1: '0', y1: '0', x2: '0', y2: side, stroke: colour, 'stroke-width': '2', 'stroke-opacity': '0.75',
  });
  pattern.append(tint, stripe);
  return pattern;
}

/** An SVG renderer in its own pane whose SVG carries the hatch pattern (in this colour) its areas are filled with. */
export function hatchedRenderer(pane: string, colour: string): L.SVG {
  const renderer = L.svg({ pane, padding: 0.5 });
  renderer.on('add', () => {
    const svg = renderer.getPane()?.querySelector('svg');
    if (!svg || svg.querySelector(`#${hatchId}`)) return;
    const defs = svgElement('defs', {});
    defs.append(hatchPattern(hatchId, colour));
    svg.prepend(defs);
  });
  return renderer;
}
