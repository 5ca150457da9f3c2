import { describe, expect, it } from 'vitest';
import { licenceNotes, osmAttribution, snapshotText } from '../../src/widgets/mapText';

const odbl = {
  title: 'Open Database License 1.0 (ODbL 1.0)',
  url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  attribution: '© OpenStreetMap contributors',
};
const ccBy = { title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', attribution: 'Corridor Atlas' };
const layers = [
  { id: 'corridors', licence: odbl },
  { id: 'hubs', licence: odbl },
  { id: 'summits', licence: ccBy },
  { id: 'borders' },
];

describe('licence notes', () => {
  it('names OpenStreetMap and the ODbL once when a layer built on it is shown', () => {
    expect(licenceNotes(layers, ['corridors', 'hubs', 'summits'])).toEqual([osmAttribution]);
    expect(osmAttribution).toContain('© OpenStreetMap contributors');
  });

  it('adds nothing when no layer built on OpenStreetMap is shown', () => {
    expect(licenceNotes(layers, ['summits', 'borders'])).toEqual([]);
  });

  it('puts the notice in the exported image beside the map’s own attribution', () => {
    const text = snapshotText(
      { lat: 43, lon: 77, zoom: 5 },
      'Map',
      ['corridors'],
      null,
      'china',
      licenceNotes(layers, ['corridors']),
    );
    expect(text.attribution.endsWith(` · ${osmAttribution}`)).toBe(true);
  });
});
