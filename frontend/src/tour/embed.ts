// The guided tour as an embedded widget (/embed?type=tour, or a saved widget of type "tour"): the same steps, run on
// the embed page's map with its own trade colours for the trade step.
import { getJson } from '../api';
import type { Highlight } from '../map/highlight';
import type { MapStage } from '../map/stage';
import { loadEvents } from '../timeline/events';
import { valuesFor } from '../trade/types';
import type { TradeContext, TradeSeriesResponse } from '../contract';
import { TradeMap } from '../trade/view';
import type { LayerData } from '../types';
import { startTour } from './tour';

export interface EmbeddedTourParts {
  stage: MapStage;
  highlight: Highlight;
  /** The countries' outlines at the map's zoom, for the trade colours. */
  loadBorders(): Promise<LayerData>;
  /** The step to start at (tour= in the address), 1-based. */
  first: number;
  /** Told of each step shown (for the page's own attributes). */
  onStep(step: number | null): void;
  /** The tour's words go right below this element (the map), above the widget's footer. */
  below: HTMLElement;
}

export async function runEmbeddedTour({ stage, highlight, loadBorders, first, onStep, below }: EmbeddedTourParts) {
  const [events, series, context, borders] = await Promise.all([
    loadEvents(),
    getJson<TradeSeriesResponse>('/api/trade/series'),
    getJson<TradeContext>('/api/trade/context'),
    loadBorders(),
  ]);
  const trade = new TradeMap(series.series, context);
  trade.layer.setBorders(borders);
  return startTour({
    show(step, features) {
      stage.showView(step.view);
      stage.showOverlays(step.layers);
      stage.setAsOf(step.year);
      stage.toggle(trade.layer.areas, Boolean(step.trade));
      stage.toggle(trade.layer.legend, Boolean(step.trade));
      if (step.trade) trade.show(valuesFor(series.series, step.year, 'china'), step.year, 'china');
      highlight.show(features, null);
    },
    place: (element) => {
      element.classList.add('tour-embedded');
      below.after(element);
      return () => element.remove();
    },
    changed: onStep,
  }, { events: events.events, trade: series.series }, first);
}
