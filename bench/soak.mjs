// npm run soak: the page's mix of requests at 64 connections for 60 s (SOAK_SECONDS), on loopback, against the app as
// a real process on each store: the embedded SQLite file, then a throwaway PostgreSQL. Counts errors, takes p50/p99
// per endpoint and the resident memory at start, peak (against issue 26's 300 MB) and end. Prints one table; writes
// bench/results/soak.md.
// A measurement, not a test: npm test does not run it.
import http from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from '../tests/e2e/appServer.mjs';
import { startPostgres } from '../scripts/postgres.mjs';
import { buildFrontend, ensureNodeModules, root, runOrExit } from '../scripts/setup.mjs';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
/** Issue 26: the app's resident memory at its peak under this load. */
const peakBudgetMb = 300;
const connections = Number(process.env.SOAK_CONNECTIONS ?? 64);
// All the load comes from one address, so the per-client limits, meant for abuse, would answer most of it 429.
const env = { Atlas__RateLimits__Writes__PermitLimit: '1000000', Atlas__RateLimits__Computed__PermitLimit: '1000000000' };

const rssMb = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);

function request(agent, url, { method = 'GET', body, encoding = 'br, gzip' } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request(url, { agent, method, headers: { 'accept-encoding': encoding, ...(body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6, body: Buffer.concat(chunks) }));
      res.on('error', () => resolve({ status: 0, ms: 0 }));
    });
    req.on('error', () => resolve({ status: 0, ms: 0 }));
    req.end(body);
  });
}

/** The page's first view, then what readers, planners and embedding pages ask for, each with a weight. */
async function mix(app, agent) {
  const plain = (path) => new Promise((resolve) => http.get(app.url + path, { agent }, (res) => {
    let text = '';
    res.on('data', (d) => (text += d)).on('end', () => resolve(JSON.parse(text)));
  }));
  const overlays = await plain('/api/layers');
  const basemap = await plain('/api/basemap');
  const nodes = (await plain('/api/routes/nodes')).map((n) => n.id);
  const routes = (await plain('/api/routes')).map((r) => r.id);
  const widgets = [];
  for (let i = 0; i < 40; i++) {
    const saved = await request(agent, `${app.url}/api/widgets`, {
      method: 'POST', encoding: 'identity', body: JSON.stringify({ title: `Soak ${i}`, caption: '', layers: ['hubs'], center: [44, 80], zoom: 5 }),
    });
    widgets.push(JSON.parse(saved.body.toString()).id);
  }
  const layerPath = (base, l) => (l.geometryType.includes('Point') ? `${base}/${l.id}` : `${base}/${l.id}?zoom=4`);
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const two = (list) => {
    const a = pick(list);
    let b = pick(list);
    while (b === a) b = pick(list);
    return [a, b];
  };
  return [
    { name: 'layers', weight: 30, path: () => layerPath('/api/layers', pick(overlays)) },
    { name: 'basemap', weight: 10, path: () => layerPath('/api/basemap', pick(basemap.layers)) },
    { name: 'lists', weight: 8, path: () => pick(['/api/layers', '/api/basemap', '/api/routes']) },
    { name: 'trade', weight: 12, path: () => pick(['/api/trade/series', '/api/trade/context', '/api/trade?year=2023', '/api/trade?year=2024&reporter=partner']) },
    { name: 'compare', weight: 8, path: () => `/api/routes/compare?ids=${two(routes).join(',')}` },
    { name: 'plan', weight: 8, path: () => { const [from, to] = two(nodes); return `/api/routes/plan?from=${from}&to=${to}`; } },
    { name: 'widget reads', weight: 12, path: () => `/api/widgets/${pick(widgets)}` },
    { name: 'embed pages', weight: 8, path: () => `/embed/${pick(widgets)}` },
    { name: 'page', weight: 4, path: () => '/' },
  ];
}

async function soak(label, app) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const endpoints = await mix(app, agent);
  const total = endpoints.reduce((s, e) => s + e.weight, 0);
  const choose = () => {
    let r = Math.random() * total;
    return endpoints.find((e) => (r -= e.weight) < 0) ?? endpoints[0];
  };
  const stats = new Map(endpoints.map((e) => [e.name, { ms: [], errors: 0, statuses: {} }]));
  const rssStart = rssMb(app.pid);
  // Resident memory each second under load: flat means the first ten seconds reach the level the rest keeps.
  const rssTrace = [];
  const sampler = setInterval(() => rssTrace.push(rssMb(app.pid)), 1000);
  const end = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const endpoint = choose();
      const path = endpoint.path();
      const { status, ms } = await request(agent, app.url + path);
      const s = stats.get(endpoint.name);
      // A plan between two nodes with no path between them is a 404 by design, not an error.
      const expected = status === 200 || (endpoint.name === 'plan' && status === 404);
      if (expected) s.ms.push(ms);
      else s.errors++;
      s.statuses[status] = (s.statuses[status] ?? 0) + 1;
    }
  };
  console.log(`${label}: ${connections} connections for ${seconds} s…`);
  await Promise.all(Array.from({ length: connections }, worker));
  clearInterval(sampler);
  agent.destroy();
  const rssEnd = rssMb(app.pid);
  const percentile = (list, p) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10 : null;
  };
  const rows = [...stats].map(([name, s]) => ({
    store: label, endpoint: name, requests: s.ms.length + s.errors, errors: s.errors, p50Ms: percentile(s.ms, 50), p99Ms: percentile(s.ms, 99), statuses: s.statuses,
  }));
  const rssMax = Math.max(rssStart, ...rssTrace);
  const rssAt10 = rssTrace[Math.min(9, rssTrace.length - 1)] ?? rssStart;
  return { store: label, rows, rssStart, rssAt10, rssMax, rssEnd, rssTrace, requests: rows.reduce((n, r) => n + r.requests, 0), errors: rows.reduce((n, r) => n + r.errors, 0) };
}

await ensureNodeModules();
await buildFrontend();
await runOrExit('dotnet', ['build', 'backend/Maps.Api.csproj', '-c', 'Release', '-v', 'q']);

const results = [];
const sqlite = await startApp({ env });
try {
  results.push(await soak('sqlite', sqlite));
} finally {
  await sqlite.stop();
}
const postgres = await startPostgres();
try {
  const app = await startApp({ env, database: postgres.createDatabase() });
  try {
    results.push(await soak('postgresql', app));
  } finally {
    await app.stop();
  }
} finally {
  postgres.stop();
}

const lines = [
  `# Corridor Atlas soak, ${new Date().toISOString()} (${connections} connections, ${seconds} s per store, loopback)`, '',
  '| store | endpoint | requests | errors | p50 ms | p99 ms |', '|---|---|---|---|---|---|',
  ...results.flatMap((r) => r.rows.map((row) => `| ${row.store} | ${row.endpoint} | ${row.requests} | ${row.errors} | ${row.p50Ms} | ${row.p99Ms} |`)),
  '', '| store | requests | req/s | errors | resident MB at start | after 10 s | peak | at end |', '|---|---|---|---|---|---|---|---|',
  ...results.map((r) => `| ${r.store} | ${r.requests} | ${Math.round(r.requests / seconds)} | ${r.errors} | ${r.rssStart} | ${r.rssAt10} | ${r.rssMax} | ${r.rssEnd} |`),
  '', `Peak resident memory, budget ≤ ${peakBudgetMb} MB: ${results.map((r) => `${r.store} ${r.rssMax} MB (${
    r.rssMax <= peakBudgetMb ? 'within' : '**over**'})`).join(', ')}`,
  '', 'Resident MB every 10 s under load:', '',
  ...results.map((r) => `- ${r.store}: ${r.rssTrace.filter((_, i) => i % 10 === 9).join(', ')}`),
];
const out = join(root, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'soak.md'), lines.join('\n') + '\n');
console.log(`\n${lines.join('\n')}\n\nWritten to bench/results/soak.md`);
