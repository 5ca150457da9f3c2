// npm test: every suite — the frontend's size lint first (functions, files and lines, ESLint; it fails in seconds, so
// it stops the run before the long suites), then xunit (API, store, geometry, hostile input), vitest (frontend
// modules), the browser test (the real app in Debian's Chromium), the process tests (real app processes on real stores:
// two instances, a database outage, SIGKILL during writes, SIGTERM draining, forged X-Forwarded-For behind nginx, three
// instances behind nginx through a SIGKILL and a rolling deploy) and real clients (GDAL reading the OGC API; Redocly
// and openapi-typescript reading the OpenAPI document). Runs them all, then prints one summary line.
import { startPostgres } from './postgres.mjs';
import { buildFrontend, ensureChromium, ensureGdal, ensureNodeModules, run } from './setup.mjs';

/** The one name under which the tests find the throwaway PostgreSQL server (tests/Maps.Api.Tests/Storage/PostgresServer.cs). */
const postgresVariable = 'ATLAS_TEST_POSTGRES';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSuites = [];
const count = (name, code, passed, failed, skipped) => {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  if (code !== 0 || failed > 0) failedSuites.push(name);
};
const number = (output, pattern) => Number(output.match(pattern)?.[1] ?? 0);
const summarize = () => {
  if (failedSuites.length) console.log(`\nFailing suites: ${failedSuites.join(', ')}`);
  console.log(`\nsummary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
};

await ensureNodeModules();

// The lint counts as one check: passed when ESLint finds nothing, failed otherwise (its output names each problem).
console.log('\n== lint: frontend functions ≤ 60 lines, files ≤ 250, lines ≤ 120 (ESLint) ==');
const lint = await run('npm', ['run', 'lint', '--workspace', 'frontend']);
count('lint', lint.code, lint.code === 0 ? 1 : 0, lint.code === 0 ? 0 : 1, 0);
if (lint.code !== 0) {
  summarize();
  process.exit(1);
}

await ensureChromium();
ensureGdal();

console.log('\n== xunit: backend, with the store suite on SQLite and on a throwaway PostgreSQL ==');
const postgres = await startPostgres();
let dotnet;
try {
  dotnet = await run('dotnet', ['test', 'Maps.sln', '-c', 'Release'], { capture: true, env: { [postgresVariable]: postgres.connectionString } });
} finally {
  postgres.stop();
}
count('xunit', dotnet.code, number(dotnet.output, /Passed:\s+(\d+)/), number(dotnet.output, /Failed:\s+(\d+)/), number(dotnet.output, /Skipped:\s+(\d+)/));

console.log('\n== vitest: frontend ==');
const vitest = await run('npm', ['run', 'test', '--workspace', 'frontend'], { capture: true, env: { NO_COLOR: '1', FORCE_COLOR: '0' } });
count('vitest', vitest.code, number(vitest.output, /Tests\s+(?:\d+ failed \| )?(\d+) passed/), number(vitest.output, /Tests\s+(\d+) failed/), 0);

console.log('\n== browser: the map in Chromium ==');
await buildFrontend();
const e2e = await run('node', ['--test', '--test-concurrency=1', 'tests/e2e/map.spec.mjs', 'tests/e2e/layers.spec.mjs', 'tests/e2e/trade.spec.mjs', 'tests/e2e/routes.spec.mjs', 'tests/e2e/widgets.spec.mjs', 'tests/e2e/data.spec.mjs', 'tests/e2e/timeline.spec.mjs', 'tests/e2e/languages.spec.mjs', 'tests/e2e/phone.spec.mjs', 'tests/e2e/autoplay.spec.mjs', 'tests/e2e/print.spec.mjs', 'tests/e2e/keyboard.spec.mjs'], { capture: true });
count('browser', e2e.code, number(e2e.output, /^# pass (\d+)/m), number(e2e.output, /^# fail (\d+)/m), number(e2e.output, /^# skipped (\d+)/m));

console.log('\n== processes: real app processes on SQLite and a throwaway PostgreSQL ==');
const processSpecs = ['twoInstances', 'storeOutage', 'durability', 'shutdown', 'proxy', 'proxyCache', 'cluster',
  'requestCost', 'telemetry']
  .map((name) => `tests/process/${name}.spec.mjs`);
const processes = await run('node', ['--test', '--test-concurrency=1', ...processSpecs], { capture: true });
count('processes', processes.code, number(processes.output, /^# pass (\d+)/m), number(processes.output, /^# fail (\d+)/m), number(processes.output, /^# skipped (\d+)/m));

console.log('\n== clients: GDAL reads the OGC API; Redocly and openapi-typescript read the OpenAPI document ==');
const clients = await run('node', ['--test', '--test-concurrency=1', 'tests/clients/gdal.spec.mjs', 'tests/clients/openapi.spec.mjs'], { capture: true });
count('clients', clients.code, number(clients.output, /^# pass (\d+)/m), number(clients.output, /^# fail (\d+)/m), number(clients.output, /^# skipped (\d+)/m));

summarize();
process.exit(failedSuites.length ? 1 : 0);
