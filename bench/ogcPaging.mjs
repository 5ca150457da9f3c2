// OGC API – Features paging over a large store: the app started on a store that StoreBench filled with synthetic
// points (collection "synthetic"), pages of 100 timed one after another by next links and at random depths, and
// throughput on one page beside nginx serving the same bytes as a static file.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backendDll } from '../tests/e2e/appServer.mjs';
import { freePort, root } from '../scripts/setup.mjs';

/** The built app on a given store, without the warm-up (it would load the million points into the map's cache). */
/**
 * A directory nginx serves files from. mkdtemp makes it readable by its owner only, and nginx's workers run as another
 * user: without this every request nginx answered was a 403, which the bench counted as nginx's throughput.
 */
export function staticRoot(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

export async function startAtlas(env) {
  const port = await freePort();
  const child = spawn('dotnet', [backendDll], {
    cwd: join(root, 'backend'),
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production', PORT: String(port), Atlas__WarmUp: 'false', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (d) => (errors += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}: ${errors}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, pid: child.pid, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error('the app did not answer /healthz within 150 s');
}

/** Starts the app once so that it migrates and seeds geodata; StoreBench then adds its points beside that data. */
export async function seedStore(env) {
  const app = await startAtlas(env);
  await app.stop();
}

const percentile = (sorted, p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 100) / 100;

async function timed(url) {
  const start = performance.now();
  const response = await fetch(url, { headers: { Accept: 'application/geo+json', 'Accept-Encoding': 'gzip' } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - start, body };
}

/** p50/p99 of pages of 100: a walk by next links from the start, and jumps to random depths (after=p<n>). */
export async function measurePaging(app, n, pages = 300) {
  const summary = await timed(`${app.url}/ogc/collections/synthetic`);
  const walk = [];
  let next = `${app.url}/ogc/collections/synthetic/items?limit=100`;
  let matched = 0;
  for (let i = 0; i < pages && next; i++) {
    const { ms, body } = await timed(next);
    matched = body.numberMatched;
    if (i >= 10) walk.push(ms);
    next = body.links.find((l) => l.rel === 'next')?.href;
  }
  const jumps = [];
  for (let i = 0; i < pages; i++) {
    const { ms, body } = await timed(`${app.url}/ogc/collections/synthetic/items?limit=100&after=p${Math.floor(Math.random() * n)}`);
    if (body.features.length === 0) throw new Error('a random page came back empty');
    if (i >= 10) jumps.push(ms);
  }
  walk.sort((a, b) => a - b);
  jumps.sort((a, b) => a - b);
  return {
    numberMatched: matched, firstCollectionMs: Math.round(summary.ms),
    walkP50Ms: percentile(walk, 0.5), walkP99Ms: percentile(walk, 0.99), jumpP50Ms: percentile(jumps, 0.5), jumpP99Ms: percentile(jumps, 0.99),
  };
}

/** One deep page with wrk, and nginx serving the same bytes, gzip-compressed ahead, as a static file. */
export async function pageThroughput(app, n, { wrk, nginxPath }) {
  const path = `/ogc/collections/synthetic/items?limit=100&after=p${Math.floor(n / 2)}`;
  const dir = staticRoot('atlas-nginx-ogc-');
  const body = Buffer.from(await (await fetch(`${app.url}${path}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
  writeFileSync(join(dir, 'page.json'), body);
  execFileSync('gzip', ['-k', '-6', join(dir, 'page.json')]);
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), `worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; types { application/geo+json json; }
  server { listen 127.0.0.1:${port}; root ${dir}; gzip_static on; etag on; } }`);
  const nginx = spawn(nginxPath, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100; i++) {
      if (await fetch(`http://127.0.0.1:${port}/page.json`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const gzip = { 'Accept-Encoding': 'gzip' };
    const appRun = await wrk(`${app.url}${path}`, gzip);
    const nginxRun = await wrk(`http://127.0.0.1:${port}/page.json`, gzip);
    return { path, bytes: body.length, app: appRun, nginxSameBytes: nginxRun, ratio: Math.round((appRun.requestsPerSecond / nginxRun.requestsPerSecond) * 100) / 100 };
  } finally {
    nginx.kill('SIGTERM');
    await new Promise((r) => nginx.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
