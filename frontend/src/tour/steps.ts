// The guided tour for classes: seven steps, each a view, the layers, the year the network is drawn as of, and a short
// text (in locales/{lang}/tour.ts) whose sources are those of the timeline events it tells of, or, for the trade step,
// of the trade figures it quotes. No Leaflet here.

export interface TourStep {
  /** Names the step's texts: tour.step.{id}.title and tour.step.{id}.text. */
  id: string;
  view: { lat: number; lon: number; zoom: number };
  /** Overlay ids shown (the others are hidden). */
  layers: string[];
  /** The network is drawn as it stood at the end of this year. */
  year: number;
  /** Timeline events (geodata/events.json) whose sources are the step's sources. */
  events: string[];
  /** The trade step: China-reported trade in `year`, coloured on the map and quoted in the text. */
  trade?: boolean;
}

export const tourSteps: TourStep[] = [
  {
    id: 'belt',
    view: { lat: 47.5, lon: 72.5, zoom: 5 },
    layers: ['borders', 'summits'],
    year: 2013,
    events: ['bri-announced-astana-2013'],
  },
  {
    id: 'summits',
    view: { lat: 43, lon: 88, zoom: 4 },
    layers: ['borders', 'summits'],
    year: 2025,
    events: ['c5-virtual-summit-2022', 'xian-summit-2023', 'secretariat-xian-2024', 'astana-summit-2025'],
  },
  {
    id: 'khorgos',
    view: { lat: 44.2, lon: 80.45, zoom: 9 },
    layers: ['borders', 'hubs', 'corridors'],
    year: 2015,
    events: ['altynkol-khorgos-rail-2012', 'khorgos-gateway-operations-2014', 'khorgos-gateway-first-train-2015'],
  },
  {
    id: 'cku',
    view: { lat: 40.7, lon: 74.3, zoom: 7 },
    layers: ['borders', 'hubs', 'railways'],
    year: 2025,
    events: ['cku-agreement-2024', 'cku-construction-launched-2024', 'cku-tunnel-works-2025', 'cku-loan-2025'],
  },
  {
    id: 'caspian',
    view: { lat: 41.5, lon: 47.5, zoom: 6 },
    layers: ['borders', 'hubs', 'corridors'],
    year: 2018,
    events: ['kuryk-port-commissioned-2016', 'btk-opened-2017', 'baku-port-alat-opened-2018'],
  },
  {
    id: 'shift',
    view: { lat: 43, lon: 62, zoom: 4 },
    layers: ['borders', 'hubs', 'corridors'],
    year: 2022,
    events: ['middle-corridor-shift-2022', 'kz-terminal-xian-2024', 'trans-caspian-express-2024'],
  },
  { id: 'trade', view: { lat: 42, lon: 68, zoom: 4 }, layers: ['borders'], year: 2024, events: [], trade: true },
];

/** The overlays any step shows: what an embedded tour must load. */
export const tourLayers: string[] = [...new Set(tourSteps.flatMap((s) => s.layers))];
