// Real OGC API – Features clients against the real app: Debian's GDAL (ogrinfo, ogr2ogr with the OAPIF driver), as a
// GIS analyst would use it. Every collection is listed, every one converts to a GeoPackage with the same feature count
// and valid geometries, a bbox request returns the expected subset, and small pages walk every feature.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startApp } from '../e2e/appServer.mjs';

let app;
let dir;
const gdal = (tool, args) => {
  console.log(`${tool} ${args.join(' ')}`);
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, CPL_DEBUG: 'OFF' } });
};
const json = async (path) => (await fetch(`${app.url}${path}`, { headers: { Accept: 'application/json' } })).json();
/** One number from a SQL query on a GeoPackage (SQLite dialect: SpatiaLite's ST_IsValid). */
const sql = (file, query) => Number(/=\s*(\d+)/.exec(gdal('ogrinfo', ['-q', '-ro', file, '-dialect', 'SQLite', '-sql', query]))?.[1]);

before(async () => {
  app = await startApp();
  dir = mkdtempSync(join(tmpdir(), 'atlas-gdal-'));
});

after(async () => {
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('ogrinfo lists every collection the API has', async () => {
  const out = gdal('ogrinfo', ['-ro', '-q', `OAPIF:${app.url}/ogc`]);
  const listed = [...out.matchAll(/^\d+: (\S+) \(title:/gm)].map((m) => m[1]);
  const collections = (await json('/ogc/collections')).collections.map((c) => c.id);
  assert.deepEqual(listed, collections);
  // Every layer of the map, and the freight network split into its nodes and its sections.
  const layers = (await json('/api/layers')).map((l) => l.id);
  assert.deepEqual(collections, [...layers, 'network-nodes', 'network-sections']);
  console.log(`listed ${listed.length} collections`);
});

test('ogr2ogr copies every collection into a GeoPackage with the same count and valid geometries', async () => {
  for (const { id } of (await json('/ogc/collections')).collections) {
    const expected = (await json(`/ogc/collections/${id}/items?limit=1`)).numberMatched;
    const file = join(dir, `${id}.gpkg`);
    gdal('ogr2ogr', ['-f', 'GPKG', file, `OAPIF:${app.url}/ogc`, id]);
    const count = sql(file, `SELECT count(*) FROM "${id}"`);
    const valid = sql(file, `SELECT count(*) FROM "${id}" WHERE ST_IsValid(geom) = 1`);
    console.log(`${id}: ${count} features copied, ${valid} valid, ${expected} in the API`);
    assert.ok(expected > 0, id);
    assert.equal(count, expected, `${id}: feature count`);
    assert.equal(valid, expected, `${id}: valid geometries`);
  }
});

test('a bbox request returns the hubs around Khorgos and Alashankou, and nothing else', async () => {
  const file = join(dir, 'hubs-bbox.gpkg');
  gdal('ogr2ogr', ['-f', 'GPKG', file, `OAPIF:${app.url}/ogc/collections/hubs`, '-spat', '79', '43', '84', '46']);
  const ids = gdal('ogrinfo', ['-q', '-ro', file, '-dialect', 'SQLite', '-sql', 'SELECT id FROM hubs ORDER BY id'])
    .split('\n').map((l) => /id \(String\) = (.+)/.exec(l)?.[1]).filter(Boolean);
  assert.deepEqual(ids, ['alashankou', 'dostyk', 'khorgos-gateway', 'port-of-khorgos']);
  const all = (await json('/ogc/collections/hubs/items?limit=1')).numberMatched;
  assert.equal((await json('/ogc/collections/hubs/items?bbox=79,43,84,46')).numberMatched, ids.length, 'the server applies the box');
  assert.ok(all > ids.length, 'the box is a subset');
  console.log(`bbox 79,43,84,46 on hubs: ${ids.length} of ${all}`);
});

test('pages of four walk every feature of the network nodes by next links', async () => {
  const expected = (await json('/ogc/collections/network-nodes/items?limit=1')).numberMatched;
  const file = join(dir, 'nodes-paged.gpkg');
  gdal('ogr2ogr', ['-f', 'GPKG', file, `OAPIF:${app.url}/ogc`, 'network-nodes', '-oo', 'PAGE_SIZE=4']);
  assert.equal(sql(file, 'SELECT count(*) FROM "network-nodes"'), expected);
  assert.equal(sql(file, 'SELECT count(DISTINCT id) FROM "network-nodes"'), expected);
  assert.ok(expected > 4 * 5, 'more than five pages');
  console.log(`network-nodes in pages of 4: ${expected} features, ${Math.ceil(expected / 4)} pages`);
});
