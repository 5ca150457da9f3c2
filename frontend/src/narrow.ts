// Shared (at the root): map/ and shell/ both fold at this width, so neither may own it.
// The one breakpoint of the phone layout: at this width and below the masthead folds into a menu, the map's controls
// into compact buttons and the side panel into a bottom sheet (styles.css uses the same width).
export const narrowQuery = '(max-width: 600px)';

export const narrowMedia = (): MediaQueryList => window.matchMedia(narrowQuery);

/** Kiosk mode (kiosk=1 in the address), for a projector: no masthead and larger text (shell.css). */
export function applyKiosk(search: string): boolean {
  const kiosk = new URLSearchParams(search).get('kiosk') === '1';
  document.documentElement.classList.toggle('kiosk', kiosk);
  return kiosk;
}
