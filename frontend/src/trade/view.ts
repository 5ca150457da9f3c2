import type L from 'leaflet';
import type { Overlay } from '../map/overlay';
import { TradeLayer } from '../map/tradeLayer';
import type { PageStore } from '../state/permalink';
import { TradePanel } from './panel';
import { valuesFor, yearRange, type TradeContext, type TradeSeriesResponse } from './types';

/** The trade overlay and its panel, driven by the page state that the URL mirrors. */
export function connectTrade(map: L.Map, container: HTMLElement, store: PageStore, trade: TradeSeriesResponse, context: TradeContext, overlays: Overlay[]) {
  const layer = new TradeLayer(trade.series, context, trade.mirror);
  const borders = overlays.find((o) => o.info.id === 'borders');
  if (borders) borders.source.onLoaded = (data) => layer.setBorders(data);
  layer.legend.addTo(map);
  const panel = new TradePanel(trade.series, context, (patch) => {
    store.update(patch);
    render();
  });
  container.append(panel.element);

  const latestComplete = (reporter: 'china' | 'partner') => {
    const years = yearRange(trade.series, reporter);
    const complete = years.filter((y) => valuesFor(trade.series, y, reporter).every((v) => v.point));
    return complete[complete.length - 1] ?? years[years.length - 1] ?? new Date().getFullYear();
  };
  const toggle = (item: L.Layer, on: boolean) => {
    if (on && !map.hasLayer(item)) item.addTo(map);
    if (!on && map.hasLayer(item)) map.removeLayer(item);
  };

  const render = () => {
    let state = store.state;
    const years = yearRange(trade.series, state.reporter);
    const year = state.year !== null && years.includes(state.year) ? state.year : latestComplete(state.reporter);
    if (year !== state.year) state = store.update({ year });
    const values = valuesFor(trade.series, year, state.reporter, trade.mirror);
    // On the map first, so that styling reaches drawn paths. The overlay belongs to the Trade tab.
    const onTab = state.panel === 'trade';
    toggle(layer.choropleth, state.trade && onTab);
    toggle(layer.flows, state.flows && onTab);
    layer.show(values, year, state.reporter);
    panel.update({ state: { ...state, year }, years, values });
    map.getContainer().dataset.tradeYear = String(year);
    map.getContainer().dataset.tradeReporter = state.reporter;
  };
  return { render };
}
