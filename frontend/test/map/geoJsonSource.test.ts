import L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GeoJsonSource, loadTogether } from '../../src/map/geoJsonSource';

afterEach(() => vi.unstubAllGlobals());

const collection = (id: string) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', id, properties: { name: id }, geometry: { type: 'Point', coordinates: [76, 41] } }],
});

/** A server whose answers the test releases one by one. */
function heldServer() {
  const waiting = new Map<string, () => void>();
  vi.stubGlobal('fetch', (url: string) =>
    new Promise<Response>((resolve) => {
      waiting.set(url, () =>
        resolve(
          new Response(JSON.stringify(collection(url)), {
            status: 200,
            headers: { 'Content-Type': 'application/geo+json' },
          }),
        ),
      );
    }));
  return {
    release: async (url: string) => {
      waiting.get(url)!();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('loadTogether', () => {
  it('draws nothing until every source has its data, then draws them all', async () => {
    const server = heldServer();
    const land = L.geoJSON();
    const borders = L.geoJSON();
    const fetched: number[] = [];
    let count = 0;
    const done = loadTogether(
      [
        new GeoJsonSource(land, (z) => `/land?zoom=${z}`, true),
        new GeoJsonSource(borders, (z) => `/borders?zoom=${z}`, true),
      ],
      4,
      () => fetched.push(++count),
    );
    await server.release('/land?zoom=4');
    expect(fetched).toEqual([1]);
    expect(land.getLayers()).toHaveLength(0);
    await server.release('/borders?zoom=4');
    await done;
    expect(fetched).toEqual([1, 2]);
    expect(land.getLayers()).toHaveLength(1);
    expect(borders.getLayers()).toHaveLength(1);
  });

  it('never draws an answer that a newer zoom replaced', async () => {
    const server = heldServer();
    const layer = L.geoJSON();
    const source = new GeoJsonSource(layer, (z) => `/borders?zoom=${z}`, true);
    const older = source.fetch(4);
    const newer = source.fetch(5);
    await server.release('/borders?zoom=4');
    await server.release('/borders?zoom=5');
    (await newer)();
    // The older request was aborted; whether it failed or answered late, it must not draw over the newer one.
    await older.then((draw) => draw(), () => undefined);
    const ids = layer.getLayers().map((l) => ((l as L.Marker).feature as GeoJSON.Feature).id);
    expect(ids).toEqual(['/borders?zoom=5']);
  });
});
