// npm run cluster: three app instances on one throwaway PostgreSQL behind nginx, configured with README.md's own sample
// (§ Several instances), under the page's mix of requests for 30 s (CLUSTER_SECONDS). Meanwhile one instance is killed
// with SIGKILL (and restarted by hand, as a supervisor would, with the old data) and another is replaced by a build
// with a newer data release: a rolling deploy. Prints requests, non-2xx/3xx answers, socket errors, and the answers
// that named the old data version once every instance served the new one. Loopback only; every process it starts it
// stops by pid. tests/process/cluster.spec.mjs runs the same, bounded by states rather than by seconds.
import http from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startNginx } from '../scripts/nginx.mjs';
import { startPostgres } from '../scripts/postgres.mjs';
import { buildFrontend, ensureNodeModules, runOrExit } from '../scripts/setup.mjs';
import { backendDll, startApp } from '../tests/e2e/appServer.mjs';
import { firstRequests } from '../tests/process/requests.mjs';

const versionHeader = 'x-atlas-data-version';
// All the load comes from one address (nginx's view of this script): the per-client limits, a defence against abuse,
// would answer it 429. Each instance polls its store's data version every second here (5 s by default).
const env = {
  Atlas__RateLimits__Writes__PermitLimit: '1000000',
  Atlas__RateLimits__Computed__PermitLimit: '1000000000',
  Atlas__DataVersionPollSeconds: '1',
};

/** A copy of the built app's geodata/ with its release raised by one: what the next deploy ships. */
export function newerGeodata() {
  const shipped = join(backendDll, '..', 'geodata');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-geodata-next-'));
  cpSync(shipped, dir, { recursive: true });
  const catalog = JSON.parse(readFileSync(join(dir, 'layers.json'), 'utf8'));
  catalog.release += 1;
  writeFileSync(join(dir, 'layers.json'), JSON.stringify(catalog, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Load from `workers` concurrent loops over the paths, until stop(). Each request on a connection of its own: a browser
 * reuses connections and silently resends an idempotent request that meets one the server has just closed (an nginx
 * reload closes idle ones); this load neither reuses nor resends, so every failure counts.
 */
function startLoad(url, paths, workers, onAnswer) {
  const agent = new http.Agent({ keepAlive: false });
  let stopping = false;
  const once = (path) => new Promise((resolve) => {
    const options = { agent, headers: { 'accept-encoding': 'br, gzip' }, timeout: 15_000 };
    const request = http.get(url + path, options, (response) => {
      response.resume();
      const version = response.headers[versionHeader];
      response.on('end', () => resolve({ path, status: response.statusCode, version }));
      response.on('error', (e) => resolve({ path, error: e.code ?? e.message }));
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    request.on('error', (e) => resolve({ path, error: e.code ?? e.message }));
  });
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = w; !stopping; i++) onAnswer(await once(paths[i % paths.length]));
  });
  return async () => {
    stopping = true;
    await Promise.all(loops);
    agent.destroy();
  };
}

/** Waits for a state of the run (polled every 50 ms), at most `seconds`. */
async function until(what, predicate, seconds = 180) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${seconds} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function readyVersion(app) {
  try {
    const response = await fetch(`${app.url}/healthz/ready`);
    return response.ok ? (await response.json()).dataVersion : null;
  } catch {
    return null;
  }
}

/** Counts one answer: its status, or its socket error, and which data version it named at which stage of the run. */
function record(stats, answer) {
  stats.requests++;
  if (answer.error) {
    stats.socketErrors[answer.error] = (stats.socketErrors[answer.error] ?? 0) + 1;
    stats.failures.push(`${answer.error} ${answer.path}`);
    return;
  }
  stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1;
  if (answer.status >= 400) stats.failures.push(`${answer.status} ${answer.path}`);
  if (stats.stage === 'deployed') {
    stats.requestsAfterDeploy++;
    if (answer.version !== stats.newVersion) stats.oldAfterDeploy++;
  } else if (stats.stage === 'deploying') {
    stats.requestsDuringDeploy++;
    if (answer.version === stats.oldVersion) stats.oldDuringDeploy++;
  }
}

/**
 * The page's first view (lines at zoom 4, points whole: not the full-resolution downloads), its lists, a trade year,
 * a comparison and the OGC collections.
 */
async function pageMix(url) {
  const overlays = await (await fetch(`${url}/api/layers`)).json();
  const lines = overlays.filter((l) => !l.geometryType.includes('Point'));
  const downloads = new Set(lines.map((l) => `/api/layers/${l.id}`));
  return [...new Set(await firstRequests(url))].filter((p) => !downloads.has(p))
    .concat(['/ogc/collections?f=json', '/api/trade?year=2024']);
}

/**
 * The rolling deploy, as README § Rolling deploys describes it: the new instance starts beside the old one, joins
 * nginx once ready and warmed up (a reload), and only then is the old one stopped with SIGTERM, which drains it. The
 * killed instance comes back the same way, with the old build and data (a supervisor that knew no better): it leaves
 * the newer data in place and serves it.
 */
async function rollingDeploy({ apps, nginx, database, next, stats, event }) {
  stats.stage = 'deploying';
  const deployed = await startApp({ database, env: { ...env, Atlas__GeodataPath: next.dir } });
  stats.newVersion = await readyVersion(deployed);
  event(`instance 2's replacement (port ${deployed.port}) seeded and serves the newer data ${stats.newVersion}`);
  await nginx.reload([apps[0].port, deployed.port, apps[2].port]);
  event('nginx reloaded with the replacement in place of instance 2');
  const replaced = apps[1];
  apps[1] = deployed;
  await replaced.stop();
  event(`instance 2 (port ${replaced.port}) stopped with SIGTERM`);
  const restarted = await startApp({ database, env });
  await nginx.reload([restarted.port, apps[1].port, apps[2].port]);
  apps[0] = restarted;
  const served = await readyVersion(restarted);
  event(`instance 1 restarted (port ${restarted.port}) with the old build and data, serving ${served}`);
  await until('every instance serves the new data version', async () =>
    (await Promise.all(apps.map(readyVersion))).every((v) => v === stats.newVersion));
  stats.stage = 'deployed';
  event('every instance serves the new data version');
}

/**
 * The whole run. `phase(name, requestsSoFar, msOfLoad)` says when each step may begin (a time for the script, a count
 * of requests for the test); `enough(stats, msOfLoad)` when the load may stop once every instance serves the new data.
 */
export async function runCluster({ phase, enough, workers = 6, log = console.log }) {
  const postgres = await startPostgres();
  const next = newerGeodata();
  const apps = [];
  let nginx;
  let stopLoad;
  const stats = {
    requests: 0, byStatus: {}, failures: [], socketErrors: {}, events: [], stage: 'before',
    oldVersion: null, newVersion: null,
    oldDuringDeploy: 0, requestsDuringDeploy: 0, oldAfterDeploy: 0, requestsAfterDeploy: 0,
  };
  const started = Date.now();
  let loadStarted;
  const event = (what) => {
    stats.events.push({ ms: Date.now() - started, requests: stats.requests, what });
    const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
    log(`${seconds} s  ${String(stats.requests).padStart(6)} requests  ${what}`);
  };
  const waitPhase = (name) => until(name, () => phase(name, stats.requests, Date.now() - loadStarted));
  try {
    const database = postgres.createDatabase();
    event('starting three instances on one PostgreSQL');
    apps.push(...await Promise.all([0, 1, 2].map(() => startApp({ database, env }))));
    stats.oldVersion = await readyVersion(apps[0]);
    nginx = await startNginx({ upstreams: apps.map((a) => a.port) });
    const paths = await pageMix(nginx.url);
    event(`nginx (README sample) in front of ports ${apps.map((a) => a.port).join(', ')}; load: ${workers} `
      + `connections over ${paths.length} paths; data version ${stats.oldVersion}`);
    loadStarted = Date.now();
    stopLoad = startLoad(nginx.url, paths, workers, (answer) => record(stats, answer));
    await waitPhase('kill');
    await apps[0].kill();
    event(`instance 1 (port ${apps[0].port}) killed with SIGKILL`);
    await waitPhase('deploy');
    await rollingDeploy({ apps, nginx, database, next, stats, event });
    await until('enough requests after the deploy', () => enough(stats, Date.now() - loadStarted));
    await stopLoad();
    stopLoad = null;
    event('load stopped');
    stats.seconds = (Date.now() - loadStarted) / 1000;
    return stats;
  } finally {
    await stopLoad?.();
    await nginx?.stop();
    await Promise.all(apps.map((app) => app.stop()));
    postgres.stop();
    next.remove();
  }
}

/** One paragraph of figures. */
export function summary(stats) {
  const nonSuccess = Object.entries(stats.byStatus).filter(([status]) => Number(status) >= 400);
  const failures = Object.entries(stats.failures.reduce((all, f) => ({ ...all, [f]: (all[f] ?? 0) + 1 }), {}));
  return [
    `requests: ${stats.requests} (${Math.round(stats.requests / stats.seconds)}/s over ${stats.seconds.toFixed(0)} s)`,
    `statuses: ${Object.entries(stats.byStatus).map(([s, n]) => `${s} × ${n}`).join(', ')}`,
    `non-2xx/3xx: ${nonSuccess.reduce((n, [, c]) => n + c, 0)}; `
      + `socket errors: ${Object.values(stats.socketErrors).reduce((a, b) => a + b, 0)}`,
    ...failures.slice(0, 20).map(([what, n]) => `  ${what} × ${n}`),
    `data version ${stats.oldVersion} → ${stats.newVersion}: answers naming the old one during the deploy (from the`
      + ` replacement's start until every instance served the new one): ${stats.oldDuringDeploy}`
      + ` of ${stats.requestsDuringDeploy}; after it: ${stats.oldAfterDeploy} of ${stats.requestsAfterDeploy}`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureNodeModules();
  await buildFrontend();
  await runOrExit('dotnet', ['build', 'backend/Maps.Api.csproj', '-c', 'Release', '-v', 'q',
    '--disable-build-servers']);
  const seconds = Number(process.env.CLUSTER_SECONDS ?? 30);
  // The kill at a sixth of the run, the deploy at a third; the load goes on to the end, and at least 5 s after the
  // deploy has reached every instance.
  const marks = { kill: seconds / 6, deploy: seconds / 3 };
  let deployedAt;
  const stats = await runCluster({
    phase: (name, _requests, ms) => ms >= marks[name] * 1000,
    enough: (_stats, ms) => ms >= seconds * 1000 && ms >= (deployedAt ??= ms) + 5000,
  });
  console.log(`\n${summary(stats)}`);
  const failed = stats.failures.length + stats.oldAfterDeploy;
  process.exit(failed ? 1 : 0);
}
