// The planners' panel in a real Chromium: compare routes, plan a path avoiding Russia, measure an uploaded
// and a drawn route, restore the selection from the URL.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';


let app;
let browser;
let page;
const consoleErrors = [];

const headers = () => page.locator('.route-table thead th').allTextContents();
const row = async (label) => page.locator('.route-table tbody tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td').allTextContents();

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${app.url}/?panel=routes`);
  await page.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

test('comparing two routes draws them and fills the table with the API figures', async () => {
  await page.getByLabel(/Middle Corridor \(Trans-Caspian route\)/).check();
  await page.getByLabel(/Northern corridor/).check();
  await page.waitForSelector('.route-table');
  assert.deepEqual(await headers(), ['Metric', 'Middle Corridor (Trans-Caspian route)', 'Northern corridor (Kazakhstan–Russia–Belarus)']);
  const api = (await (await fetch(`${app.url}/api/routes/compare?ids=middle-corridor,northern-corridor`)).json()).routes;
  assert.deepEqual(await row('Length (km)'), api.map((r) => Math.round(r.lengthKm).toLocaleString('en-GB')));
  assert.deepEqual(await row('Border crossings'), api.map((r) => String(r.borderCrossings)));
  // Ranges, not single numbers: transit as the spread of every published figure, CO2e from low to high intensity.
  assert.deepEqual(await row('Transit (days)'), api.map((r) => `${r.transitDays.min}–${r.transitDays.max} days`));
  assert.match((await row('Transit spread'))[0], new RegExp(`^${api[0].transitDays.spread.figures} published figures, 20\\d\\d-\\d\\d to 20\\d\\d-\\d\\d$`));
  assert.deepEqual(await row('CO2e per TEU (kg)'), api.map((r) => `${Math.round(r.co2.min).toLocaleString('en-GB')}–${Math.round(r.co2.max).toLocaleString('en-GB')}`));
  assert.match((await row('By country (km)'))[0], /^China [\d,]+ · Kazakhstan/);
  // Every figure names its source, the slow operator figures with the fast ministry ones.
  await page.locator('.route-sources summary').click();
  const notes = await page.locator('.route-sources').textContent();
  assert.match(notes, /transit 32–37 days/);
  assert.match(notes, /three times longer/);
  assert.match(notes, /assuming 10 t of goods per TEU/);
  assert.ok(await page.locator('.route-sources a[href^="https://"]').count() > 5, 'the sources are links');
  assert.match((await row('Countries in travel order'))[1], /Russia/);
  assert.equal(await page.locator('path.route-line-middle-corridor').count(), 1);
  assert.equal(await page.locator('path.route-line-northern-corridor').count(), 1);
  assert.match(page.url(), /routes=middle-corridor%2Cnorthern-corridor/);
});

test('a plan that avoids Russia is drawn and added to the table', async () => {
  await page.selectOption('#plan-from', 'xian');
  await page.selectOption('#plan-to', 'istanbul');
  await page.locator('.route-plan label', { hasText: 'Russia' }).locator('input').check();
  await page.getByRole('button', { name: 'Find the path' }).click();
  await page.waitForFunction(() => document.getElementById('map').dataset.routesShown?.includes('plan'));
  const plan = (await headers()).at(-1);
  assert.match(plan, /^Plan: Xi'an → Istanbul/);
  assert.doesNotMatch((await row('Countries in travel order')).at(-1), /Russia/);
  assert.match(page.url(), /plan=xian%2Cistanbul&avoid=RUS/);
});

test('an uploaded GeoJSON route is measured', async () => {
  const route = { type: 'Feature', properties: { name: 'Almaty to Alat' }, geometry: { type: 'LineString', coordinates: [[76.9, 43.25], [71.43, 51.13], [51.15, 43.65], [50.9, 43.2], [50.55, 40.3], [49.41, 39.95]] } };
  await page.setInputFiles('#route-upload', { name: 'route.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(route)) });
  await page.waitForFunction(() => document.getElementById('map').dataset.routesShown?.includes('custom'));
  assert.equal((await headers()).at(-1), 'Almaty to Alat');
  assert.equal((await row('Countries in travel order')).at(-1), 'Kazakhstan → Azerbaijan');
});

test('an uploaded file that is not a line gets a clear message', async () => {
  await page.setInputFiles('#route-upload', { name: 'area.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"Polygon","coordinates":[[[70,40],[71,40],[71,41],[70,40]]]}') });
  await page.waitForSelector('.route-message:not([hidden])');
  assert.match(await page.locator('.route-message').textContent(), /LineString/);
});

test('a route drawn on the map is measured', async () => {
  await page.getByRole('button', { name: 'Draw on the map' }).click();
  const box = await page.locator('#map').boundingBox();
  for (const [x, y] of [[0.45, 0.45], [0.55, 0.5], [0.62, 0.55]]) await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.route-table thead th')[document.querySelectorAll('.route-table thead th').length - 1]?.textContent === 'Your drawn route');
  assert.ok(Number((await row('Length (km)')).at(-1).replace(/,/g, '')) > 0);
});

test('the URL restores the selection and the plan', async () => {
  const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await other.goto(page.url());
  await other.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
  await other.waitForSelector('.route-table');
  const restored = await other.locator('.route-table thead th').allTextContents();
  assert.deepEqual(restored.slice(1, 3), ['Middle Corridor (Trans-Caspian route)', 'Northern corridor (Kazakhstan–Russia–Belarus)']);
  assert.match(restored[3], /^Plan: Xi'an → Istanbul/);
  assert.equal(await other.locator('#route-middle-corridor').isChecked(), true);
  await other.close();
});

test('a plan with the links under construction uses the new railway and says when it opens', async () => {
  await page.selectOption('#plan-from', 'kashgar');
  await page.selectOption('#plan-to', 'jalal-abad');
  await page.locator('.route-plan label', { hasText: 'Russia' }).locator('input').uncheck();
  await page.getByLabel('With those under construction').check();
  await page.getByRole('button', { name: 'Find the path' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('.route-table thead th')].some((th) => th.textContent.includes('with links under construction')));
  const columns = await headers();
  const plan = columns.findIndex((h) => h.startsWith('Plan:')) - 1;
  assert.equal(columns[plan + 1], 'Plan: Kashgar → Jalal-Abad (with links under construction)');
  assert.equal((await row('Status'))[plan], 'under construction (commercial operation envisaged about 2030)');
  assert.equal((await row('Length basis'))[plan], 'published for 1 of 2 sections, drawn geometry elsewhere');
  assert.match(page.url(), /scenario=planned/);
});

test('the routes panel passes axe-core and the console stayed clean', async () => {
  assert.deepEqual(await seriousViolations(page), []);
  // The refused upload is a 422 the page handled; Chromium still logs the failed request.
  assert.deepEqual(consoleErrors.filter((e) => !/status of 422/.test(e)), []);
});
