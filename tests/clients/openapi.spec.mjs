// The OpenAPI document as its clients read it: Redocly's linter validates it, and openapi-typescript turns it into
// the frontend's types, which must be the committed ones (npm run api-types rewrites them).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { apiTypes, schemaFile } from '../../scripts/api-types.mjs';
import { root } from '../../scripts/setup.mjs';
import { startApp } from '../e2e/appServer.mjs';

let app;
let dir;
let documentText;

before(async () => {
  app = await startApp();
  dir = mkdtempSync(join(tmpdir(), 'atlas-openapi-'));
  documentText = await (await fetch(`${app.url}/api/openapi.json`)).text();
});

after(async () => {
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('redocly lint finds no problem in /api/openapi.json', () => {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, documentText);
  const lint = spawnSync(join(root, 'node_modules', '.bin', 'redocly'), ['lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json'], {
    encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
  const problems = report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`);
  console.log(`redocly lint: ${report.totals.errors} errors, ${report.totals.warnings} warnings`);
  assert.deepEqual(problems, []);
  assert.equal(lint.status, 0);
});

test('the committed frontend types are what openapi-typescript makes of the document', async () => {
  const generated = await apiTypes(documentText);
  assert.ok(generated.includes('"/ogc/collections/{collectionId}/items"'), 'the OGC paths are in the types');
  assert.equal(readFileSync(schemaFile, 'utf8'), generated,
    'frontend/src/apiSchema.ts is out of date with /api/openapi.json: run `npm run api-types` and commit the result');
});
