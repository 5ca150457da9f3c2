// The Timeline tab wired to the page: the events loaded in the reader's language, the popups' event lists filled, and
// selecting an event shows its features on the map as the network stood in its year.
import { ApiError } from '../api';
import type { Highlight } from '../map/highlight';
import { t } from '../i18n/messages';
import type { PageStore } from '../state/permalink';
import { loadEvents } from './events';
import type { FeatureEvents } from './featureEvents';
import { TimelinePanel } from './panel';
import type { EventsResponse, TimelineEvent } from '../contract';

export interface TimelineParts {
  container: HTMLElement;
  store: PageStore;
  highlight: Highlight;
  featureEvents: FeatureEvents;
  mapElement: HTMLElement;
}

export async function connectTimeline({
  container,
  store,
  highlight,
  featureEvents,
  mapElement,
}: TimelineParts): Promise<TimelinePanel | null> {
  const loading = document.createElement('p');
  loading.textContent = t('timeline.loading');
  container.replaceChildren(loading);
  let response: EventsResponse;
  try {
    response = await loadEvents();
  } catch (error) {
    loading.textContent = t('timeline.error', { message: error instanceof ApiError ? error.message : String(error) });
    return null;
  }
  featureEvents.set(response.events);
  const byId = new Map(response.events.map((e) => [e.id, e]));

  const show = (event: TimelineEvent | null, fit = true) => {
    panel.select(event);
    if (!event) {
      store.update({ event: null });
      highlight.clear();
      delete mapElement.dataset.event;
      return;
    }
    // The year first: the layers are redrawn as they stood then, and the marks go on what is drawn.
    store.update({ event: event.id, asOf: event.year });
    highlight.show(event.features, fit ? box(event.bbox) : null);
    mapElement.dataset.event = event.id;
  };
  const panel = new TimelinePanel(response, (event) => show(event));
  container.replaceChildren(panel.element);
  // Another part of the page (the tour) may set the map aside from the selected event.
  store.subscribe((state) => {
    if (!state.event) panel.select(null);
  });
  // An event in the address: shown as it was shared, in the view the address gives.
  const shared = store.state.event ? byId.get(store.state.event) : undefined;
  if (shared) show(shared, store.state.view === null);
  mapElement.dataset.timeline = 'ready';
  return panel;
}

/** An event's [minLon, minLat, maxLon, maxLat], which the schema gives as a plain number list, as the map's box. */
function box(bbox: number[] | null): [number, number, number, number] | null {
  const [w, s, e, n] = bbox ?? [];
  return w === undefined || s === undefined || e === undefined || n === undefined ? null : [w, s, e, n];
}
