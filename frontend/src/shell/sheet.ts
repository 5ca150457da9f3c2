// The side panel as a bottom sheet on a phone: closed, only its handle shows below the map; a tap on the handle or a
// swipe up opens it, a swipe down or Escape closes it. Closed, its content is inert (out of the tab order and of the
// accessibility tree); on wider screens it is the ordinary side panel (styles.css) and never inert.
import { disclosure, type Disclosure } from './menu';
import { narrowMedia } from '../narrow';

/** How far (px) a swipe on the handle must travel to open or close the sheet rather than count as a tap. */
const swipe = 30;

export function connectSheet(sheet: HTMLElement, handle: HTMLElement, panel: HTMLElement, initiallyOpen: boolean,
  onChange: (open: boolean) => void): Disclosure {
  const media = narrowMedia();
  const follow = () => (panel.inert = media.matches && !control.open);
  const control = disclosure(handle, sheet, initiallyOpen, (open) => (follow(), onChange(open)));
  media.addEventListener('change', follow);
  follow();

  let startY: number | null = null;
  let swiped = false;
  handle.addEventListener('pointerdown', (event) => {
    startY = event.clientY;
    swiped = false;
    handle.setPointerCapture(event.pointerId);
  });
  handle.addEventListener('pointermove', (event) => {
    if (startY === null) return;
    sheet.style.setProperty('--sheet-drag', `${event.clientY - startY}px`);
  });
  const end = (event: PointerEvent) => {
    if (startY === null) return;
    const moved = event.clientY - startY;
    startY = null;
    sheet.style.removeProperty('--sheet-drag');
    if (Math.abs(moved) < swipe) return;
    swiped = true;
    const open = moved < 0;
    if (open !== control.open) (control.set(open), follow(), onChange(open));
  };
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
  // A swipe ends in a click on the handle too; it must not undo what the swipe did.
  handle.addEventListener('click', (event) => {
    if (!swiped) return;
    swiped = false;
    event.stopImmediatePropagation();
  }, { capture: true });
  return {
    set: (open) => (control.set(open), follow()),
    get open() { return control.open; },
  };
}
