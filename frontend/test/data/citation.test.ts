import { describe, expect, it } from 'vitest';
import { datasetCitation, projectLicence } from '../../src/data/citation';

describe('datasetCitation', () => {
  it('names the data set, its address, the access date, the licence and the attribution', () => {
    const text = datasetCitation(
      'Hubs and border crossings',
      'https://atlas.example/ogc/collections/hubs/items?f=json&limit=10000',
      projectLicence,
      'Corridor Atlas, from the publications cited per feature',
      new Date('2026-11-29T12:00:00Z'),
    );
    expect(text).toBe(
      'Corridor Atlas. Hubs and border crossings [data set]. ' +
        'https://atlas.example/ogc/collections/hubs/items?f=json&limit=10000 ' +
        '(accessed 29 November 2026). Licence: Creative Commons Attribution 4.0 International (CC BY 4.0), ' +
        'https://creativecommons.org/licenses/by/4.0/. ' +
        'Attribution: Corridor Atlas, from the publications cited per feature.',
    );
  });
});
