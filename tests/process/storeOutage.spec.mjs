// A running app whose PostgreSQL goes away and comes back: /healthz says 503 (with nothing internal in it) while the
// store is unreachable, requests that need the store answer 503 problem details rather than 500, and everything works
// again once the server is back, without restarting the app. A load that failed meanwhile is not kept failed: the
// layer list is loaded before the outage, so the OGC catalogue meets the outage in its own summaries.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startPostgres } from '../../scripts/postgres.mjs';
import { startApp } from '../e2e/appServer.mjs';
import { postWidget } from './requests.mjs';

let postgres;
let app;

before(async () => {
  postgres = await startPostgres();
  // No warm-up: the trade figures and the route network are first loaded while the store is down.
  app = await startApp({ database: postgres.createDatabase(), env: { Atlas__WarmUp: 'false' } });
});

after(async () => {
  await app?.stop();
  postgres?.stop();
});

/** Polls until the answer has the wanted status: a state, however long the driver takes to notice the server. */
async function until(path, status) {
  for (;;) {
    const response = await fetch(app.url + path);
    if (response.status === status) return response;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('the app reports the outage, keeps its answers clean, and recovers by itself', { timeout: 120_000 }, async () => {
  const saved = await postWidget(app.url, 'Before the outage');
  assert.equal(saved.status, 201);
  assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
  assert.equal((await fetch(`${app.url}/api/layers`)).status, 200);

  postgres.pause();
  const down = await until('/healthz', 503);
  assert.equal(down.headers.get('content-type'), 'application/problem+json');
  const problem = await down.json();
  assert.equal(problem.status, 503);
  assert.doesNotMatch(JSON.stringify(problem), /127\.0\.0\.1|Host=|Npgsql|Exception|port/i, 'nothing internal leaks');
  assert.equal((await fetch(`${app.url}/healthz/live`)).status, 200, 'alive while the store is away');
  const needStore = [`/api/widgets/${saved.id}`, '/api/trade/context', '/api/routes', '/ogc/collections',
    '/healthz/ready'];
  for (const path of needStore) {
    const response = await fetch(app.url + path);
    assert.equal(response.status, 503, path);
    assert.equal(response.headers.get('content-type'), 'application/problem+json', path);
    assert.ok(Number(response.headers.get('retry-after')) > 0, `${path} says when to retry`);
  }
  const refused = await postWidget(app.url, 'During the outage');
  assert.equal(refused.status, 503, 'a write that cannot be kept is not acknowledged');

  postgres.resume();
  await until('/healthz', 200);
  assert.equal((await fetch(`${app.url}/api/widgets/${saved.id}`)).status, 200);
  assert.equal((await fetch(`${app.url}/api/trade/context`)).status, 200, 'the failed context load was not kept');
  assert.equal((await fetch(`${app.url}/api/routes`)).status, 200, 'the failed network load was not kept');
  const catalogue = await fetch(`${app.url}/ogc/collections?f=json`);
  assert.equal(catalogue.status, 200, 'the failed catalogue load was not kept');
  assert.equal((await postWidget(app.url, 'After the outage')).status, 201);
});
