import { countryName } from '../format';
import { t } from '../i18n/messages';
import { ChoroplethLayer } from '../map/choropleth';
import { toggleLayer } from '../map/control';
import type { AtlasMap } from '../map/createMap';
import type { Overlay } from '../map/overlay';
import type { PageStore } from '../state/permalink';
import { countryDetail } from './chart';
import { arc, flowWidth } from './flows';
import { TradePanel } from './panel';
import { classes, classLabel, classOf, noDataColour } from './scale';
import { formatBillions, valuesFor, yearRange, type PartnerValue, type Reporter } from './types';
import type { MirrorGap, TradeContext, TradeSeries, TradeSeriesResponse } from '../contract';

const partners = new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);

/**
 * The trade overlay: the five states coloured by the year's total (on the borders geometry), flow lines from China and
 * a legend of the fixed classes, drawn by map/choropleth.ts from the figures this folder owns.
 */
export class TradeMap {
  readonly layer: ChoroplethLayer;
  private readonly legendBody = document.createElement('div');
  private values = new Map<string, PartnerValue>();
  private reporter: Reporter = 'china';

  constructor(
    private readonly series: TradeSeries[],
    private readonly context: TradeContext,
    private readonly mirror: MirrorGap[] = [],
  ) {
    const legend = document.createElement('section');
    legend.className = 'legend trade-legend leaflet-control';
    legend.setAttribute('aria-label', t('trade.legendLabel'));
    legend.append(this.legendBody);
    this.layer = new ChoroplethLayer(
      {
        include: (iso3) => partners.has(iso3),
        fill: (iso3) => {
          const cls = classOf(this.values.get(iso3)?.point?.total ?? null);
          return cls ? { colour: cls.colour, known: true } : { colour: noDataColour, known: false };
        },
        popup: (iso3) =>
          countryDetail(
            countryName(iso3),
            this.series.find((s) => s.iso3 === iso3 && s.reporter === this.reporter),
            this.reporter,
            this.mirror.filter((m) => m.iso3 === iso3),
          ),
        tooltip: (iso3) => {
          const value = this.values.get(iso3);
          const name = countryName(iso3);
          // Beside the reporter's figure, the other side's for the same flow.
          const otherSide =
            this.reporter === 'china' ? t('trade.partnerStatistics', { name }) : t('trade.chinaCustoms');
          const otherFigure = this.reporter === 'china' ? value?.mirror?.partner : value?.mirror?.china;
          const other = value?.mirror ? `; ${otherSide}: ${formatBillions(otherFigure ?? null)}` : '';
          return `${name}: ${formatBillions(value?.point?.total ?? null)}${other}`;
        },
      },
      legend,
      (from, to) => arc(from, to),
    );
  }

  show(values: PartnerValue[], year: number, reporter: Reporter): void {
    this.values = new Map(values.map((v) => [v.iso3, v]));
    this.reporter = reporter;
    this.layer.restyle();
    const origin: [number, number] = [this.context.origin.lat, this.context.origin.lon];
    this.layer.drawFlows(
      values.flatMap((value) => {
        const partner = this.context.partners.find((p) => p.iso3 === value.iso3);
        if (!partner || !value.point) return [];
        const { total } = value.point;
        return [
          {
            id: value.iso3,
            from: origin,
            to: [partner.lat, partner.lon] as [number, number],
            width: flowWidth(total),
            tooltip: () => t('trade.flowTooltip', { name: countryName(value.iso3), value: formatBillions(total) }),
          },
        ];
      }),
    );
    this.drawLegend(values, year, reporter);
  }

  private drawLegend(values: PartnerValue[], year: number, reporter: Reporter): void {
    const used = new Set(values.map((v) => classOf(v.point?.total ?? null)?.index ?? -1));
    const heading = document.createElement('h2');
    heading.textContent = t('trade.legendHeading', { year });
    const sub = document.createElement('p');
    sub.textContent = t(reporter === 'china' ? 'trade.legendChina' : 'trade.legendPartner');
    const list = document.createElement('ul');
    for (const cls of classes)
      list.append(item(cls.colour, classLabel(cls), used.has(cls.index), `trade-legend-class-${cls.index}`));
    list.append(item(noDataColour, t('trade.noData'), used.has(-1), 'trade-legend-no-data'));
    this.legendBody.replaceChildren(heading, sub, list);
  }
}

function item(colour: string, label: string, present: boolean, id: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = present ? 'present' : 'absent';
  li.dataset.class = id;
  const swatch = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  swatch.setAttribute('width', '18');
  swatch.setAttribute('height', '12');
  swatch.setAttribute('aria-hidden', 'true');
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  for (const [k, v] of Object.entries({ x: '1', y: '1', width: '16', height: '10', fill: colour, stroke: '#555' }))
    rect.setAttribute(k, v);
  swatch.append(rect);
  li.append(swatch, document.createTextNode(label));
  if (present) li.setAttribute('aria-current', 'true');
  return li;
}

/** The trade overlay and its panel, driven by the page state that the URL mirrors. */
export function connectTrade(
  map: AtlasMap,
  container: HTMLElement,
  store: PageStore,
  trade: TradeSeriesResponse,
  context: TradeContext,
  overlays: Overlay[],
) {
  const tradeMap = new TradeMap(trade.series, context, trade.mirror);
  const borders = overlays.find((o) => o.info.id === 'borders');
  borders?.source.listen((data) => tradeMap.layer.setBorders(data));
  tradeMap.layer.addLegendTo(map);
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

  /** The year shown: the state's if the series has it, else the latest complete one (written back to the state). */
  const current = () => {
    let state = store.state;
    const years = yearRange(trade.series, state.reporter);
    const year = state.year !== null && years.includes(state.year) ? state.year : latestComplete(state.reporter);
    if (year !== state.year) state = store.update({ year });
    return { state, year, years, values: valuesFor(trade.series, year, state.reporter, trade.mirror) };
  };
  const renderMap = ({ state, year, values } = current()) => {
    // On the map first, so that styling reaches drawn paths. The overlay belongs to the Trade tab.
    const onTab = state.panel === 'trade';
    toggleLayer(map, tradeMap.layer.areas, state.trade && onTab);
    toggleLayer(map, tradeMap.layer.flows, state.flows && onTab);
    tradeMap.show(values, year, state.reporter);
    map.getContainer().dataset.tradeYear = String(year);
    map.getContainer().dataset.tradeReporter = state.reporter;
  };
  const renderPanel = ({ state, year, years, values } = current()) =>
    panel.update({ state: { ...state, year }, years, values });
  // Both parts from one reading of the state: the year's values are worked out once.
  const render = () => {
    const view = current();
    renderMap(view);
    renderPanel(view);
  };
  return { render, renderMap, renderPanel };
}
