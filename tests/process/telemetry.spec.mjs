// What a deployer reads: a JSON log line per request with its id, status and duration; and, where
// OTEL_EXPORTER_OTLP_ENDPOINT names a collector, traces sent to it over OTLP (here a loopback receiver of this test's).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, test } from 'node:test';
import { freePort, startApp } from '../e2e/appServer.mjs';

const apps = [];
let collector;
after(async () => {
  for (const app of apps) await app.stop();
  collector?.close();
});

/**
 * The JSON log lines the app printed for one request path: whole lines only, for the pipe hands output over in chunks
 * of any size and the last line may still be arriving (a fresh-clone run parsed one cut at byte 512).
 */
function requestLines(app, path) {
  return app.output().split('\n').slice(0, -1).filter((line) => line.startsWith('{')).map((line) => JSON.parse(line))
    .filter((entry) => entry.Category.endsWith('HttpLoggingMiddleware') && entry.State?.Path === path);
}

test('every request is one JSON log line with its request id, status and duration', { timeout: 120_000 }, async () => {
  const app = await startApp({ env: { Atlas__WarmUp: 'false' } });
  apps.push(app);
  assert.equal((await fetch(`${app.url}/api/layers/no-such-layer`)).status, 404);
  // The request's line, up to its end.
  await app.waitForOutput(/"Path":"\/api\/layers\/no-such-layer"[^\n]*\n/);
  const [line] = requestLines(app, '/api/layers/no-such-layer');
  assert.equal(line.State.StatusCode, 404);
  assert.ok(Number(line.State.Duration) >= 0, JSON.stringify(line.State));
  assert.ok(line.Scopes.some((scope) => typeof scope.RequestId === 'string'), JSON.stringify(line.Scopes));
  assert.ok(line.Scopes.some((scope) => /^[0-9a-f]{32}$/.test(scope.TraceId)), JSON.stringify(line.Scopes));
});

test('with an OTLP endpoint set, traces of the requests reach it', { timeout: 120_000 }, async () => {
  const received = [];
  let arrived;
  const traced = new Promise((resolve) => (arrived = resolve));
  collector = createServer((request, response) => {
    const chunks = [];
    request.on('data', (c) => chunks.push(c));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ path: request.url, type: request.headers['content-type'], body });
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      // Protocol buffers keep strings as UTF-8: the span's route is readable in the bytes.
      if (request.url === '/v1/traces' && body.includes('/api/trade/series')) arrived();
    });
  });
  const port = await freePort();
  await new Promise((resolve) => collector.listen(port, '127.0.0.1', resolve));
  const app = await startApp({
    env: {
      Atlas__WarmUp: 'false',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    },
  });
  apps.push(app);
  assert.equal((await fetch(`${app.url}/api/trade/series`)).status, 200);
  await traced;
  assert.ok(received.some((r) => r.path === '/v1/traces' && r.type === 'application/x-protobuf'));
});
