// The timeline and the guided tour in the atlas page: the "as of" control on the map, the network redrawn for the
// year the address gives, the Timeline tab (loaded once the map is drawn) and the tour's button and deep link (tour=).
import { ApiError } from '../api';
import type { Highlight } from '../map/highlight';
import type { MapStage } from '../map/stage';
import { loadLaterWords, t } from '../i18n/messages';
import type { PageStore } from '../state/permalink';
import type { TradeSeries } from '../contract';
import { createAsOfControl } from './asOfControl';
import { loadEvents } from './events';
import type { FeatureEvents } from './featureEvents';

export interface TimelinePageParts {
  stage: MapStage;
  highlight: Highlight;
  store: PageStore;
  featureEvents: FeatureEvents;
  mapElement: HTMLElement;
  /** The Timeline tab's panel. */
  panel: HTMLElement;
  /** Where the tour's button goes (the page's actions). */
  actions: HTMLElement;
  /** The side panel: the tour's words go at its top, clear of the map. */
  sidePanel: HTMLElement;
  trade: TradeSeries[];
  /** Redraws the trade overlay for the page state; with true, first shows the Trade tab. */
  showTrade(tab: boolean): void;
}

export function attachTimeline(parts: TimelinePageParts) {
  const { stage, highlight, store, featureEvents, mapElement, panel, actions, sidePanel, trade, showTrade } = parts;
  const control = createAsOfControl((year) => store.update({ asOf: year }));
  stage.place(control.element, 'topleft');

  /** The network as of the year in the page state; called after every change and every redraw. */
  const followAsOf = () => {
    const year = store.state.asOf ?? null;
    stage.setAsOf(year);
    control.update(year);
    mapElement.dataset.asOf = year === null ? 'today' : String(year);
  };

  let tour: { close(): void } | null = null;
  const openTour = async (step: number) => {
    tour?.close();
    try {
      const [{ startTour }, { pageTourHost }, events] = await Promise.all([
        import('../tour/tour'),
        import('../tour/host'),
        loadEvents(),
        loadLaterWords(['tour']),
      ]);
      const place = (element: HTMLElement) => {
        sidePanel.prepend(element);
        sidePanel.scrollTop = 0;
        return () => element.remove();
      };
      const host = pageTourHost({ stage, store, showTrade, place, mark: (features) => highlight.show(features, null) });
      tour = startTour(
        { ...host, changed: (n) => (host.changed(n), n === null && (tour = null)) },
        { events: events.events, trade },
        step,
      );
    } catch (error) {
      const message = document.createElement('p');
      message.className = 'tour';
      message.setAttribute('role', 'alert');
      message.textContent = t('tour.error', { message: error instanceof ApiError ? error.message : String(error) });
      stage.place(message, 'bottomleft');
    }
  };
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'tour-open';
  button.textContent = t('tour.open');
  button.addEventListener('click', () => void openTour(1));
  actions.prepend(button);

  /** After the first draw: the Timeline tab, and the tour when the address asks for it. */
  const connect = () => {
    void import('./view').then(({ connectTimeline }) =>
      connectTimeline({ container: panel, store, highlight, featureEvents, mapElement }),
    );
    const step = store.state.tour;
    if (step) void openTour(step);
  };
  return { followAsOf, connect };
}
