// Graceful shutdown: SIGTERM (what a supervisor or `npm start` on Ctrl-C sends) lets the requests in flight finish
// before the process exits. The request is a widget write whose body is still on its way: the app has begun it (it
// asked for the body with 100 Continue) when the signal arrives, and the body is sent only once the app logs that it
// is shutting down.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, test } from 'node:test';
import { startApp } from '../e2e/appServer.mjs';

let app;
after(() => app?.stop());

/** Resolves once the stream has carried text matching the pattern; all text so far. */
function until(stream, pattern, text = () => '') {
  return new Promise((resolve, reject) => {
    let seen = '';
    const check = (chunk = '') => {
      seen += chunk;
      if (pattern.test(seen) || pattern.test(text())) {
        stream.off('data', check);
        resolve(seen);
      }
    };
    stream.on('data', check);
    stream.once('error', reject);
    check();
  });
}

const inFlight = 'a request in flight when SIGTERM arrives is answered before the process exits';
test(inFlight, { timeout: 120_000 }, async () => {
  app = await startApp({ env: { Atlas__WarmUp: 'false' } });
  const body = JSON.stringify({
    title: 'In flight', caption: '', layers: ['hubs'], year: null, center: [44, 80], zoom: 6, basemap: 'offline',
  });
  const socket = net.connect(app.port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.setEncoding('utf8');
  let answer = '';
  socket.on('data', (d) => (answer += d));
  const closed = new Promise((resolve) => socket.once('close', resolve));
  socket.write(['POST /api/widgets HTTP/1.1', `Host: 127.0.0.1:${app.port}`, 'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`, 'Expect: 100-continue', 'Connection: close', '', ''].join('\r\n'));
  await until(socket, /HTTP\/1\.1 100 Continue/, () => answer);

  process.kill(app.pid, 'SIGTERM');
  // The child's output is polled from the helper: wait for the state, however long the signal takes to land.
  while (!/Application is shutting down/.test(app.output())) await new Promise((resolve) => setTimeout(resolve, 20));
  socket.write(body);
  await closed;

  assert.match(answer, /HTTP\/1\.1 201 Created/, `the write in flight was answered: ${answer.slice(0, 200)}`);
  assert.match(answer, /"embedUrl"/);
  assert.equal(await app.exited, 0, 'the process exits cleanly once it has drained');
});
