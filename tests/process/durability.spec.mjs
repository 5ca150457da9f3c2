// Nothing acknowledged is lost: 1,000 widget writes over 16 connections, the app killed with SIGKILL in the middle
// (no shutdown, no flush), restarted on the same store; every widget answered 201 is there. On both stores.
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startPostgres } from '../../scripts/postgres.mjs';
import { startApp } from '../e2e/appServer.mjs';

const writes = 1000;
const connections = 16;
const killAfter = 400;
// The write limit is a defence against abuse; this test is the abuse, on purpose.
const env = { Atlas__RateLimits__Writes__PermitLimit: '100000', Atlas__WarmUp: 'false' };

let postgres;
const dirs = [];
after(() => {
  postgres?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** One POST over the shared agent: the id when answered 201, null when refused or cut off. */
function write(app, agent, title) {
  const body = JSON.stringify({ title, caption: 'durability', layers: ['hubs'], year: null, center: [44, 80], zoom: 6, basemap: 'offline' });
  return new Promise((resolve) => {
    const request = http.request(`${app.url}/api/widgets`, {
      method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (response) => {
      let text = '';
      response.on('data', (d) => (text += d));
      response.on('end', () => resolve(response.statusCode === 201 ? JSON.parse(text).id : null));
      response.on('error', () => resolve(null));
    });
    request.on('error', () => resolve(null));
    request.end(body);
  });
}

async function killMidway(database) {
  const app = await startApp({ database, env });
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const acknowledged = new Map();
  let next = 0;
  let killing = null;
  const worker = async () => {
    while (next < writes) {
      const title = `widget ${next++}`;
      const id = await write(app, agent, title);
      if (id) acknowledged.set(id, title);
      // Killed on a state (this many acknowledged), not at a time: the writes still in flight are cut off.
      if (acknowledged.size >= killAfter && !killing) killing = app.kill();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  await killing;
  agent.destroy();
  assert.ok(acknowledged.size >= killAfter && acknowledged.size < writes, `killed midway: ${acknowledged.size} of ${writes} acknowledged`);

  const restarted = await startApp({ database, env });
  try {
    const missing = [];
    for (const [id, title] of acknowledged) {
      const response = await fetch(`${restarted.url}/api/widgets/${id}`);
      if (response.status !== 200 || (await response.json()).title !== title) missing.push(id);
    }
    console.log(`# ${database.startsWith('Host=') ? 'postgresql' : 'sqlite'}: ${writes} writes sent, ${acknowledged.size} acknowledged before SIGKILL, ${acknowledged.size - missing.length} found after the restart`);
    assert.deepEqual(missing, []);
  } finally {
    await restarted.stop();
  }
}

test('SQLite keeps every acknowledged widget through SIGKILL', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-durability-'));
  dirs.push(dir);
  await killMidway(join(dir, 'atlas.db'));
});

test('PostgreSQL keeps every acknowledged widget through SIGKILL', { timeout: 300_000 }, async () => {
  postgres = await startPostgres();
  await killMidway(postgres.createDatabase());
});
