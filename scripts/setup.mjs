// Set-up shared by `npm start` and `npm test`: everything a fresh clone needs, from the project's own files.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a command in the repository, streaming its output; resolves with its exit code and what it printed. */
export function run(command, args, { env = {}, capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
      child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

export async function runOrExit(command, args, options) {
  const { code } = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed with exit code ${code}`);
    process.exit(code);
  }
}

/** npm ci when node_modules is missing or older than package-lock.json. */
export async function ensureNodeModules() {
  const marker = `${root}node_modules/.package-lock.json`;
  const lock = `${root}package-lock.json`;
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing npm packages (npm ci)…');
  await runOrExit('npm', ['ci', '--no-audit', '--no-fund']);
}

export async function buildFrontend() {
  console.log('Building the frontend…');
  await runOrExit('npm', ['run', 'build', '--workspace', 'frontend']);
}

/** The browser test drives Debian's Chromium; install it when it is missing (CI runs as root). */
export async function ensureChromium(path = '/usr/bin/chromium') {
  ensureChineseFont();
  if (existsSync(path)) return;
  if (!aptInstall(['chromium']) || !existsSync(path)) {
    console.error('Chromium is needed for the browser test and could not be installed (apt-get install chromium).');
    process.exit(1);
  }
}

/**
 * The page in Chinese needs a font with Chinese characters, which a bare Debian lacks (the browser would draw boxes,
 * and measure labels by them): WenQuanYi Micro Hei, 1.6 MB, when fontconfig knows none.
 */
export function ensureChineseFont() {
  const has = () => spawnSync('sh', ['-c', 'fc-list :lang=zh | grep -q .'], { stdio: 'ignore' }).status === 0;
  if (has()) return;
  if (!aptInstall(['fonts-wqy-microhei']) || !has()) console.warn('No Chinese font could be installed (apt-get install fonts-wqy-microhei): Chinese text will show as boxes.');
}

/** The OGC API tests drive Debian's GDAL (ogrinfo, ogr2ogr with the OAPIF driver); install it when it is missing. */
export function ensureGdal() {
  if (spawnSync('sh', ['-c', 'command -v ogrinfo && command -v ogr2ogr'], { stdio: 'ignore' }).status === 0) return;
  if (!aptInstall(['gdal-bin']) || spawnSync('sh', ['-c', 'command -v ogrinfo'], { stdio: 'ignore' }).status !== 0) {
    console.error('GDAL is needed for the OGC API client test and could not be installed (apt-get install gdal-bin).');
    process.exit(1);
  }
}

/** Installs Debian packages (as root, or through sudo); true when apt-get succeeded. */
export function aptInstall(packages) {
  console.log(`Installing ${packages.join(', ')} from Debian packages…`);
  const asRoot = process.getuid?.() === 0;
  const apt = (args) => spawnSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['apt-get', ...args], {
    stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  apt(['update', '-qq']);
  return apt(['install', '-y', '-qq', ...packages]).status === 0;
}

/** A loopback port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
