import L from 'leaflet';
import type { LayerData } from '../types';
import { presimplified } from './styles';
import { countryDetail } from '../trade/chart';
import { arc, flowWidth } from '../trade/flows';
import { classes, classOf, noDataColour } from '../trade/scale';
import { formatBillions, type MirrorGap, type PartnerValue, type Reporter, type TradeContext, type TradeSeries } from '../trade/types';

const partners = new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);

/**
 * The trade overlay: the five states coloured by the year's total (borders geometry), flow lines from China,
 * and a legend of the fixed classes. Its data comes from the trade series; it draws, it does not fetch.
 */
export class TradeLayer {
  readonly choropleth: L.GeoJSON;
  readonly flows = L.layerGroup([], { pane: 'flows' });
  readonly legend: L.Control;
  private readonly legendBody = document.createElement('div');
  private values = new Map<string, PartnerValue>();
  private reporter: Reporter = 'china';

  constructor(private readonly series: TradeSeries[], private readonly context: TradeContext, private readonly mirror: MirrorGap[] = []) {
    this.choropleth = L.geoJSON(undefined, {
      ...presimplified,
      pane: 'trade',
      filter: (feature) => partners.has(String(feature.properties?.iso3)),
      style: (feature) => this.styleOf(String(feature?.properties?.iso3)),
      onEachFeature: (feature, layer) => {
        const iso3 = String(feature.properties?.iso3);
        layer.bindPopup(() => {
          const name = this.values.get(iso3)?.name ?? iso3;
          return countryDetail(name, this.series.find((s) => s.iso3 === iso3 && s.reporter === this.reporter), this.reporter, this.mirror.filter((m) => m.iso3 === iso3));
        }, { maxWidth: 340, autoPanPaddingTopLeft: [380, 24], autoPanPaddingBottomRight: [300, 24] });
        layer.bindTooltip(() => {
          const value = this.values.get(iso3);
          const other = value?.mirror ? `; ${this.reporter === 'china' ? `${value.name}'s own statistics` : "China's customs"}: ${formatBillions(this.reporter === 'china' ? value.mirror.partner : value.mirror.china)}` : '';
          return `${value?.name ?? iso3}: ${formatBillions(value?.point?.total ?? null)}${other}`;
        }, { sticky: true });
      },
    });
    const container = L.DomUtil.create('section', 'legend trade-legend leaflet-control');
    L.DomEvent.disableClickPropagation(container);
    container.setAttribute('aria-label', 'Trade legend');
    container.append(this.legendBody);
    this.legend = new (L.Control.extend({ onAdd: () => container }))({ position: 'bottomleft' });
  }

  setBorders(data: LayerData): void {
    this.choropleth.clearLayers();
    this.choropleth.addData(data);
    this.restyle();
  }

  show(values: PartnerValue[], year: number, reporter: Reporter): void {
    this.values = new Map(values.map((v) => [v.iso3, v]));
    this.reporter = reporter;
    this.restyle();
    this.drawFlows(values);
    this.drawLegend(values, year, reporter);
  }

  private styleOf(iso3: string): L.PathOptions {
    const cls = classOf(this.values.get(iso3)?.point?.total ?? null);
    return cls
      ? { fillColor: cls.colour, fillOpacity: 0.85, color: '#37474f', weight: 1.2, dashArray: undefined }
      : { fillColor: noDataColour, fillOpacity: 0.6, color: '#616161', weight: 1.2, dashArray: '4 3' };
  }

  private restyle(): void {
    this.choropleth.eachLayer((layer) => {
      const feature = (layer as L.Path & { feature?: GeoJSON.Feature }).feature;
      const iso3 = String(feature?.properties?.iso3);
      (layer as L.Path).setStyle(this.styleOf(iso3));
      // Lets readers of the page (and its browser test) tell which area is which country.
      (layer as L.Path).getElement()?.setAttribute('data-iso3', iso3);
    });
  }

  private drawFlows(values: PartnerValue[]): void {
    this.flows.clearLayers();
    const origin: [number, number] = [this.context.origin.lat, this.context.origin.lon];
    for (const value of values) {
      const partner = this.context.partners.find((p) => p.iso3 === value.iso3);
      if (!partner || !value.point) continue;
      const line = L.polyline(arc(origin, [partner.lat, partner.lon]), {
        pane: 'flows', color: '#6a1b9a', opacity: 0.6, weight: flowWidth(value.point.total), lineCap: 'round', interactive: true,
        className: `trade-flow trade-flow-${value.iso3}`,
      });
      line.bindTooltip(`China → ${value.name}: ${formatBillions(value.point.total)}`, { sticky: true });
      this.flows.addLayer(line);
    }
  }

  private drawLegend(values: PartnerValue[], year: number, reporter: Reporter): void {
    const used = new Set(values.map((v) => classOf(v.point?.total ?? null)?.index ?? -1));
    const heading = document.createElement('h2');
    heading.textContent = `Trade with China, ${year}`;
    const sub = document.createElement('p');
    sub.textContent = `${reporter === 'china' ? 'China-reported' : 'Partner-reported'}, US$ bn`;
    const list = document.createElement('ul');
    for (const cls of classes) list.append(item(cls.colour, cls.label, used.has(cls.index), `trade-legend-class-${cls.index}`));
    list.append(item(noDataColour, 'no data', used.has(-1), 'trade-legend-no-data'));
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
  for (const [k, v] of Object.entries({ x: '1', y: '1', width: '16', height: '10', fill: colour, stroke: '#555' })) rect.setAttribute(k, v);
  swatch.append(rect);
  li.append(swatch, document.createTextNode(label));
  if (present) li.setAttribute('aria-current', 'true');
  return li;
}
