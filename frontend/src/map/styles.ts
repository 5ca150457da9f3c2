import L from 'leaflet';
import type { FeatureProperties } from '../types';

// Every symbol the map draws, in one place: the layers and the legend both read from here.

const centralAsiaAndChina = new Set(['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);

export const colours = {
  border: '#6b5e45',
  missionCountry: '#f1dfa8',
  otherCountry: '#dcdcd6',
  railway: '#b3261e',
  corridorRail: '#1d4f91',
  corridorSea: '#00838f',
  land: '#f4f1ea',
  boundary: '#a39d94',
  disputed: '#6a1b9a',
  gasPipeline: '#ef6c00',
  oilPipeline: '#263238',
  road: '#8d6e63',
  visaMutual: '#2e7d32',
  visaPartial: '#f9a825',
  visaNone: '#8a8a8a',
} as const;

/**
 * Polygons under everything else; disputed areas and the outlines of a layer drawn for the year (visa-free travel,
 * OverlayOptions.byYear) above the trade colours; lines in one pane.
 */
export function paneOf(layerId: string, geometryType: string, byYear = false): string {
  if (layerId === 'disputed') return 'disputed';
  if (byYear) return 'visa';
  return geometryType.includes('Polygon') ? 'overlayPane' : 'lines';
}

/** Visa-free travel as an outline, so the trade colours beneath stay readable (layers/visa.ts reads the class). */
export function visaStyle(cls: 'mutual' | 'partial' | 'none'): L.PathOptions {
  const byClass = {
    mutual: { color: colours.visaMutual, weight: 4.5, dashArray: undefined },
    partial: { color: colours.visaPartial, weight: 4, dashArray: '9 5' },
    none: { color: colours.visaNone, weight: 2, dashArray: '2 5' },
  } as const;
  return { ...byClass[cls], opacity: 1, fill: false, lineJoin: 'round' };
}

/**
 * For every GeoJSON layer: the API already simplified the geometry for the zoom it was asked for, so Leaflet's own
 * simplification (smoothFactor) would only repeat that work on every redraw; it was a tenth of the first view's script.
 */
export const presimplified = { smoothFactor: 0 } as const satisfies L.PolylineOptions;

const notYetOperational = (props: FeatureProperties) =>
  props.status === 'planned' || props.status === 'under-construction';

export function pathStyle(layerId: string, props: FeatureProperties): L.PathOptions {
  switch (layerId) {
    case 'borders':
      return {
        color: colours.border, weight: 1, opacity: 0.9,
        fillColor: centralAsiaAndChina.has(String(props.iso3)) ? colours.missionCountry : colours.otherCountry,
        fillOpacity: 0.55,
      };
    case 'disputed':
      // The fill is the hatch pattern that map/hatch.ts puts into this layer's SVG.
      return {
        color: colours.disputed,
        weight: 1.2,
        opacity: 0.9,
        dashArray: '4 3',
        fillColor: 'url(#disputed-hatch)',
        fillOpacity: 1,
      };
    case 'railways':
      return {
        color: colours.railway,
        weight: 4,
        opacity: 0.95,
        dashArray: notYetOperational(props) ? '10 7' : undefined,
        lineCap: 'butt',
      };
    case 'corridors':
      return props.mode === 'sea'
        ? { color: colours.corridorSea, weight: 3.5, opacity: 0.95, dashArray: '1 7', lineCap: 'round' }
        : {
            color: colours.corridorRail,
            weight: props.branch === 'branch' ? 2 : 3.5,
            opacity: 0.9,
            dashArray: notYetOperational(props) ? '10 7' : undefined,
          };
    case 'pipelines':
      return {
        color: props.kind === 'oil pipeline' ? colours.oilPipeline : colours.gasPipeline, weight: 3, opacity: 0.95,
        dashArray: notYetOperational(props) ? '10 7' : undefined, lineCap: 'butt',
      };
    case 'roads':
      return { color: colours.road, weight: 3, opacity: 0.9, dashArray: notYetOperational(props) ? '10 7' : undefined };
    default:
      return { color: '#333', weight: 2 };
  }
}

/**
 * Markers are focusable divs (Leaflet gives them role=button). Leaflet positions the outer div with a transform,
 * so the shape (a class in styles.css, rotated for crossings) sits on an inner element.
 */
export function markerIcon(layerId: string, props: FeatureProperties): L.DivIcon {
  const shape = document.createElement('span');
  shape.className = symbolClass(layerId, props);
  const size = layerId === 'summits' ? 18 : 14;
  return L.divIcon({ html: shape, className: 'symbol-anchor', iconSize: [size, size] });
}

export function symbolClass(layerId: string, props: FeatureProperties): string {
  if (layerId === 'summits') return 'symbol symbol-summit';
  if (layerId === 'crossings') return 'symbol symbol-road-crossing';
  // A hub not yet open (in the year shown) is drawn with a dashed outline, as lines under construction are dashed.
  return `symbol symbol-hub symbol-${String(props.kind ?? 'hub')}${notYetOperational(props) ? ' symbol-building' : ''}`;
}

export interface LegendEntry {
  /** The catalogue key of its words (locales/{lang}/map.ts). */
  label: string;
  symbol:
    | { type: 'line'; colour: string; dash?: string; width: number }
    | { type: 'area'; fill: string; stroke: string }
    | { type: 'hatch'; colour: string }
    | { type: 'marker'; className: string };
}

export const legendEntries: { layerId: string; entries: LegendEntry[] }[] = [
  {
    layerId: 'summits',
    entries: [{ label: 'legend.summit', symbol: { type: 'marker', className: 'symbol symbol-summit' } }],
  },
  {
    layerId: 'hubs',
    entries: [
      { label: 'legend.dryPort', symbol: { type: 'marker', className: 'symbol symbol-hub symbol-dry-port' } },
      {
        label: 'legend.borderCrossing',
        symbol: { type: 'marker', className: 'symbol symbol-hub symbol-border-crossing' },
      },
      { label: 'legend.seaport', symbol: { type: 'marker', className: 'symbol symbol-hub symbol-seaport' } },
      {
        label: 'legend.breakOfGauge',
        symbol: { type: 'marker', className: 'symbol symbol-hub symbol-break-of-gauge' },
      },
    ],
  },
  {
    layerId: 'railways',
    entries: [
      { label: 'legend.ckuRailway', symbol: { type: 'line', colour: colours.railway, dash: '10 7', width: 4 } },
    ],
  },
  {
    layerId: 'corridors',
    entries: [
      { label: 'legend.corridorRail', symbol: { type: 'line', colour: colours.corridorRail, width: 3.5 } },
      { label: 'legend.corridorSea', symbol: { type: 'line', colour: colours.corridorSea, dash: '1 7', width: 3.5 } },
    ],
  },
  { layerId: 'disputed', entries: [{ label: 'legend.disputed', symbol: { type: 'hatch', colour: colours.disputed } }] },
  {
    layerId: 'pipelines',
    entries: [
      { label: 'legend.gasPipeline', symbol: { type: 'line', colour: colours.gasPipeline, width: 3 } },
      { label: 'legend.gasPipelineD', symbol: { type: 'line', colour: colours.gasPipeline, dash: '10 7', width: 3 } },
      { label: 'legend.oilPipeline', symbol: { type: 'line', colour: colours.oilPipeline, width: 3 } },
    ],
  },
  { layerId: 'roads', entries: [{ label: 'legend.road', symbol: { type: 'line', colour: colours.road, width: 3 } }] },
  {
    layerId: 'crossings',
    entries: [{ label: 'legend.roadCrossing', symbol: { type: 'marker', className: 'symbol symbol-road-crossing' } }],
  },
  {
    layerId: 'visa-free',
    entries: [
      { label: 'legend.visaMutual', symbol: { type: 'line', colour: colours.visaMutual, width: 4.5 } },
      { label: 'legend.visaPartial', symbol: { type: 'line', colour: colours.visaPartial, dash: '9 5', width: 4 } },
      { label: 'legend.visaNone', symbol: { type: 'line', colour: colours.visaNone, dash: '2 5', width: 2 } },
    ],
  },
  {
    layerId: 'borders',
    entries: [
      {
        label: 'legend.missionCountry',
        symbol: { type: 'area', fill: colours.missionCountry, stroke: colours.border },
      },
      { label: 'legend.otherCountry', symbol: { type: 'area', fill: colours.otherCountry, stroke: colours.border } },
    ],
  },
];
