// Several machines without a blip: nginx (README.md's sample) in front of three app instances on one PostgreSQL,
// under the page's mix of requests, through a SIGKILL of one instance and a rolling deploy of a newer data release
// (bench/cluster.mjs, which `npm run cluster` runs for 30 s). Bounded by states, not seconds: the kill after 300
// requests, the deploy after 300 more, the end 500 requests after every instance serves the new data version.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCluster, summary } from '../../bench/cluster.mjs';

test('no request fails through a SIGKILL and a rolling deploy, and every answer after it names the new data',
  { timeout: 600_000 }, async () => {
    const marks = { kill: 300, deploy: 600 };
    const stats = await runCluster({
      phase: (name, requests) => requests >= marks[name],
      enough: (s) => s.requestsAfterDeploy >= 500,
      workers: 4,
      log: (line) => console.log(line),
    });
    console.log(summary(stats));
    assert.deepEqual(stats.failures, [], 'no request failed: no non-2xx/3xx answer and no socket error');
    assert.notEqual(stats.newVersion, stats.oldVersion, 'the deploy brought a new data version');
    assert.ok(stats.requestsAfterDeploy >= 500);
    assert.equal(stats.oldAfterDeploy, 0, 'every answer after the deploy names the new data version');
  });
