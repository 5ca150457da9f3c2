// A throwaway PostgreSQL + PostGIS cluster for the tests: Debian's packages (installed when missing), a data folder
// in a temporary directory, a free loopback port, and a template database with PostGIS. stop() removes it all.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, freePort } from './setup.mjs';

export const templateDatabase = 'atlas_template';

function binDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a)).find((v) => existsSync(join(root, v, 'bin', 'pg_ctl')));
  return version ? join(root, version, 'bin') : null;
}

function hasPostgis(bin) {
  const share = join(bin, '..', '..', '..', '..', 'share', 'postgresql');
  return existsSync(share) && readdirSync(share).some((v) => existsSync(join(share, v, 'extension', 'postgis.control')));
}

export function ensurePostgres() {
  let bin = binDir();
  if (bin && hasPostgis(bin)) return bin;
  aptInstall(['postgresql', 'postgresql-15-postgis-3']);
  bin = binDir();
  if (!bin || !hasPostgis(bin)) throw new Error('PostgreSQL with PostGIS could not be installed (apt-get install postgresql postgresql-15-postgis-3)');
  return bin;
}

export async function startPostgres() {
  const bin = ensurePostgres();
  // initdb refuses to run as root: as root, the cluster belongs to the postgres system user.
  const asRoot = process.getuid?.() === 0;
  const run = (tool, args) => execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'atlas-pg-'));
  chmodSync(dir, 0o777);
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const data = join(dir, 'data');
  const port = await freePort();
  // fsync off: the tests kill the app, never the database server, so its own durability is not what they measure.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const pgCtl = (...args) => run('pg_ctl', ['-D', data, ...args]);
  const start = () => pgCtl('-l', join(dir, 'log'), '-w', '-t', '60', '-o', options, 'start');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  start();
  const psql = (sql, db = 'postgres') => run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql]);
  psql(`CREATE DATABASE ${templateDatabase}`);
  psql('CREATE EXTENSION postgis', templateDatabase);
  const connectionString = `Host=127.0.0.1;Port=${port};Username=postgres;Database=postgres`;
  let n = 0;
  return {
    port,
    connectionString,
    /** A new database with PostGIS, from the template; its connection string. */
    createDatabase(name = `atlas_${process.pid}_${++n}`) {
      psql(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase}`);
      return connectionString.replace('Database=postgres', `Database=${name}`);
    },
    /** Stops the server (fast shutdown: clients are cut off) and keeps its data, to see what the app does meanwhile. */
    pause: () => pgCtl('-m', 'fast', '-w', 'stop'),
    /** Starts the paused server again on the same port with the same data. */
    resume: start,
    stop() {
      try {
        pgCtl('-m', 'fast', '-w', 'stop');
      } catch {
        // already stopped (paused and never resumed)
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
