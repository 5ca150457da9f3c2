import type L from 'leaflet';

/**
 * Leaflet makes a line or area with a tooltip focusable (tabindex 0) but leaves it without a name or a role, so a
 * screen reader announced the trade areas and flow lines as nothing. Each gets a role and the tooltip's words as its
 * name: once the browser is idle after drawing (their figures' number formats would otherwise hold back the first
 * frame), and again on focus, so the name follows the year shown.
 * With `activate`, Enter or Space does what a click does (opens the area's facts).
 */
export function nameForKeyboard(layer: L.Path, text: () => string, activate?: () => void): void {
  layer.on('add', () => {
    const element = layer.getElement() as SVGElement | undefined;
    if (!element || element.dataset.keyboardNamed) return;
    element.dataset.keyboardNamed = 'true';
    // The role comes with the name, never before it: a role without a name is what screen readers (and axe) flag.
    const name = () => {
      element.setAttribute('role', activate ? 'button' : 'img');
      element.setAttribute('aria-label', text());
    };
    if ('requestIdleCallback' in window) requestIdleCallback(name, { timeout: 1000 });
    else setTimeout(name, 200);
    element.addEventListener('focus', name);
    if (activate)
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        activate();
      });
  });
}
