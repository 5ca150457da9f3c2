// The tour that runs itself, for a projector: each step shows for a while, then the next; it holds while the reader
// points at or works in the tour's panel, stops at a key press (the reader has taken over) or at the end, or starts
// again from the first step when asked to loop. Play and Pause are one button. No Leaflet here.
import { t } from '../i18n/messages';

export interface AutoplaySettings {
  /** Start playing as the tour opens (autoplay=1). */
  autoplay: boolean;
  /** Start again after the last step (loop=1). */
  loop: boolean;
  /** How long each step shows, in milliseconds (interval= in seconds, 12 unless given). */
  intervalMs: number;
}

export const defaultIntervalSeconds = 12;
/** The shortest and longest step the address may ask for: shorter than 2 s cannot be read, longer is a stopped tour. */
export const intervalLimits = { min: 2, max: 600 } as const;

/** autoplay=, loop= and interval= from an address; a number out of range is brought within it. */
export function readAutoplay(search: string): AutoplaySettings {
  const params = new URLSearchParams(search);
  const seconds = Number(params.get('interval'));
  const interval = params.has('interval') && Number.isFinite(seconds)
    ? Math.min(intervalLimits.max, Math.max(intervalLimits.min, seconds)) : defaultIntervalSeconds;
  const on = (key: string) => params.get(key) === '1';
  return { autoplay: on('autoplay'), loop: on('loop'), intervalMs: Math.round(interval * 1000) };
}

export interface Steps {
  readonly index: number;
  readonly count: number;
  go(step: number): void;
}

export interface Autoplay {
  button: HTMLButtonElement;
  /** Called after every step shown, whoever showed it: the next step's wait starts again. */
  stepped(): void;
  stop(): void;
  readonly playing: boolean;
}

/** Runs the steps by themselves inside the tour's panel (`panel`), with a Play/Pause button. */
export function autoplay(panel: HTMLElement, steps: Steps, settings: AutoplaySettings,
  onChange: (playing: boolean) => void = () => {}): Autoplay {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tour-play';
  let playing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Held while the pointer is over the panel or the focus is in it (not on this button, which the reader just used).
  let hovered = false;
  let focused = false;

  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    panel.dataset.autoplay = playing ? (hovered || focused ? 'held' : 'playing') : 'paused';
    if (!playing || hovered || focused) return;
    timer = setTimeout(advance, settings.intervalMs);
  };
  const advance = () => {
    if (steps.index < steps.count) steps.go(steps.index + 1);
    else if (settings.loop) steps.go(1);
    else set(false);
  };
  const set = (on: boolean) => {
    playing = on;
    button.textContent = t(on ? 'tour.pause' : 'tour.play');
    button.setAttribute('aria-pressed', String(on));
    schedule();
    onChange(on);
  };
  button.addEventListener('click', () => set(!playing));
  panel.addEventListener('pointerenter', () => ((hovered = true), schedule()));
  panel.addEventListener('pointerleave', () => ((hovered = false), schedule()));
  panel.addEventListener('focusin', (event) => ((focused = event.target !== button), schedule()));
  panel.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    focused = panel.contains(next) && next !== button;
    schedule();
  });
  // A key press (other than one that presses this button) means the reader has taken over.
  const onKey = (event: KeyboardEvent) => {
    if (playing && !(event.target === button && (event.key === 'Enter' || event.key === ' '))) set(false);
  };
  document.addEventListener('keydown', onKey, { capture: true });
  set(settings.autoplay);
  return {
    button,
    stepped: schedule,
    stop: () => {
      playing = false;
      clearTimeout(timer);
      document.removeEventListener('keydown', onKey, { capture: true });
    },
    get playing() {
      return playing;
    },
  };
}
