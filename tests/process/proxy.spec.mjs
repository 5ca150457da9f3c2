// Behind the README's own nginx sample (Debian's nginx), a client that forges X-Forwarded-For cannot pick the address
// the rate limits count: every forged address is the same client, limited like it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNginx } from '../../scripts/nginx.mjs';
import { startApp } from '../e2e/appServer.mjs';

const limit = 3;
let app;
let nginx;

before(async () => {
  app = await startApp({ env: { Atlas__WarmUp: 'false', Atlas__RateLimits__Writes__PermitLimit: String(limit) } });
  nginx = await startNginx({ upstreams: [app.port] });
});

after(async () => {
  await nginx?.stop();
  await app?.stop();
});

function write(forwardedFor) {
  return fetch(`${nginx.url}/api/widgets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({
      title: 'Forged', caption: '', layers: ['hubs'], year: null, center: [44, 80], zoom: 6, basemap: 'offline',
    }),
  });
}

test('forged X-Forwarded-For headers do not escape the widget-write limit', async () => {
  const forged = ['198.51.100.1', '198.51.100.2', '203.0.113.9, 198.51.100.3', '2001:db8::1', '198.51.100.4',
    'unknown', '198.51.100.5, 198.51.100.6', '10.0.0.1'];
  const statuses = [];
  for (const address of forged) {
    const response = await write(address);
    statuses.push(response.status);
    if (response.status === 429) {
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.ok(Number(response.headers.get('retry-after')) > 0, 'says when to retry');
    }
    await response.arrayBuffer();
  }
  assert.deepEqual(statuses, [...Array(limit).fill(201), ...Array(forged.length - limit).fill(429)],
    'the first writes pass, then every forged address is the same limited client');
  assert.equal((await write()).status, 429, 'and so is the client without a forged header');
});
