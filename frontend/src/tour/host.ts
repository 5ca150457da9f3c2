// The tour in the atlas page: each step moves the map, chooses the layers, sets the year (the network's "as of" year,
// and the trade year for the trade step) and points out the features of its events.
import type { HighlightedFeature } from '../map/highlight';
import type { MapStage } from '../map/stage';
import type { PageStore } from '../state/permalink';
import type { TourHost } from './tour';

export interface PageTourParts {
  stage: MapStage;
  store: PageStore;
  /** Points out features without moving the map. */
  mark(features: HighlightedFeature[]): void;
  /**
   * Redraws the trade overlay for the state just set; with true, first shows the Trade tab, whose choropleth the trade
   * step needs.
   */
  showTrade(tab: boolean): void;
  /** Where the tour's words go; returns their removal. */
  place(element: HTMLElement): () => void;
}

export function pageTourHost({ stage, store, mark, showTrade, place }: PageTourParts): TourHost {
  return {
    show(step, features) {
      stage.showView(step.view);
      stage.showOverlays(step.layers);
      store.update({
        asOf: step.year,
        event: null,
        trade: Boolean(step.trade),
        flows: Boolean(step.trade),
        ...(step.trade ? { year: step.year, panel: 'trade' as const } : {}),
      });
      showTrade(Boolean(step.trade));
      mark(features);
    },
    place,
    changed: (step) => store.update(step === null ? { tour: null, autoplay: false } : { tour: step }),
    // The address keeps Play and Pause (autoplay=1 or none), so a reload or a permalink resumes the tour as it was
    // left.
    played: (playing) => store.update({ autoplay: playing }),
  };
}
