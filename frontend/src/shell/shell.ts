// The page's shell on a phone: the masthead's menu, the side panel as a bottom sheet and the map's panels as compact
// buttons, each opened or closed as the address says (open=) and written back there when the reader changes it.
import { t } from '../i18n/messages';
import { compactControls, type CompactControl } from '../map/compactControls';
import type { OpenPart, PageStore } from '../state/permalink';
import { disclosure } from './menu';
import { narrowMedia } from '../narrow';
import { connectSheet } from './sheet';

/** What the map's live region says after a move. */
export const movedTo = (view: { lat: number; lon: number; zoom: number }): string =>
  t('map.moved', {
    centre: t('snapshot.centre', { lat: view.lat.toFixed(1), lon: view.lon.toFixed(1), zoom: view.zoom }),
  });

/** The map's panels that fold into a button on a phone; the legend is a <details> with its own summary. */
export const compactPanels = (): CompactControl[] => [
  // Stacked sheets; a clock; a bar chart.
  {
    selector: '.leaflet-control-layers',
    key: 'layers',
    label: t('compact.layers'),
    icon: { path: 'M12 3 2 8l10 5 10-5-10-5ZM2 13l10 5 10-5M2 17.5l10 5 10-5' },
  },
  {
    selector: '.as-of',
    key: 'asof',
    label: t('compact.asOf'),
    icon: { path: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18ZM12 7v5l3.5 2' },
  },
  {
    selector: '.trade-legend',
    key: 'trade-legend',
    label: t('compact.tradeLegend'),
    icon: { path: 'M4 20h16M6 20v-6M11 20V8M16 20v-9M20 20V4' },
  },
  { selector: 'details.legend', key: 'legend', label: t('legend.heading'), icon: { text: '' } },
];

export function connectShell(store: PageStore, mapElement: HTMLElement): void {
  const isOpen = (part: string) => store.state.open?.includes(part as OpenPart) ?? false;
  const changed = (part: string, open: boolean) => {
    const rest = (store.state.open ?? []).filter((p) => p !== part);
    const next = open ? [...rest, part as OpenPart] : rest;
    store.update({ open: next.length ? next : undefined });
  };
  const byId = (id: string) => document.getElementById(id)!;
  disclosure(byId('menu-toggle'), byId('masthead-menu'), isOpen('menu'), (open) => changed('menu', open));
  const sheet = connectSheet(byId('sheet'), byId('sheet-handle'), byId('panel'), isOpen('sheet'),
    (open) => changed('sheet', open));
  compactControls(mapElement, compactPanels(), { isOpen, changed });
  // The tour's words go at the top of the side panel: on a phone the sheet opens to show them.
  const panel = byId('panel');
  new MutationObserver(() => {
    if (!narrowMedia().matches || sheet.open || !panel.querySelector(':scope > .tour')) return;
    sheet.set(true);
    changed('sheet', true);
  }).observe(panel, { childList: true });
}
