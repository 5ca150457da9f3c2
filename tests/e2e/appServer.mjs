// Starts the real app (the built backend serving the built frontend) on a free loopback port
// with a fresh SQLite file, and stops exactly that process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/setup.mjs';

export { freePort };

const root = fileURLToPath(new URL('../../', import.meta.url));
export const backendDll = join(root, 'backend', 'bin', 'Release', 'net10.0', 'Maps.Api.dll');

export async function startApp({ env = {} } = {}) {
  if (!existsSync(backendDll)) throw new Error(`build the backend first (dotnet build -c Release): ${backendDll} is missing`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const child = spawn('dotnet', [backendDll], {
    cwd: join(root, 'backend'),
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Production',
      PORT: String(port),
      ConnectionStrings__Atlas: `Data Source=${join(dataDir, 'atlas.db')}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      // Measurements mean a warmed server, as readers meet it once it has been up a moment.
      if (response.ok && /Warm-up done/.test(output)) return { url, port, pid: child.pid, stop, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the app did not answer /healthz within 90 s:\n${output}`);
}
