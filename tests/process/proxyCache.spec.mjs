// The README's caching proxy (§ What a CDN may cache), run as written with Debian's nginx in front of a real app:
// layers are served from nginx's cache, byte for byte what the app sends, in the encoding asked for; conditional
// requests are answered 304; cross-origin readers keep their CORS header; what must not be cached (saved widgets,
// health) reaches the app every time.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { readmeCacheSample, startNginx } from '../../scripts/nginx.mjs';
import { startApp } from '../e2e/appServer.mjs';

let app;
let nginx;

before(async () => {
  app = await startApp({ env: { Atlas__WarmUp: 'false' } });
  nginx = await startNginx({ upstreams: [app.port], sample: readmeCacheSample() });
});

after(async () => {
  await nginx?.stop();
  await app?.stop();
});

/**
 * One GET with the bytes as sent (node:http does not decompress, unlike fetch). A URL string is parsed first, which
 * resolves "x/.."; options ({ hostname, port, path }) send the path as written.
 */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const read = (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    };
    (typeof url === 'string' ? http.get(url, { headers }, read) : http.get({ ...url, headers }, read))
      .on('error', reject);
  });
}

/** Asks through the proxy until nginx answers from its cache; the first answer, a MISS, filled it. */
async function fromCache(path, headers) {
  const first = await get(`${nginx.url}${path}`, headers);
  assert.equal(first.status, 200);
  assert.equal(first.headers['x-cache-status'], 'MISS', `${path} was already cached before its first request`);
  const second = await get(`${nginx.url}${path}`, headers);
  assert.equal(second.headers['x-cache-status'], 'HIT', `${path} was not served from the cache the second time`);
  return second;
}

test('a layer is served from the cache, byte for byte what the app sends, in each encoding', async () => {
  const path = '/api/layers/borders?zoom=4';
  for (const encoding of ['gzip', 'br', 'identity']) {
    const direct = await get(`${app.url}${path}`, { 'accept-encoding': encoding });
    const cached = await fromCache(path, { 'accept-encoding': encoding });
    assert.equal(cached.headers['content-encoding'], direct.headers['content-encoding'], encoding);
    assert.equal(cached.headers.etag, direct.headers.etag, encoding);
    assert.ok(cached.body.equals(direct.body), `${encoding}: the cached bytes differ from the app's`);
  }
});

test('a reader who holds the layer is answered 304 from the cache', async () => {
  const path = '/api/basemap/land?zoom=3';
  const cached = await fromCache(path, { 'accept-encoding': 'gzip' });
  const again = await get(`${nginx.url}${path}`, { 'accept-encoding': 'gzip', 'if-none-match': cached.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
});

/** How many requests for the path the app has logged (one JSON line each, its path in "Path"). */
const logged = (path) => app.output().split(`"Path":"${path}"`).length - 1;

test('saved widgets and health reach the app every time, never the cache', async () => {
  const saved = await fetch(`${nginx.url}/api/widgets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Through the cache', caption: '', layers: ['hubs'], year: null, center: [44, 80], zoom: 6,
      basemap: 'offline',
    }),
  });
  assert.equal(saved.status, 201);
  const { id } = await saved.json();
  for (const path of [`/api/widgets/${id}`, '/healthz/ready']) {
    const before = logged(path);
    for (let i = 0; i < 3; i++) assert.equal((await get(`${nginx.url}${path}`)).status, 200, path);
    // Waits for the app's own log to count all three; a cached answer never arrives there.
    const arrived = app.waitForOutput({ test: () => logged(path) >= before + 3 }).then(() => true);
    const ceiling = new Promise((resolve) => setTimeout(resolve, 30_000, false).unref());
    assert.ok(await Promise.race([arrived, ceiling]), `${path}: the app saw ${logged(path) - before} of 3 requests`);
  }
});

test('a cross-origin reader gets the CORS header even when a same-origin reader filled the cache', async () => {
  const path = '/api/layers/railways?zoom=5';
  await fromCache(path, { 'accept-encoding': 'gzip' });
  const crossOrigin = await get(`${nginx.url}${path}`, { 'accept-encoding': 'gzip', origin: 'https://school.example' });
  assert.equal(crossOrigin.status, 200);
  assert.equal(crossOrigin.headers['access-control-allow-origin'], '*');
  const again = await get(`${nginx.url}${path}`, { 'accept-encoding': 'gzip', origin: 'https://other.example' });
  assert.equal(again.headers['x-cache-status'], 'HIT');
  assert.equal(again.headers['access-control-allow-origin'], '*');
});

test('Accept-Encoding, however spelled, keys one copy per encoding, and a refused coding is never sent', async () => {
  const path = '/api/layers/hubs?zoom=6';
  const gzip = await fromCache(path, { 'accept-encoding': 'gzip' });
  for (const spelling of ['gzip, deflate', 'deflate, GZIP;q=0.8, x-made-up', 'x-1, gzip , x-2']) {
    const answer = await get(`${nginx.url}${path}`, { 'accept-encoding': spelling });
    assert.equal(answer.headers['x-cache-status'], 'HIT', `${spelling}: a copy of its own`);
    assert.equal(answer.headers['content-encoding'], 'gzip', spelling);
    assert.match(answer.headers.vary ?? '', /Accept-Encoding/i, `${spelling}: readers still get Vary`);
    assert.ok(answer.body.equals(gzip.body), spelling);
  }
  // Each spelling that refuses a coding gets the best coding it does take, from the copy of that coding.
  const refusals = [['br;q=0, gzip', 'gzip'], ['br;\tq=0, gzip', 'gzip'], ['gzip, identity;q=0', 'gzip'],
    ['gzip;q=0', undefined], ['br; q=0.000, x-gzip', undefined], ['gzip;q=0.5, br;q=0', 'gzip']];
  for (const [refusing, expected] of refusals) {
    const answer = await get(`${nginx.url}${path}`, { 'accept-encoding': refusing });
    assert.equal(answer.status, 200, refusing);
    assert.equal(answer.headers['content-encoding'], expected, `${refusing}: answered in another coding`);
    if (expected) assert.equal(answer.headers['x-cache-status'], 'HIT', `${refusing}: a copy of its own`);
  }
  const brotli = await get(`${nginx.url}${path}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
  assert.equal(brotli.headers['content-encoding'], 'br');
});

test('only the paths and queries the page asks are cached: variants of one answer reach the app', async () => {
  const variants = ['borders?zoom=4&junk=1', 'borders?zoom=04', 'borders?zoom=4&bbox=60,40,80,50',
    '%62orders?zoom=4', 'x/../borders?zoom=4', './borders?zoom=4', 'borders?'];
  for (const variant of variants) {
    for (let i = 0; i < 2; i++) {
      const { hostname, port } = new URL(nginx.url);
      const answer = await get({ hostname, port, path: `/api/layers/${variant}` }, { 'accept-encoding': 'gzip' });
      assert.equal(answer.status, 200, variant);
      assert.equal(answer.headers['x-cache-status'], 'BYPASS', variant);
    }
  }
});

