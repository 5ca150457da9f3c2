// Two real app processes (Kestrel, as npm start runs them) on one throwaway PostgreSQL, in the default configuration:
// both serve every layer and the page's first requests under concurrent load, and what one writes the other reads.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPostgres } from '../../scripts/postgres.mjs';
import { startApp } from '../e2e/appServer.mjs';
import { firstRequests, postWidget } from './requests.mjs';

let postgres;
let apps = [];

before(async () => {
  postgres = await startPostgres();
  const database = postgres.createDatabase();
  // Started together: migration and seeding take turns under the advisory lock.
  apps = await Promise.all([startApp({ database }), startApp({ database })]);
});

after(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  postgres?.stop();
});

test('both instances answer every layer and the page’s first requests, concurrently, with the same bytes', async () => {
  const paths = await firstRequests(apps[0].url);
  assert.ok(paths.length >= 20, `the page's requests: ${paths.length}`);
  // Every path from both instances at once, three times over: 6 × the page's first view in flight together.
  const rounds = [0, 1, 2].flatMap(() => apps.flatMap((app) => paths.map(async (path) => {
    const response = await fetch(app.url + path, { headers: { 'accept-encoding': 'gzip' } });
    const body = Buffer.from(await response.arrayBuffer());
    return { app: app.url, path, status: response.status, etag: response.headers.get('etag'), size: body.length };
  })));
  const answers = await Promise.all(rounds);
  assert.deepEqual(answers.filter((a) => a.status !== 200).map((a) => `${a.status} ${a.path}`), []);
  // Every instance computes the same bytes, so a CDN in front sees one ETag per representation.
  for (const path of paths.filter((p) => p.startsWith('/api/'))) {
    const tags = new Set(answers.filter((a) => a.path === path).map((a) => a.etag));
    assert.equal(tags.size, 1, `one ETag for ${path}: ${[...tags]}`);
  }
  for (const app of apps) assert.doesNotMatch(app.output(), /Exception|fail:/, 'no errors in the log');
});

test('widgets written through one instance are read through the other', async () => {
  const [writer, reader] = apps;
  const created = await Promise.all(Array.from({ length: 20 }, (_, i) => postWidget(writer.url, `Shared ${i}`)));
  assert.deepEqual(created.map((c) => c.status), Array(20).fill(201));
  for (const { id, title } of created) {
    const response = await fetch(`${reader.url}/api/widgets/${id}`);
    assert.equal(response.status, 200, `widget ${id} through the other instance`);
    assert.equal((await response.json()).title, title);
    const embed = await fetch(`${reader.url}/embed/${id}`);
    assert.equal(embed.status, 200);
  }
  const health = await (await fetch(`${reader.url}/healthz`)).json();
  assert.equal(health.store, 'postgresql');
});
