// The map's panels (the layer list, the "as of" year, the trade legend) as compact buttons on a phone: each gets a
// 44 px toggle that shows or hides the rest of it; closed, only the toggle covers the map. The legend is a <details>
// already and keeps its own summary. Wider screens hide the toggles and always show the panels (styles.css).
// Controls are met as they are added, by whichever part of the page adds them, so no feature code needs to know.
import { narrowQuery } from '../narrow';

export interface CompactControl {
  /** The panel, found by this selector among the map's controls. */
  selector: string;
  /** Its name in the address (open=) and in data-compact-key. */
  key: string;
  /** The toggle's accessible name. */
  label: string;
  /** The toggle's picture: an SVG path in a 24 × 24 box, or a short text. */
  icon: { path: string } | { text: string };
}

export interface CompactOptions {
  isOpen(key: string): boolean;
  changed(key: string, open: boolean): void;
}

export function compactControls(mapElement: HTMLElement, controls: CompactControl[], options: CompactOptions): void {
  const corners = mapElement.querySelector('.leaflet-control-container');
  if (!corners) return;
  const meet = () => {
    for (const control of controls)
      for (const element of corners.querySelectorAll<HTMLElement>(control.selector))
        if (element.dataset.compactKey) continue;
        else if (element instanceof HTMLDetailsElement) followDetails(element, control, options);
        else addToggle(element, control, options);
  };
  new MutationObserver(meet).observe(corners, { childList: true, subtree: true });
  meet();
}

function addToggle(element: HTMLElement, control: CompactControl, options: CompactOptions): void {
  element.dataset.compactKey = control.key;
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'control-toggle';
  toggle.setAttribute('aria-label', control.label);
  toggle.title = control.label;
  toggle.append(iconOf(control.icon));
  const set = (open: boolean) => {
    element.dataset.compact = open ? 'open' : 'closed';
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => {
    const open = element.dataset.compact !== 'open';
    set(open);
    options.changed(control.key, open);
  });
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || element.dataset.compact !== 'open' || !window.matchMedia(narrowQuery).matches) return;
    set(false);
    options.changed(control.key, false);
    toggle.focus();
    event.preventDefault();
  });
  element.prepend(toggle);
  set(options.isOpen(control.key));
}

function followDetails(details: HTMLDetailsElement, control: CompactControl, options: CompactOptions): void {
  details.dataset.compactKey = control.key;
  if (options.isOpen(control.key)) details.open = true;
  details.addEventListener('toggle', () => options.changed(control.key, details.open));
}

const svgNs = 'http://www.w3.org/2000/svg';

function iconOf(icon: CompactControl['icon']): Element {
  if ('text' in icon) {
    const span = document.createElement('span');
    span.setAttribute('aria-hidden', 'true');
    span.textContent = icon.text;
    return span;
  }
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(svgNs, 'path');
  const look = { d: icon.path, fill: 'none', stroke: 'currentColor', 'stroke-width': '2',
    'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
  for (const [k, v] of Object.entries(look)) path.setAttribute(k, v);
  svg.append(path);
  return svg;
}
