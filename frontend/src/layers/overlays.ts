// What map/overlay.ts draws for the mission layers but does not know by itself, registered here by the folder that
// owns it: how each layer looks, a feature's popup in words, and the layers drawn for the year the atlas shows
// (visa-free travel). The pages (main.ts, embed.ts) hand it to createOverlay, so map/ imports no feature logic and
// names no layer for its looks or its words.
import type { OverlayOptions, YearLayer } from '../map/overlay';
import { describe } from './describe';
import { lookOf, visaStyle } from './styles';
import { describeVisa, visaClassAt } from './visa';

/** Visa-free travel: outlined by its class in the year shown, its popup the rules then in force. */
const visaFree: YearLayer = {
  style: (props, year) => visaStyle(visaClassAt(props, year)),
  describe: describeVisa,
  marks: (props, year) => ({ 'data-visa-iso3': String(props.iso3), 'data-visa-class': visaClassAt(props, year) }),
};

export const missionLayers: Pick<OverlayOptions, 'look' | 'describe' | 'byYear'> = {
  look: lookOf,
  describe,
  byYear: new Map([['visa-free', visaFree]]),
};

/** Segment ids are shared by the network and the railway and corridor layers drawn from it (map/highlight.ts). */
export const sameSegment: ReadonlySet<string> = new Set(['network', 'railways', 'corridors']);
