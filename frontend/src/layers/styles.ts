// How the mission layers look, owned here and registered with map/ (overlays.ts hands looks to createOverlay, the
// pages hand legendEntries to createLegend): every symbol the map draws for them, in one place, so the layers, the
// legend and the exported picture's legend read the same colours.
import { hatchFill } from '../map/hatch';
import type { LegendEntry, LayerLegend } from '../map/legend';
import type { LayerLook, PathStyle } from '../map/styles';
import type { FeatureProperties } from '../types';

const centralAsiaAndChina = new Set(['CHN', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);

export const colours = {
  border: '#6b5e45',
  missionCountry: '#f1dfa8',
  otherCountry: '#dcdcd6',
  railway: '#b3261e',
  corridorRail: '#1d4f91',
  corridorSea: '#00838f',
  disputed: '#6a1b9a',
  gasPipeline: '#ef6c00',
  oilPipeline: '#263238',
  road: '#8d6e63',
  visaMutual: '#2e7d32',
  visaPartial: '#f9a825',
  visaNone: '#8a8a8a',
} as const;

/** Dashed while being built or planned (in the year shown, for a dated layer), as the legend's dashed lines say. */
const notYetOperational = (props: FeatureProperties) =>
  props.status === 'planned' || props.status === 'under-construction';
const dashedUnlessOpen = (props: FeatureProperties) => (notYetOperational(props) ? '10 7' : undefined);

/** Visa-free travel as an outline, so the trade colours beneath stay readable (layers/visa.ts reads the class). */
export function visaStyle(cls: 'mutual' | 'partial' | 'none'): PathStyle {
  const byClass = {
    mutual: { color: colours.visaMutual, weight: 4.5, dashArray: undefined },
    partial: { color: colours.visaPartial, weight: 4, dashArray: '9 5' },
    none: { color: colours.visaNone, weight: 2, dashArray: '2 5' },
  } as const;
  return { ...byClass[cls], opacity: 1, fill: false, lineJoin: 'round' };
}

/** The lines and areas of each layer, by layer id. */
const paths: Record<string, (props: FeatureProperties) => PathStyle> = {
  borders: (props) => ({
    color: colours.border, weight: 1, opacity: 0.9,
    fillColor: centralAsiaAndChina.has(String(props.iso3)) ? colours.missionCountry : colours.otherCountry,
    fillOpacity: 0.55,
  }),
  // The fill is the hatch pattern that map/hatch.ts puts into this layer's SVG.
  disputed: () => ({
    color: colours.disputed, weight: 1.2, opacity: 0.9, dashArray: '4 3', fillColor: hatchFill, fillOpacity: 1,
  }),
  railways: (props) => ({
    color: colours.railway, weight: 4, opacity: 0.95, dashArray: dashedUnlessOpen(props), lineCap: 'butt',
  }),
  corridors: (props) => (props.mode === 'sea'
    ? { color: colours.corridorSea, weight: 3.5, opacity: 0.95, dashArray: '1 7', lineCap: 'round' }
    : {
      color: colours.corridorRail, weight: props.branch === 'branch' ? 2 : 3.5, opacity: 0.9,
      dashArray: dashedUnlessOpen(props),
    }),
  pipelines: (props) => ({
    color: props.kind === 'oil pipeline' ? colours.oilPipeline : colours.gasPipeline, weight: 3, opacity: 0.95,
    dashArray: dashedUnlessOpen(props), lineCap: 'butt',
  }),
  roads: (props) => ({ color: colours.road, weight: 3, opacity: 0.9, dashArray: dashedUnlessOpen(props) }),
};

/** Points are hubs unless their layer says otherwise; a hub not yet open is drawn with a dashed outline. */
const hubSymbol = (props: FeatureProperties) => {
  const building = notYetOperational(props) ? ' symbol-building' : '';
  return { className: `symbol symbol-hub symbol-${String(props.kind ?? 'hub')}${building}`, size: 14 };
};
const symbols: Record<string, (props: FeatureProperties) => { className: string; size: number }> = {
  summits: () => ({ className: 'symbol symbol-summit', size: 18 }),
  crossings: () => ({ className: 'symbol symbol-road-crossing', size: 14 }),
};

/** A dry port sits a few kilometres from the border crossing it serves: drawn above it, so both stay clickable. */
const raised = (props: FeatureProperties) => (props.kind === 'dry-port' ? 1000 : 0);

/** A layer's look for map/overlay.ts; a layer named nowhere here is drawn as a plain line or a hub. */
export function lookOf(layerId: string): LayerLook {
  const symbol = symbols[layerId] ?? hubSymbol;
  return {
    path: paths[layerId] ?? (() => ({ color: '#333', weight: 2 })),
    symbol: (props) => ({ ...symbol(props), zIndexOffset: raised(props) }),
    ...(layerId === 'disputed' ? { pane: 'disputed', hatch: colours.disputed } : {}),
  };
}

const marker = (label: string, className: string): LegendEntry => ({ label, symbol: { type: 'marker', className } });
const line = (label: string, colour: string, width: number, dash?: string): LegendEntry =>
  ({ label, symbol: { type: 'line', colour, width, ...(dash ? { dash } : {}) } });

const area = (label: string, fill: string, stroke: string): LegendEntry =>
  ({ label, symbol: { type: 'area', fill, stroke } });

/** The legend, in its order: each layer's symbols, shown while the layer is on. */
export const legendEntries: LayerLegend[] = [
  { layerId: 'summits', entries: [marker('legend.summit', 'symbol symbol-summit')] },
  {
    layerId: 'hubs',
    entries: [
      marker('legend.dryPort', 'symbol symbol-hub symbol-dry-port'),
      marker('legend.borderCrossing', 'symbol symbol-hub symbol-border-crossing'),
      marker('legend.seaport', 'symbol symbol-hub symbol-seaport'),
      marker('legend.breakOfGauge', 'symbol symbol-hub symbol-break-of-gauge'),
    ],
  },
  { layerId: 'railways', entries: [line('legend.ckuRailway', colours.railway, 4, '10 7')] },
  {
    layerId: 'corridors',
    entries: [
      line('legend.corridorRail', colours.corridorRail, 3.5),
      line('legend.corridorSea', colours.corridorSea, 3.5, '1 7'),
    ],
  },
  { layerId: 'disputed', entries: [{ label: 'legend.disputed', symbol: { type: 'hatch', colour: colours.disputed } }] },
  {
    layerId: 'pipelines',
    entries: [
      line('legend.gasPipeline', colours.gasPipeline, 3),
      line('legend.gasPipelineD', colours.gasPipeline, 3, '10 7'),
      line('legend.oilPipeline', colours.oilPipeline, 3),
    ],
  },
  { layerId: 'roads', entries: [line('legend.road', colours.road, 3)] },
  { layerId: 'crossings', entries: [marker('legend.roadCrossing', 'symbol symbol-road-crossing')] },
  {
    layerId: 'visa-free',
    entries: [
      line('legend.visaMutual', colours.visaMutual, 4.5),
      line('legend.visaPartial', colours.visaPartial, 4, '9 5'),
      line('legend.visaNone', colours.visaNone, 2, '2 5'),
    ],
  },
  {
    layerId: 'borders',
    entries: [
      area('legend.missionCountry', colours.missionCountry, colours.border),
      area('legend.otherCountry', colours.otherCountry, colours.border),
    ],
  },
];
