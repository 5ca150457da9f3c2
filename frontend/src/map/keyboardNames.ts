import type L from 'leaflet';

/**
 * Leaflet makes a line or area with a tooltip focusable (tabindex 0) but leaves it without a name or a role, so a
 * screen reader announced the trade areas and flow lines as nothing. Each gets a role, and on focus the tooltip's
 * words as its name (worked out then, as the tooltip does, so figures are formatted only for readers who reach them).
 * With `activate`, Enter or Space does what a click does (opens the area's facts).
 */
export function nameForKeyboard(layer: L.Path, text: () => string, activate?: () => void): void {
  layer.on('add', () => {
    const element = layer.getElement() as SVGElement | undefined;
    if (!element || element.dataset.keyboardNamed) return;
    element.dataset.keyboardNamed = 'true';
    element.setAttribute('role', activate ? 'button' : 'img');
    element.addEventListener('focus', () => element.setAttribute('aria-label', text()));
    if (activate)
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        activate();
      });
  });
}
