import type L from 'leaflet';
import { narrowQuery } from '../narrow';
import { html } from '../dom';
import type { Description } from '../format';
import { t } from '../i18n/messages';
import { originalText } from '../i18n/names';
import { sourceLink } from '../sourceLink';

/** A feature's description as DOM. Text goes in as text: nothing from the data is parsed as HTML. */
export function popupContent(description: Description): HTMLElement {
  const root = html('article', { class: 'feature-popup' });
  root.append(data('h2', 'feature-title', description.title));
  if (description.subtitle) root.append(data('p', 'feature-subtitle', description.subtitle));

  if (description.rows.length) {
    const list = html('dl', { class: 'feature-facts' });
    for (const row of description.rows) list.append(html('dt', { text: row.label }), data('dd', null, row.value));
    root.append(list);
  }
  for (const group of description.lists) {
    root.append(html('h3', { text: group.label }));
    const list = html('ul');
    for (const item of group.items) list.append(data('li', null, item));
    root.append(list);
  }
  for (const note of description.notes) root.append(data('p', 'feature-note', note));

  if (description.sources.length) {
    root.append(html('h3', { text: t(description.sources.length === 1 ? 'popup.source' : 'popup.sources') }));
    // Numbered: a figure cites its sources by their number in this list.
    const list = html('ol', { class: 'feature-sources' });
    for (const source of description.sources) {
      const item = html('li');
      item.append(sourceLink(source));
      list.append(item);
    }
    root.append(list);
  }
  return root;
}

/** Words that may come from the data as the sources wrote them: marked with their own language. */
function data(tag: string, className: string | null, text: string): HTMLElement {
  return originalText(html(tag, { class: className }), text);
}

/**
 * Where a popup may sit: on a wide screen clear of the side panel's tab and the controls on the right; on a phone (no
 * room for that) anywhere on the map, as wide as the screen allows.
 */
export function popupRoom(wide: { maxWidth: number; paddingLeft: number; paddingRight: number }): L.PopupOptions {
  const phone = window.matchMedia(narrowQuery).matches;
  if (phone) {
    const maxWidth = Math.min(wide.maxWidth, window.innerWidth - 90);
    const maxHeight = Math.round(window.innerHeight * 0.5);
    return { maxWidth, maxHeight, autoPanPaddingTopLeft: [8, 8], autoPanPaddingBottomRight: [8, 8] };
  }
  const { maxWidth, paddingLeft, paddingRight } = wide;
  return { maxWidth, autoPanPaddingTopLeft: [paddingLeft, 24], autoPanPaddingBottomRight: [paddingRight, 24] };
}
