// npm run bench: measures Corridor Atlas on this machine, loopback only, against the physical limit (nginx serving
// the same bytes). Writes bench/results/latest.json and latest.md. A measurement, not a test: it never fails on a
// budget, it reports each figure beside its budget.
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../tests/e2e/appServer.mjs';
import { measurePaging, pageThroughput, seedStore, startAtlas, staticRoot } from './ogcPaging.mjs';
import { readmeCacheSample, startNginx } from '../scripts/nginx.mjs';
import { measureStart, startBudgetMb, startSummary } from './startRss.mjs';
import { startPostgres, templateDatabase } from '../scripts/postgres.mjs';
import { aptInstall, buildFrontend, ensureChromium, ensureNodeModules, freePort, root, runOrExit } from '../scripts/setup.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const sizes = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const results = { machine: { cores: (await import('node:os')).cpus().length, date: new Date().toISOString() }, budgets: {} };

function ensureTools() {
  const missing = ['wrk', 'nginx'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`]).status !== 0);
  if (!missing.length) return;
  aptInstall(['wrk', 'nginx-light']);
}

/**
 * wrk, bounded in time, 2 threads and 32 connections; returns requests/s and latency percentiles (ms). Asynchronous:
 * the app under test writes a log line per request to a pipe this process reads, and a run that blocked the event
 * loop left the pipe full, the app's logger waiting and every request with it (the bench measured 0 requests/s).
 */
async function wrk(url, headers = {}, connections = 32) {
  const args = ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  const out = await new Promise((resolve, reject) => execFile('wrk', args, { encoding: 'utf8' }, (error, stdout) => (error ? reject(error) : resolve(stdout))));
  // A figure made of error answers is no figure: say so where it is measured.
  const failed = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1];
  if (failed) console.warn(`wrk ${url}: ${failed} answers were not 2xx or 3xx`);
  const ms = (text) => (text.endsWith('us') ? parseFloat(text) / 1000 : text.endsWith('ms') ? parseFloat(text) : parseFloat(text) * 1000);
  const percentile = (p) => ms(out.match(new RegExp(`\\s${p}%\\s+([\\d.]+\\w+)`))?.[1] ?? 'NaN');
  return {
    requestsPerSecond: Math.round(parseFloat(out.match(/Requests\/sec:\s+([\d.]+)/)[1])),
    p50Ms: percentile(50), p99Ms: percentile(99),
    errors: /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? '0',
  };
}

/** Bytes on the wire for one encoding (node:http does not decompress, unlike fetch). */
function bytes(url, encoding) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      let total = 0;
      response.on('data', (chunk) => (total += chunk.length));
      response.on('end', () => resolve(total));
    }).on('error', reject);
  });
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

async function payloads(app) {
  const layers = ['borders', 'summits', 'hubs', 'railways', 'corridors'].map((id) => `/api/layers/${id}`).concat(['/api/basemap/land', '/api/basemap/boundaries']);
  const table = [];
  for (const path of layers)
    for (const zoom of [3, 5, 8]) {
      const url = `${app.url}${path}?zoom=${zoom}`;
      table.push({ path, zoom, raw: await bytes(url, 'identity'), gzip: await bytes(url, 'gzip'), brotli: await bytes(url, 'br') });
    }
  return table;
}

async function throughput(app) {
  // The physical limit: nginx serving the very bytes the app sends, in each encoding, over the same loopback.
  const borders = `${app.url}/api/layers/borders?zoom=4`;
  const nginx = await serveFiles({
    'borders.json': await rawBody(borders, 'identity'),
    'borders.json.gz': await rawBody(borders, 'gzip'),
    'borders.br': await rawBody(borders, 'br'),
  });
  const gzip = { 'Accept-Encoding': 'gzip' };
  let proxy;
  let peakRss = rssMb(app.pid);
  const sample = setInterval(() => (peakRss = Math.max(peakRss, rssMb(app.pid))), 250);
  try {
    // The README's caching proxy in front of the app, as many workers as the static nginx; filled before it is timed.
    proxy = await startNginx({ upstreams: [app.port], sample: readmeCacheSample(), workers: 'auto' });
    const throughProxy = `${proxy.url}/api/layers/borders?zoom=4`;
    await rawBody(throughProxy, 'gzip');
    const proxyStatus = await cacheStatus(throughProxy, 'gzip');
    if (proxyStatus !== 'HIT') console.warn(`the caching proxy answered ${proxyStatus}, not HIT, once filled`);
    // One untimed run of each first: the app's first seconds under load are its JIT's (7k requests/s where the
    // following runs give 25k), which made the first round of every run an outlier.
    for (const url of [`${app.url}/api/layers/borders?zoom=4`, throughProxy, nginx.url('borders.json')]) await wrk(url, gzip);
    // App and nginx alternate, three rounds each, so that drift on a shared machine (other processes, CPU boost)
    // falls on both sides; the ratio is of the medians. gzip as any client may ask, and Brotli as browsers do.
    const rounds = { gzip: [], brotli: [], proxy: [] };
    for (let round = 0; round < 3; round++) {
      rounds.gzip.push({ app: await wrk(`${app.url}/api/layers/borders?zoom=4`, gzip), nginx: await wrk(nginx.url('borders.json'), gzip) });
      rounds.proxy.push({ app: await wrk(throughProxy, gzip), nginx: await wrk(nginx.url('borders.json'), gzip) });
      rounds.brotli.push({ app: await wrk(`${app.url}/api/layers/borders?zoom=4`, { 'Accept-Encoding': 'br' }), nginx: await wrk(nginx.url('borders.br')) });
    }
    const medianRun = (list, side) => [...list.map((r) => r[side])].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[1];
    const ratio = (list) => Math.round((medianRun(list, 'app').requestsPerSecond / medianRun(list, 'nginx').requestsPerSecond) * 100) / 100;
    const result = {
      encoding: 'gzip and Brotli: nginx serves the pre-compressed file, the app its cached bytes; the same bytes on both sides',
      bordersZoom4: medianRun(rounds.gzip, 'app'),
      nginxSameBytes: medianRun(rounds.gzip, 'nginx'),
      bordersZoom4Brotli: medianRun(rounds.brotli, 'app'),
      bordersZoom4ThroughCachingProxy: medianRun(rounds.proxy, 'app'),
      nginxSameBytesBrotli: medianRun(rounds.brotli, 'nginx'),
      rounds: Object.fromEntries(Object.entries(rounds).map(([k, list]) => [k, list.map((r) => ({ app: r.app.requestsPerSecond, nginx: r.nginx.requestsPerSecond }))])),
      trade2023: await wrk(`${app.url}/api/trade?year=2023`, gzip),
      routesCompare: await wrk(`${app.url}/api/routes/compare?ids=middle-corridor,northern-corridor`, gzip),
    };
    result.ratioAppToNginx = { gzip: ratio(rounds.gzip), brotli: ratio(rounds.brotli) };
    result.ratioCachingProxyToNginx = ratio(rounds.proxy);
    result.peakRssMbUnderLoad = peakRss;
    return result;
  } finally {
    clearInterval(sample);
    await nginx.stop();
    await proxy?.stop();
  }
}

/** X-Cache-Status of one answer from the caching proxy. */
function cacheStatus(url, encoding) {
  return new Promise((resolve, reject) => http.get(url, { headers: { 'accept-encoding': encoding } }, (r) => {
    r.resume().on('end', () => resolve(r.headers['x-cache-status']));
  }).on('error', reject));
}

/** A body exactly as the app sends it in one encoding (node:http does not decompress). */
function rawBody(url, encoding) {
  return new Promise((resolve, reject) => http.get(url, { headers: { 'accept-encoding': encoding } }, (r) => {
    const chunks = [];
    r.on('data', (c) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
  }).on('error', reject));
}

/**
 * nginx serving files over loopback, each exactly the bytes given: `name.gz` is sent to gzip clients of `name`
 * (gzip_static), `name.br` with Content-Encoding br (nginx-light has no Brotli module). Ready when it answers.
 */
async function serveFiles(files) {
  const dir = staticRoot('atlas-nginx-');
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), `worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; types { application/geo+json json br; }
  server { listen 127.0.0.1:${port}; root ${dir}; gzip_static on; etag on;
    location ~ \\.br$ { add_header Content-Encoding br; } } }`);
  const nginx = spawn(existsNginx(), ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const url = (name) => `http://127.0.0.1:${port}/${name}`;
  const first = url(Object.keys(files)[0]);
  while (!(await fetch(first).then((r) => r.ok, () => false))) await new Promise((r) => setImmediate(r));
  const stop = async () => {
    const exited = new Promise((r) => nginx.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, stop };
}

/**
 * An OGC items page at full resolution: the 15 borders (1.75 MB) against nginx serving the same bytes in each encoding,
 * with 16 connections as the serving-layer issue measured it (QGIS Server 3.22 answered 23.5/s there; it is not
 * installed here). Twice: asked plainly, which the output cache keeps, and with `after=0` (the same 15 features), which
 * it never keeps, so every request is joined from the prepared features.
 */
async function ogcBorders(app) {
  const path = '/ogc/collections/borders/items?limit=100';
  const nginx = await serveFiles({
    'items.json': await rawBody(`${app.url}${path}`, 'identity'),
    'items.json.gz': await rawBody(`${app.url}${path}`, 'gzip'),
    'items.br': await rawBody(`${app.url}${path}`, 'br'),
  });
  try {
    const result = { bytes: {} };
    for (const [encoding, file] of [['identity', 'items.json'], ['gzip', 'items.json'], ['br', 'items.br']]) {
      result.bytes[encoding] = (await rawBody(`${app.url}${path}`, encoding)).length;
      result[encoding] = {
        uncached: await wrk(`${app.url}${path}&after=0`, { 'Accept-Encoding': encoding }, 16),
        cached: await wrk(`${app.url}${path}`, { 'Accept-Encoding': encoding }, 16),
        nginx: await wrk(nginx.url(file), { 'Accept-Encoding': encoding }, 16),
      };
    }
    return result;
  } finally {
    await nginx.stop();
  }
}

function existsNginx() {
  return spawnSync('sh', ['-c', 'command -v nginx']).stdout.toString().trim() || '/usr/sbin/nginx';
}

/** A phone as the phone tests use it: 390 × 844, touch, the mobile viewport. */
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

async function browser(app, path = '/', device = { viewport: { width: 1280, height: 800 } }) {
  // Imported here, not at the top: playwright-core is only there once ensureNodeModules has run (a fresh clone).
  const { launchBrowser } = await import('../tests/e2e/browser.mjs');
  const chromium = await launchBrowser();
  try {
    const context = await chromium.newContext(device);
    // Waits for the page with one small observer evaluated over CDP, not Playwright's waitForSelector: that injects
    // Playwright's selector engine into the page while it loads (35 ms of script on the main thread in a trace, time a
    // reader's browser never spends), and the first paint is measured on that thread.
    const measure = async (page) => {
      const cdp = await page.context().newCDPSession(page);
      let timer;
      try {
        // The page gives up after 30 s itself; this bound holds if its renderer hangs or dies instead.
        const stalled = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('the page did not answer in 40 s')), 40_000)));
        const evaluated = cdp.send('Runtime.evaluate', { expression: `(${measureInPage})()`, awaitPromise: true, returnByValue: true });
        const { result, exceptionDetails } = await Promise.race([evaluated, stalled]);
        if (exceptionDetails) throw new Error(`measuring the page failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value;
      } finally {
        clearTimeout(timer);
        await cdp.detach().catch(() => {});
      }
    };
    const cold = [];
    for (let i = 0; i < 5; i++) {
      const fresh = await chromium.newContext(device);
      const page = await fresh.newPage();
      await page.goto(`${app.url}${path}`);
      cold.push(await measure(page));
      await fresh.close();
    }
    const page = await context.newPage();
    await page.goto(`${app.url}${path}`);
    await measure(page);
    const warm = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`${app.url}${path}`);
      warm.push(await measure(page));
    }
    const median = (list, key) => list.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
    return {
      cold: { layersDrawnMs: median(cold, 'layersDrawnMs'), transferKb: median(cold, 'transferKb'), jsKb: median(cold, 'jsKb'), cssKb: median(cold, 'cssKb'), runs: cold },
      warm: { layersDrawnMs: median(warm, 'layersDrawnMs'), transferKb: median(warm, 'transferKb'), runs: warm },
    };
  } finally {
    await chromium.close();
  }
}

/** Runs in the page: waits until every default layer is drawn and the page is ready, then reads what it cost. */
function measureInPage() {
  return new Promise((resolve, reject) => {
    const map = document.getElementById('map');
    const timer = setTimeout(() => reject(new Error(`the map did not become ready in 30 s (state ${map?.dataset.state})`)), 30_000);
    const ready = () => map?.dataset.state === 'ready' && performance.getEntriesByName('atlas:layers-drawn').length > 0;
    const report = () => {
      clearTimeout(timer);
      // What the first view needed: requests begun before every default layer was drawn. The planner, timeline and
      // other code that loads after that mark is not part of the first paint.
      const drawn = performance.getEntriesByName('atlas:layers-drawn')[0].startTime;
      const resources = performance.getEntriesByType('resource').filter((e) => e.startTime <= drawn);
      const nav = performance.getEntriesByType('navigation')[0];
      const sum = (filter) => resources.filter(filter).reduce((s, e) => s + e.transferSize, 0);
      resolve({
        layersDrawnMs: Math.round(drawn),
        transferKb: Math.round((sum(() => true) + nav.transferSize) / 102.4) / 10,
        jsKb: Math.round(sum((e) => e.name.endsWith('.js')) / 102.4) / 10,
        cssKb: Math.round(sum((e) => e.name.endsWith('.css')) / 102.4) / 10,
      });
    };
    if (ready()) return report();
    new MutationObserver((_, observer) => {
      if (!ready()) return;
      observer.disconnect();
      report();
    }).observe(map, { attributes: true });
  });
}

/**
 * Uncached route plans: each request a from/to/avoid/by/scenario combination not asked before, one at a time, so every
 * answer is computed (Dijkstra, metrics, serialisation, compression), never served from the answer cache. The first
 * 20 warm the JIT and are not counted. Latency is measured at the client, over loopback.
 */
async function uncachedPlans(app, count = Number(process.env.BENCH_PLANS ?? 400)) {
  const nodes = (await (await fetch(`${app.url}/api/routes/nodes`)).json()).map((n) => n.id);
  const combos = [];
  for (const from of nodes) for (const to of nodes) if (from !== to)
    for (const by of ['distance', 'time']) for (const scenario of ['today', 'planned']) for (const avoid of ['', 'RUS', 'RUS,BLR', 'KAZ'])
      combos.push(`from=${from}&to=${to}&by=${by}&scenario=${scenario}${avoid ? `&avoid=${avoid}` : ''}`);
  // A fixed shuffle (a linear congruential generator), so every run asks the same mix.
  let seed = 12345;
  for (let i = combos.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [combos[i], combos[j]] = [combos[j], combos[i]];
  }
  const times = [];
  const status = {};
  for (const [i, query] of combos.slice(0, count + 20).entries()) {
    const start = performance.now();
    const response = await fetch(`${app.url}/api/routes/plan?${query}`, { headers: { 'accept-encoding': 'br' } });
    await response.arrayBuffer();
    if (i >= 20) {
      times.push(performance.now() - start);
      status[response.status] = (status[response.status] ?? 0) + 1;
    }
  }
  times.sort((a, b) => a - b);
  const at = (p) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] * 10) / 10;
  return { requests: times.length, status, p50Ms: at(50), p99Ms: at(99), maxMs: Math.round(times.at(-1) * 10) / 10 };
}

function storeScale() {
  const tool = join(root, 'bench', 'StoreBench', 'bin', 'Release', 'net10.0', 'StoreBench.dll');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-scale-'));
  const lines = [];
  const run = (kind, connection) => {
    const out = execFileSync('dotnet', [tool, kind, connection, sizes.join(',')], { encoding: 'utf8', maxBuffer: 1 << 24 });
    lines.push(...out.trim().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)));
  };
  return { lines, dir, run };
}

// ---- run ----
// npm start as a reader runs it (it installs and builds as it does for them), with nothing of the bench's own beside
// it: every process of its tree at rest (BENCH_ONLY=start for this alone).
if (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === 'start') {
  console.log('npm start: every process at rest after its warm-up…');
  results.npmStart = await measureStart();
  console.log(`npm start at rest: ${startSummary(results.npmStart)}, budget ≤ ${startBudgetMb} MB`);
  if (process.env.BENCH_ONLY === 'start') process.exit(0);
}
await ensureNodeModules();
await ensureChromium();
ensureTools();
await buildFrontend();
await runOrExit('dotnet', ['build', 'backend/Maps.Api.csproj', '-c', 'Release', '-v', 'q']);
await runOrExit('dotnet', ['build', 'bench/StoreBench/StoreBench.csproj', '-c', 'Release', '-v', 'q']);

// All the benchmark's load comes from one address: the per-client rate limits would answer most of it 429, so they are
// lifted for its run (as npm run soak does). A 429 is a measurement of the limiter, not of the API.
const app = await startApp({ env: { Atlas__RateLimits__Writes__PermitLimit: '1000000', Atlas__RateLimits__Computed__PermitLimit: '1000000000' } });
/** First paint in each language: only the chosen language's words load, so each pays for its own catalogue. */
async function browserByLanguage(app) {
  const byLanguage = {};
  for (const lang of ['en', 'ru', 'zh']) byLanguage[lang] = await browser(app, `/?lang=${lang}`);
  return byLanguage;
}

if (process.env.BENCH_ONLY === 'browser') {
  // Just first paint in Chromium, in each language (BENCH_ONLY=browser npm run bench).
  try {
    console.log('Chromium: first paint, cold and warm, in each language…');
    const byLanguage = await browserByLanguage(app);
    byLanguage['en, phone'] = await browser(app, '/', phone);
    for (const [lang, r] of Object.entries(byLanguage))
      console.log(`${lang}: cold ${r.cold.layersDrawnMs} ms, ${r.cold.transferKb} KB transferred (JS ${r.cold.jsKb} KB, CSS ${r.cold.cssKb} KB); warm ${r.warm.layersDrawnMs} ms, ${r.warm.transferKb} KB`);
    console.log(JSON.stringify(byLanguage, null, 2));
  } finally {
    await app.stop();
  }
  process.exit(0);
}
if (process.env.BENCH_ONLY === 'ogc') {
  // Just the full-resolution OGC page beside nginx, for work on the serving layer (BENCH_ONLY=ogc npm run bench).
  try {
    console.log(JSON.stringify(await ogcBorders(app), null, 2));
  } finally {
    await app.stop();
  }
  process.exit(0);
}
if (process.env.BENCH_ONLY === 'throughput') {
  // Just the layer throughput: the app, nginx on the same bytes and the README's caching proxy (BENCH_ONLY=throughput).
  try {
    const result = await throughput(app);
    console.log(JSON.stringify({ rounds: result.rounds, app: result.ratioAppToNginx, proxy: result.ratioCachingProxyToNginx }));
  } finally {
    await app.stop();
  }
  process.exit(0);
}
if (process.env.BENCH_ONLY === 'plans') {
  // Just the route-planner measurement, for work on the planner (BENCH_ONLY=plans npm run bench).
  try {
    console.log('Uncached route plans…');
    console.log(JSON.stringify(await uncachedPlans(app), null, 2));
  } finally {
    await app.stop();
  }
  process.exit(0);
}
try {
  console.log('Uncached route plans…');
  results.routePlansUncached = await uncachedPlans(app);
  console.log('Payload sizes…');
  results.payloads = await payloads(app);
  const borders4 = `${app.url}/api/layers/borders?zoom=4`;
  results.bordersZoom4Kb = { brotli: Math.round((await bytes(borders4, 'br')) / 102.4) / 10, gzip: Math.round((await bytes(borders4, 'gzip')) / 102.4) / 10 };
  console.log('Chromium: first paint, cold and warm…');
  results.browser = await browser(app);
  results.browserPhone = await browser(app, '/', phone);
  results.browserByLanguage = await browserByLanguage(app);
  console.log(`API throughput with wrk (${seconds} s per run) against nginx…`);
  results.throughput = await throughput(app);
  console.log('OGC items at full resolution against nginx…');
  results.ogcBorders = await ogcBorders(app);
  results.idleRssMb = rssMb(app.pid);
} finally {
  await app.stop();
}

/**
 * OGC items over the filled store: the app on it (seeded first, so the synthetic points stay beside geodata), pages of
 * 100 timed, and one page's throughput beside nginx.
 */
async function ogcOverStore(kind, connectionString) {
  // On PostgreSQL the app runs without inline socket completions: with them, Npgsql's connections time out under a
  // stream of requests that each query the store (seen on /healthz as much as on /ogc; see README, Benchmark).
  const app = await startAtlas({ ConnectionStrings__Atlas: connectionString });
  try {
    const n = Math.max(...sizes);
    const paging = await measurePaging(app, n);
    const throughput = await pageThroughput(app, n, { wrk, nginxPath: existsNginx() });
    console.log(`OGC items on ${kind}: ${JSON.stringify({ ...paging, appRps: throughput.app.requestsPerSecond, nginxRps: throughput.nginxSameBytes.requestsPerSecond })}`);
    return { store: kind, n, ...paging, throughput };
  } finally {
    await app.stop();
  }
}

console.log(`Store scale: ${sizes.join(', ')} points, SQLite and PostgreSQL, then OGC items paging over the largest…`);
const scale = storeScale();
results.ogcPaging = [];
try {
  const sqlite = `Data Source=${join(scale.dir, 'scale.db')}`;
  await seedStore({ ConnectionStrings__Atlas: sqlite });
  scale.run('sqlite', sqlite);
  results.ogcPaging.push(await ogcOverStore('sqlite', sqlite));
  const pg = await startPostgres();
  try {
    execFileSync(process.getuid?.() === 0 ? 'runuser' : 'psql', [...(process.getuid?.() === 0 ? ['-u', 'postgres', '--', 'psql'] : []), '-h', '127.0.0.1', '-p', String(pg.port), '-U', 'postgres', '-q', '-c', `CREATE DATABASE atlas_scale TEMPLATE ${templateDatabase}`]);
    const postgres = pg.connectionString.replace('Database=postgres', 'Database=atlas_scale');
    await seedStore({ ConnectionStrings__Atlas: postgres });
    scale.run('postgresql', postgres);
    results.ogcPaging.push(await ogcOverStore('postgresql', postgres));
  } finally {
    pg.stop();
  }
} finally {
  rmSync(scale.dir, { recursive: true, force: true });
}
results.storeScale = scale.lines;

const largest1M = results.storeScale.filter((s) => s.n === Math.max(...sizes));
results.budgets = {
  'borders at zoom 4, compressed (KB) ≤ 100': results.bordersZoom4Kb,
  'first paint transfer, cold (KB) ≤ 300': results.browser.cold.transferKb,
  'JavaScript + CSS, compressed (KB) ≤ 80': Math.round((results.browser.cold.jsKb + results.browser.cold.cssKb) * 10) / 10,
  'default layers drawn after navigation, cold (ms) ≤ 1000': results.browser.cold.layersDrawnMs,
  'default layers drawn on a phone (390 × 844, touch), cold (ms) ≤ 1000': results.browserPhone.cold.layersDrawnMs,
  'cached layer throughput, app / nginx on the same bytes ≥ 0.6': results.throughput.ratioAppToNginx,
  'cached layer throughput through the README\'s caching proxy / nginx on the same bytes (gzip) ≥ 0.9':
    results.throughput.ratioCachingProxyToNginx,
  [`bbox p50 at ${Math.max(...sizes).toLocaleString('en')} features (ms) ≤ 10`]: Object.fromEntries(largest1M.map((s) => [s.store, s.p50Ms])),
  'resident memory under load (MB) ≤ 250': results.throughput.peakRssMbUnderLoad,
  [`npm start, every process at rest after its warm-up (MB) ≤ ${startBudgetMb}`]: startSummary(results.npmStart),
  'uncached route plan p50 / p99 (ms) ≤ 20 / 100': { p50: results.routePlansUncached.p50Ms, p99: results.routePlansUncached.p99Ms },
  [`OGC items p50 per page of 100 at ${Math.max(...sizes).toLocaleString('en')} features, HTTP (ms) ≤ 20`]:
    Object.fromEntries(results.ogcPaging.map((o) => [o.store, { walk: o.walkP50Ms, randomDepth: o.jumpP50Ms }])),
  'OGC borders at full resolution, uncached (pages/s, identity / gzip / Brotli) ≥ 120':
    ['identity', 'gzip', 'br'].map((e) => results.ogcBorders[e].uncached.requestsPerSecond).join(' / '),
  'OGC borders at full resolution, cached / nginx on the same bytes (identity / gzip / Brotli) ≥ 0.5':
    ['identity', 'gzip', 'br'].map((e) => Math.round(results.ogcBorders[e].cached.requestsPerSecond / results.ogcBorders[e].nginx.requestsPerSecond * 100) / 100).join(' / '),
  'OGC items page throughput, app / nginx on the same bytes (gzip)':
    Object.fromEntries(results.ogcPaging.map((o) => [o.store, `${o.throughput.ratio} (${o.throughput.app.requestsPerSecond} vs ${o.throughput.nginxSameBytes.requestsPerSecond} req/s)`])),
};

const out = join(root, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), JSON.stringify(results, null, 2));
const md = [
  `# Corridor Atlas benchmark, ${results.machine.date} (${results.machine.cores} cores, loopback)`,
  '', '## Budgets', '', '| budget | measured |', '|---|---|',
  ...Object.entries(results.budgets).map(([k, v]) => `| ${k} | ${typeof v === 'object' ? JSON.stringify(v) : v} |`),
  '', `## Throughput (wrk -t2 -c32; borders and nginx: median of 3 alternating rounds ${JSON.stringify(results.throughput.rounds)})`, '', '| target | req/s | p50 ms | p99 ms |', '|---|---|---|---|',
  ...['bordersZoom4', 'nginxSameBytes', 'bordersZoom4ThroughCachingProxy', 'bordersZoom4Brotli', 'nginxSameBytesBrotli', 'trade2023', 'routesCompare'].map((k) => { const t = results.throughput[k]; return `| ${k} | ${t.requestsPerSecond} | ${t.p50Ms} | ${t.p99Ms} |`; }),
  '', `## Uncached route plans (GET /api/routes/plan, ${results.routePlansUncached.requests} distinct queries one at a time: ${JSON.stringify(results.routePlansUncached.status)})`, '',
  `p50 ${results.routePlansUncached.p50Ms} ms, p99 ${results.routePlansUncached.p99Ms} ms, max ${results.routePlansUncached.maxMs} ms`,
  '', '## Payloads (bytes)', '', '| layer | zoom | raw | gzip | br |', '|---|---|---|---|---|',
  ...results.payloads.map((p) => `| ${p.path} | ${p.zoom} | ${p.raw} | ${p.gzip} | ${p.brotli} |`),
  '', '## Store scale (bbox returning ~100 features; a page of 100 in id order at a random depth)', '', '| store | n | bbox p50 ms | bbox p99 ms | mean hits | page p50 ms | page p99 ms | fill s |', '|---|---|---|---|---|---|---|---|',
  ...results.storeScale.map((s) => `| ${s.store} | ${s.n} | ${s.p50Ms} | ${s.p99Ms} | ${s.meanHits} | ${s.pageP50Ms} | ${s.pageP99Ms} | ${s.fillSeconds} |`),
  '', '## OGC API – Features items over the largest store (HTTP, pages of 100, gzip)', '', '| store | n | first collection ms | walk p50 | walk p99 | random depth p50 | random depth p99 | app req/s | nginx req/s, same bytes | ratio |', '|---|---|---|---|---|---|---|---|---|---|',
  ...results.ogcPaging.map((o) => `| ${o.store} | ${o.numberMatched} | ${o.firstCollectionMs} | ${o.walkP50Ms} | ${o.walkP99Ms} | ${o.jumpP50Ms} | ${o.jumpP99Ms} | ${o.throughput.app.requestsPerSecond} | ${o.throughput.nginxSameBytes.requestsPerSecond} | ${o.throughput.ratio} |`),
  '', `Browser: cold ${JSON.stringify(results.browser.cold.runs)}; warm ${JSON.stringify(results.browser.warm.runs)}`,
  `Memory: idle ${results.idleRssMb} MB, peak under load ${results.throughput.peakRssMbUnderLoad} MB;`
    + ` npm start at rest ${startSummary(results.npmStart)}`,
].join('\n');
writeFileSync(join(out, 'latest.md'), md + '\n');
console.log(`\n${md}\n\nWritten to bench/results/latest.json and latest.md`);
