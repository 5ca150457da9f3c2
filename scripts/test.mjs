// npm test: every suite — xunit (API, store, geometry), vitest (frontend modules), and the browser test
// (the real app in Debian's Chromium). Runs them all, then prints one summary line.
import { buildFrontend, ensureChromium, ensureNodeModules, run } from './setup.mjs';

await ensureNodeModules();
await ensureChromium();

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSuites = [];
const count = (name, code, passed, failed, skipped) => {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  if (code !== 0 || failed > 0) failedSuites.push(name);
};
const number = (output, pattern) => Number(output.match(pattern)?.[1] ?? 0);

console.log('\n== xunit: backend ==');
const dotnet = await run('dotnet', ['test', 'Maps.sln', '-c', 'Release'], { capture: true });
count('xunit', dotnet.code, number(dotnet.output, /Passed:\s+(\d+)/), number(dotnet.output, /Failed:\s+(\d+)/), number(dotnet.output, /Skipped:\s+(\d+)/));

console.log('\n== vitest: frontend ==');
const vitest = await run('npm', ['run', 'test', '--workspace', 'frontend'], { capture: true, env: { NO_COLOR: '1', FORCE_COLOR: '0' } });
count('vitest', vitest.code, number(vitest.output, /Tests\s+(?:\d+ failed \| )?(\d+) passed/), number(vitest.output, /Tests\s+(\d+) failed/), 0);

console.log('\n== browser: the map in Chromium ==');
await buildFrontend();
const e2e = await run('node', ['--test', '--test-concurrency=1', 'tests/e2e/map.spec.mjs', 'tests/e2e/trade.spec.mjs', 'tests/e2e/routes.spec.mjs', 'tests/e2e/widgets.spec.mjs'], { capture: true });
count('browser', e2e.code, number(e2e.output, /^# pass (\d+)/m), number(e2e.output, /^# fail (\d+)/m), number(e2e.output, /^# skipped (\d+)/m));

if (failedSuites.length) console.log(`\nFailing suites: ${failedSuites.join(', ')}`);
console.log(`\nsummary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSuites.length ? 1 : 0);
