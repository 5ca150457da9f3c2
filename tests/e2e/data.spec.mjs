// The Data panel in a real Chromium: every collection the OGC API lists is offered as GeoJSON and CSV with its licence
// and a citation, the trade table and the route comparison too; the files are what the API serves. Also the API
// reference page (/api/docs), which must render from the app's own scripts under its Content-Security-Policy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { pages } from './pages.mjs';

let app;
let browser;

const download = async (locator) => {
  const [file] = await Promise.all([locator.page().waitForEvent('download'), locator.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
};

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

const { newPage, open } = pages(() => ({ app, browser }), { viewport: { width: 1400, height: 900 }, acceptDownloads: true });
/** The Data tab, opened from the address, once its list is filled. */
const openDataTab = async () => {
  const opened = await open('/?panel=data');
  await opened.page.waitForSelector('#tabpanel-data[data-state="ready"]');
  return opened;
};

test('the Data tab lists every collection and every table, each with a licence and a citation', async () => {
  const { page } = await open('/');
  await page.getByRole('tab', { name: 'Data' }).click();
  await page.waitForSelector('#tabpanel-data[data-state="ready"]');
  assert.match(page.url(), /panel=data/);
  const collections = (await (await fetch(`${app.url}/ogc/collections`)).json()).collections;
  const offered = await page.locator('.data-entry').evaluateAll((boxes) => boxes.map((b) => b.dataset.download));
  const routes = (await (await fetch(`${app.url}/api/routes`)).json()).length;
  const comparisons = Array.from({ length: Math.ceil(routes / 6) }, (_, i) => (i === 0 ? 'routes' : `routes-${i + 1}`));
  assert.deepEqual(offered, [...collections.map((c) => c.id), 'trade', ...comparisons, 'volumes']);
  const borders = page.locator('[data-download="borders"]');
  assert.match(await borders.locator('.data-licence').textContent(), /Public domain.*Made with Natural Earth/);
  // The CKU's last sections run through OpenStreetMap stations: the layer is offered under the ODbL.
  const railwaysLicence = await page.locator('[data-download="railways"] .data-licence').textContent();
  assert.match(railwaysLicence, /ODbL 1\.0.*© OpenStreetMap contributors/);
  assert.match(await page.locator('[data-download="trade"] .data-licence').textContent(), /CC BY 4\.0/);
  await borders.locator('summary').click();
  const citation = await borders.locator('textarea').inputValue();
  assert.match(citation, /^Corridor Atlas\. Borders \[data set\]\. http.*\/ogc\/collections\/borders\/items\?f=json&limit=10000 \(accessed \d{1,2} \w+ \d{4}\)\. Licence: Public domain/);
  assert.deepEqual(await seriousViolations(page), []);
});

test('a layer downloads as the GeoJSON the OGC API serves, and as CSV with one row per feature', async () => {
  const { page } = await openDataTab();
  const hubs = page.locator('[data-download="hubs"]');
  const geojson = await download(hubs.getByRole('link', { name: /GeoJSON/ }));
  assert.equal(geojson.name, 'corridor-atlas-hubs.geojson');
  const collection = JSON.parse(geojson.text);
  assert.equal(collection.type, 'FeatureCollection');
  assert.equal(collection.features.length, collection.numberMatched);
  const csv = await download(hubs.getByRole('button', { name: /CSV/ }));
  assert.equal(csv.name, 'corridor-atlas-hubs.csv');
  const lines = csv.text.trim().split('\r\n');
  assert.match(lines[0], /^id,wkt,name,/);
  assert.equal(lines.length - 1, collection.features.length);
  assert.ok(lines.some((l) => l.startsWith('khorgos-gateway,POINT (')));
});

test('the trade table and the route comparison download as CSV', async () => {
  const { page, errors } = await openDataTab();
  const trade = await download(page.locator('[data-download="trade"]').getByRole('button', { name: /CSV/ }));
  assert.match(trade.text, /^year,iso3,partner,reporter,total_usd/);
  // A comparison takes six routes at most, so every route is in one of the comparison downloads.
  const listed = await (await fetch(`${app.url}/api/routes`)).json();
  const batches = page.locator('[data-download^="routes"]');
  assert.equal(await batches.count(), Math.ceil(listed.length / 6));
  let rows = 0;
  for (let i = 0; i < await batches.count(); i++) {
    const lines = (await download(batches.nth(i).getByRole('button', { name: /CSV/ }))).text.trim().split('\r\n');
    assert.match(lines[0], /^route,length_km/);
    rows += lines.length - 1;
  }
  assert.equal(rows, listed.length);
  assert.deepEqual(errors, []);
});

test('the volumes series download as the JSON the API serves and as CSV, a row per figure with its sources', async () => {
  const { page, errors } = await openDataTab();
  const volumes = page.locator('[data-download="volumes"]');
  assert.match(await volumes.locator('.data-licence').textContent(), /CC BY 4\.0.*cited per value/);
  await volumes.locator('summary').click();
  assert.match(await volumes.locator('textarea').inputValue(), /^Corridor Atlas\. Freight volumes by year \[data set\]\. http.*\/api\/routes\/volumes \(accessed .*\)\. Licence: Creative Commons Attribution 4\.0/);
  const served = await (await fetch(`${app.url}/api/routes/volumes`)).json();
  const json = await download(volumes.getByRole('link', { name: /JSON/ }));
  assert.equal(json.name, 'corridor-atlas-volumes.json');
  assert.deepEqual(JSON.parse(json.text), served);
  const csv = await download(volumes.getByRole('button', { name: /CSV/ }));
  assert.equal(csv.name, 'corridor-atlas-volumes.csv');
  const lines = csv.text.trim().split('\r\n');
  assert.equal(lines[0], 'series_id,series,kind,reporter,unit,routes,year,value,qualifier,sources');
  const points = served.series.flatMap((s) => s.points.map((p) => ({ series: s, point: p })));
  assert.equal(lines.length - 1, points.length);
  // Every figure is there once, under its own series and reporter, with the first of its sources named.
  for (const { series, point } of points) {
    const row = lines.find((l) => l.startsWith(`${series.id},`) && l.includes(`,${point.year},${point.value},`));
    assert.ok(row, `${series.id} ${point.year} is in the CSV`);
    assert.ok(row.includes(series.reporter.replace(/"/g, '""')), `${series.id} ${point.year} names its reporter`);
    assert.ok(row.includes(point.sources[0].title.replace(/"/g, '""')), `${series.id} ${point.year} cites its source`);
  }
  assert.deepEqual(errors, []);
});

test('the OGC pages work without JavaScript: a reader follows the links from the landing page to a feature', async () => {
  const { page: reader, errors: blocked } = await newPage({ label: 'OGC pages without JavaScript', viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
  await reader.goto(`${app.url}/ogc`);
  await reader.getByRole('link', { name: 'The collections' }).click();
  await reader.getByRole('link', { name: 'Hubs and border crossings' }).click();
  await reader.getByRole('link', { name: 'Browse the features' }).click();
  assert.match(await reader.locator('main p').first().textContent(), /^10 of \d+ features\.$/);
  await reader.getByRole('link', { name: 'Next page' }).click();
  assert.match(reader.url(), /after=/);
  await reader.locator('tbody a').first().click();
  assert.equal(await reader.locator('h1').count(), 1);
  assert.match(await reader.locator('dl').first().textContent(), /sources/);
  assert.deepEqual(blocked, []);
  const { page: checked } = await open('/ogc/collections/hubs/items?f=html', { ready: false, viewport: { width: 1280, height: 720 } });
  // The stylesheet applied (nothing inline for the policy to block): the body is laid out as the sheet says.
  assert.equal(await checked.evaluate(() => getComputedStyle(document.body).maxWidth), '1152px');
  assert.deepEqual(await seriousViolations(checked), []);
});

test('the API reference renders from the app under its policy, with no other origin asked', async () => {
  // Scalar's nonced script and stylesheet are all the policy lets in (OpenApiSetup.cs): the inline styles it adds on top
  // are refused, and Chromium logs each refusal. Those and nothing else may reach this page's console.
  const { page: docs } = await newPage({ label: '/api/docs', viewport: { width: 1280, height: 720 },
    expectedErrors: [/^Applying inline style violates the following Content Security Policy directive 'style-src 'self' 'nonce-[0-9a-f]+''/] });
  const elsewhere = [];
  const scriptErrors = [];
  docs.on('request', (r) => !r.url().startsWith(app.url) && !r.url().startsWith('data:') && elsewhere.push(r.url()));
  docs.on('pageerror', (e) => scriptErrors.push(e.message));
  await docs.goto(`${app.url}/api/docs`);
  await docs.getByRole('heading', { name: 'Corridor Atlas API' }).first().waitFor({ timeout: 30_000 });
  await docs.getByText('OGC API – Features').first().waitFor();
  // Scalar's own stylesheet carries the page's nonce and applies: the layout is styled, not a bare document.
  const nonced = await docs.evaluate(() => document.getElementById('scalar-style')?.nonce ?? '');
  assert.notEqual(nonced, '');
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(scriptErrors, []);
});
