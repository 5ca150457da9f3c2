// Starts the real app (the built backend serving the built frontend, on Kestrel, as npm start runs it) on a free
// loopback port and stops exactly that process. Each app gets a fresh SQLite file unless it is given a database: a
// SQLite path (kept, so a second start on it is a restart) or a PostgreSQL connection string.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/setup.mjs';

export { freePort };

const root = fileURLToPath(new URL('../../', import.meta.url));
export const backendDll = join(root, 'backend', 'bin', 'Release', 'net10.0', 'Maps.Api.dll');

const ready = /Warm-up done/;

export async function startApp({ env = {}, database, port } = {}) {
  if (!existsSync(backendDll)) throw new Error(`build the backend first (dotnet build -c Release): ${backendDll} is missing`);
  port ??= await freePort();
  const dataDir = database ? null : mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const connectionString = database === undefined ? `Data Source=${join(dataDir, 'atlas.db')}`
    : /Host=/i.test(database) ? database : `Data Source=${database}`;
  const child = spawn('dotnet', [backendDll], {
    cwd: join(root, 'backend'),
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Production',
      PORT: String(port),
      ConnectionStrings__Atlas: connectionString,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  // Measurements mean a warmed server, as readers meet it once it has been up a moment: the app is ready when it logs
  // the end of its warm-up (or, with the warm-up off, when it announces its address).
  // The app logs a line per request: under a benchmark's load that outgrows any string. Kept: the first megabyte
  // (start-up) and the latest few.
  const append = (d) => {
    output += d;
    if (output.length > 8 * 1024 * 1024) output = `${output.slice(0, 1 << 20)}\n[… output trimmed …]\n${output.slice(-4 * 1024 * 1024)}`;
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const announced = new Promise((resolve) => {
    const pattern = env.Atlas__WarmUp === 'false' ? /is running at/ : ready;
    // Tested as output arrives until it matches, then no more: under load (the bench) the app logs a line per request,
    // and testing all of it for every chunk took the cores the load was meant to measure.
    const onData = () => {
      if (!pattern.test(output)) return;
      child.stdout.off('data', onData);
      resolve();
    };
    child.stdout.on('data', onData);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  /** SIGKILL: no shutdown, no flush; what the app acknowledged must survive it. */
  const kill = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, 120_000, 'timeout')));
  const outcome = await Promise.race([announced.then(() => 'ready'), exited.then(() => 'exited'), timeout]);
  clearTimeout(timer);
  if (outcome !== 'ready') {
    await stop();
    throw new Error(outcome === 'exited' ? `the app exited with ${child.exitCode}:\n${output}` : `the app was not ready within 120 s:\n${output}`);
  }
  const health = await fetch(`${url}/healthz`);
  if (!health.ok) {
    await stop();
    throw new Error(`the app started but /healthz answered ${health.status}:\n${output}`);
  }
  /** Resolves once the app has printed something that matches: a state it reports, waited for as it arrives. */
  const waitForOutput = (pattern) => new Promise((resolve, reject) => {
    if (pattern.test(output)) return resolve();
    const onData = () => {
      if (!pattern.test(output)) return;
      child.stdout.off('data', onData);
      resolve();
    };
    child.stdout.on('data', onData);
    exited.then((code) => reject(new Error(`the app exited (${code}) before printing ${pattern}`)));
  });
  return { url, port, pid: child.pid, stop, kill, exited, output: () => output, waitForOutput };
}
