// The guided tour's panel: a step's title, text, year and sources, Previous/Next buttons and the keyboard (← →, Esc).
// The page it runs in (the atlas or an embed) shows each step through a TourHost; no Leaflet here.
import { html } from '../dom';
import { formatNumber } from '../i18n/formats';
import { t } from '../i18n/messages';
import { sourceList, uniqueSources } from '../timeline/sources';
import type { DatedSource, EventFeature, TimelineEvent, TradeSeries } from '../contract';
import { autoplay, readAutoplay, type AutoplaySettings } from './autoplay';
import { tourSteps, type TourStep } from './steps';
import './tour.css';

export interface TourHost {
  /** Shows a step: its view, layers and year, and points out the features of the events it tells of. */
  show(step: TourStep, features: EventFeature[]): void;
  /** Puts the tour's panel on the page; returns its removal. */
  place(element: HTMLElement): () => void;
  /** The step shown (1-based), or null once the tour is left. */
  changed(step: number | null): void;
  /**
   * Whether the tour plays by itself, as it opens and whenever Play, Pause, a key press or the last step changes it.
   */
  played?(playing: boolean): void;
}

export interface TourData {
  events: TimelineEvent[];
  trade: TradeSeries[];
}

export interface Tour {
  go(step: number): void;
  close(): void;
}

/**
 * China-reported trade in a year: the five states' total and Kazakhstan's, with every source; null when a state lacks a
 * figure.
 */
export function tradeOf(
  series: TradeSeries[],
  year: number,
): { total: number; kazakhstan: number; sources: DatedSource[] } | null {
  const points = series
    .filter((s) => s.reporter === 'china')
    .map((s) => ({ iso3: s.iso3, point: s.points.find((p) => p.year === year) }));
  if (points.length < 5 || points.some((p) => !p.point)) return null;
  return {
    total: points.reduce((sum, p) => sum + p.point!.total, 0),
    kazakhstan: points.find((p) => p.iso3 === 'KAZ')!.point!.total,
    sources: uniqueSources(points.flatMap((p) => p.point!.sources)),
  };
}

const amount = (usd: number) => t('tour.trade.amount', {
  billions: formatNumber(usd / 1e9, { maximumFractionDigits: 2 }),
  yi: formatNumber(usd / 1e8, { maximumFractionDigits: 1 }),
});

/** A step's text and sources: its events' sources, or for the trade step the sources of the figures it quotes. */
export function stepContent(
  step: TourStep,
  data: TourData,
): { title: string; text: string; sources: DatedSource[]; features: EventFeature[] } {
  const events = step.events
    .map((id) => data.events.find((e) => e.id === id))
    .filter((e): e is TimelineEvent => Boolean(e));
  let sources = uniqueSources(events.flatMap((e) => [...e.sources, ...e.notes.flatMap((n) => n.sources)]));
  let params: Record<string, string | number> = {};
  if (step.trade) {
    const trade = tradeOf(data.trade, step.year);
    if (trade) {
      params = { year: step.year, total: amount(trade.total), kazakhstan: amount(trade.kazakhstan) };
      sources = trade.sources;
    }
  }
  return {
    title: t(`tour.step.${step.id}.title`),
    text: t(`tour.step.${step.id}.text`, params),
    sources,
    features: events.flatMap((e) => e.features),
  };
}

/** Keys the tour leaves alone: a slider's, a list's or a form's own arrows, and anything while a dialog is open. */
function keyIsForSomethingElse(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) return true;
  const target = event.target instanceof Element ? event.target : null;
  return Boolean(
    target?.closest('input, select, textarea, [contenteditable="true"], [role="tablist"]') ||
    document.querySelector('dialog[open]'),
  );
}

/** The tour's card: the step's count, title, text and year (read out as they change), its sources, buttons, keys. */
function tourCard() {
  const element = html('section', { class: 'tour', attrs: { 'aria-labelledby': 'tour-title' } });
  const count = html('p', { class: 'tour-count' });
  const title = html('h2', { attrs: { id: 'tour-title' } });
  title.tabIndex = -1;
  const text = html('p', { class: 'tour-text' });
  const year = html('p', { class: 'tour-year' });
  const sources = document.createElement('div');
  // Read out when the step changes, wherever the focus is.
  const live = html('div', { attrs: { 'aria-live': 'polite' } }, count, title, text, year);
  const buttons = html('div', { class: 'tour-buttons' });
  const keys = html('p', { class: 'tour-keys', text: t('tour.keys') });
  element.append(live, html('h3', { text: t('tour.sources') }), sources, buttons, keys);
  return { element, count, title, text, year, sources, buttons };
}

const tourButton = (label: string, className: string, onClick: () => void) => {
  const b = html('button', { class: className, text: label, attrs: { type: 'button' } });
  b.addEventListener('click', onClick);
  return b;
};

/**
 * Opens the tour at a step. With autoplay the steps run by themselves (tour/autoplay.ts); the focus then stays where it
 * is, since the reader is watching, not reading with the keyboard.
 */
export function startTour(host: TourHost, data: TourData, first = 1,
  play: AutoplaySettings = readAutoplay(location.search)): Tour {
  const card = tourCard();
  const { element } = card;
  const previous = tourButton(t('tour.previous'), 'tour-previous', () => go(index - 1));
  const next = tourButton(t('tour.next'), 'tour-next', () => go(index + 1));
  const leave = tourButton(t('tour.close'), 'tour-close', () => close());
  let index = 0;
  const steps = { get index() { return index; }, count: tourSteps.length, go: (n: number) => go(n) };
  const player = autoplay(element, steps, play, (on) => host.played?.(on));
  card.buttons.append(previous, player.button, next, leave);

  const go = (step: number) => {
    index = Math.min(tourSteps.length, Math.max(1, Math.round(step) || 1));
    const current = tourSteps[index - 1]!;
    const content = stepContent(current, data);
    card.count.textContent = t('tour.step', { n: index, total: tourSteps.length });
    card.title.textContent = content.title;
    card.text.textContent = content.text;
    card.year.textContent = t('tour.asOf', { year: formatNumber(current.year, { useGrouping: false }) });
    card.sources.replaceChildren(sourceList(content.sources));
    previous.disabled = index === 1;
    next.disabled = index === tourSteps.length;
    element.dataset.step = String(index);
    element.dataset.stepId = current.id;
    host.show(current, content.features);
    host.changed(index);
    player.stepped();
  };
  const onKey = (event: KeyboardEvent) => {
    if (keyIsForSomethingElse(event)) return;
    if (event.key === 'ArrowRight') go(index + 1);
    else if (event.key === 'ArrowLeft') go(index - 1);
    // Escape closes an open popup first (map/createMap.ts); only then does it leave the tour.
    else if (event.key === 'Escape' && !document.querySelector('.leaflet-popup')) close();
    else return;
    event.preventDefault();
  };
  const remove = host.place(element);
  document.addEventListener('keydown', onKey);
  const close = () => {
    player.stop();
    document.removeEventListener('keydown', onKey);
    remove();
    host.changed(null);
  };
  go(first);
  if (!play.autoplay) card.title.focus();
  return { go, close };
}
