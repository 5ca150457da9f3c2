// nginx in front of app instances, configured with the README's own sample (§ Several instances), so that what the
// README tells an operator to run is what the tests and `npm run cluster` run. Debian's nginx, installed when missing,
// as a foreground child with its own prefix, configuration and pid file in a temporary folder, on a free loopback port.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, freePort, root } from './setup.mjs';

export function ensureNginx() {
  const found = () => spawnSync('sh', ['-c', 'command -v nginx || (test -x /usr/sbin/nginx && echo /usr/sbin/nginx)'])
    .stdout.toString().trim().split('\n')[0];
  if (found()) return found();
  if (!aptInstall(['nginx-light']) || !found()) {
    throw new Error('nginx is needed and could not be installed (apt-get install nginx-light)');
  }
  return found();
}

/** The first nginx block under a heading of README.md, as written there. */
function readmeBlock(heading) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const at = readme.indexOf(heading);
  const block = at < 0 ? null : readme.slice(at).match(/```nginx\n([\s\S]*?)```/);
  if (!block) throw new Error(`README.md: no nginx sample under "${heading}"`);
  return block[1];
}

/** The proxy in front of several instances (README § Several instances). */
export const readmeNginxSample = () => readmeBlock('## Several instances');

/** The same proxy keeping layers and the basemap in its cache (README § What a CDN may cache). */
export const readmeCacheSample = () => readmeBlock('### What a CDN may cache');

/**
 * The sample with the test's own addresses: its upstream server lines become one line per app port (keeping their
 * parameters), and `listen 80` becomes a loopback port. Nothing else is changed.
 */
export function adaptSample(sample, { port, upstreams }) {
  const servers = [...sample.matchAll(/^(\s*)server 127\.0\.0\.1:\d+(.*);$/gm)];
  if (!servers.length) throw new Error('the nginx sample names no upstream server 127.0.0.1:PORT');
  const [, indent, parameters] = servers[0];
  const lines = upstreams.map((p) => `${indent}server 127.0.0.1:${p}${parameters};`).join('\n');
  let adapted = sample.replace(servers[0][0], lines);
  for (const extra of servers.slice(1)) adapted = adapted.replace(`${extra[0]}\n`, '');
  if (!/^\s*listen 80;$/m.test(adapted)) throw new Error('the nginx sample does not listen on port 80');
  return adapted.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`);
}

/** Resolves once something accepts connections on the port (nginx is up), or rejects when the child exits first. */
async function listening(port, exited) {
  for (let attempt = 0; attempt < 500; attempt++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    const waited = await Promise.race([exited, new Promise((r) => setTimeout(r, 20, 'waiting'))]);
    if (waited !== 'waiting') throw new Error('nginx exited');
  }
  throw new Error(`nginx did not listen on ${port}`);
}

/**
 * nginx with one of the README's samples in front of the app ports (a cache it names lives in nginx's own temporary
 * folder); stop() ends exactly that process and removes its files.
 */
export async function startNginx({ upstreams, sample = readmeNginxSample(), workers = 1 }) {
  const nginx = ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  // Workers run as nobody when nginx starts as root: they must reach their temporary files.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const configure = (ports) => writeFileSync(join(dir, 'nginx.conf'), `worker_processes ${workers};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log notice;
events { worker_connections 1024; }
http {
  access_log off;
  # As Debian's own nginx.conf has them: files (the cache's answers) are sent by the kernel.
  sendfile on; tcp_nopush on;
  client_body_temp_path ${dir}/client; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${adaptSample(sample, { port, upstreams: ports }).replace(/proxy_cache_path \S+/, `proxy_cache_path ${dir}/cache`)}
}
`);
  configure(upstreams);
  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'];
  const child = spawn(nginx, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await listening(port, exited);
  } catch (e) {
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    await stop();
    throw new Error(`${e.message}: ${stderr}${log}`);
  }
  const errorLog = () => readFileSync(join(dir, 'error.log'), 'utf8');
  /**
   * Another set of upstream instances, as an operator changes it: a new configuration and SIGHUP (nginx -s reload).
   * Resolves once nginx has started workers with it; old workers finish what they have in flight.
   */
  const reload = async (ports) => {
    const before = errorLog().length;
    configure(ports);
    child.kill('SIGHUP');
    const reloaded = () => {
      const since = errorLog().slice(before);
      const at = since.indexOf('reconfiguring');
      return at >= 0 && since.slice(at).includes('start worker process');
    };
    for (let attempt = 0; !reloaded(); attempt++) {
      if (attempt > 500) throw new Error(`nginx did not reload: ${errorLog().slice(before)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { url: `http://127.0.0.1:${port}`, port, pid: child.pid, stop, reload, errorLog };
}
