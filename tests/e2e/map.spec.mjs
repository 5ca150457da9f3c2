// The map page in a real Chromium against the real app: layers drawn, toggled, a popup read,
// no console errors, and axe-core finds no serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { pages } from './pages.mjs';

const defaultLayers = ['borders', 'disputed', 'summits', 'hubs', 'railways', 'corridors'];
const laterLayers = ['pipelines', 'roads', 'crossings', 'visa-free'];
let titles = {};

let app;
let browser;
let drawnAfterMs;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  titles = Object.fromEntries((await (await fetch(`${app.url}/api/layers`)).json()).map((l) => [l.id, l.title]));
});

after(async () => {
  await browser?.close();
  await app?.stop();
  if (drawnAfterMs !== undefined) console.log(`# all layers drawn ${Math.round(drawnAfterMs)} ms after navigation`);
});

const { newPage, visit, open } = pages(() => ({ app, browser }), { viewport: { width: 1280, height: 800 } });
/** Every layer on, from the address: the map at its fullest. */
const everyLayer = `/?layers=${[...defaultLayers, ...laterLayers].join(',')}`;
const openWithEveryLayer = async () => {
  const opened = await open(everyLayer);
  for (const id of [...defaultLayers, ...laterLayers]) await opened.page.waitForSelector(`#map[data-layer-${id}="drawn"]`);
  return opened;
};

const featureCount = async (id) => (await (await fetch(`${app.url}/api/layers/${id}`)).json()).features.length;

test('a first visit draws the default layers and leaves four to the layer control, unrequested', async () => {
  const { page } = await newPage({ label: '/' });
  const apiRequests = [];
  page.on('request', (request) => new URL(request.url()).pathname.startsWith('/api/') && apiRequests.push(request.url().slice(app.url.length)));
  await visit(page, '/');
  drawnAfterMs = await page.evaluate(() => performance.getEntriesByName('atlas:layers-drawn')[0]?.startTime);
  for (const id of defaultLayers) assert.equal(await page.getAttribute('#map', `data-layer-${id}`), 'drawn', `${id} drawn`);
  for (const id of laterLayers) {
    assert.equal(await page.getAttribute('#map', `data-layer-${id}`), null, `${id} not drawn`);
    assert.equal(await page.getByRole('checkbox', { name: titles[id] }).isChecked(), false, `${id} off in the layer control`);
  }
  const asked = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  for (const id of laterLayers) assert.ok(!asked.includes(`/api/layers/${id}`), `${id} not fetched`);
  // The first view's data: the preloads, the script that reads them early and the app's own asks meet in one request each.
  const preloaded = await page.$$eval('link[rel="preload"][as="fetch"]', (links) => links.map((l) => l.getAttribute('href')));
  assert.ok(preloaded.includes('/api/layers/borders?zoom=4'), `the borders are preloaded: ${preloaded.join(', ')}`);
  for (const url of preloaded) assert.equal(apiRequests.filter((u) => u === url).length, 1, `${url} asked for once: ${apiRequests.join(', ')}`);
  assert.equal(await page.evaluate(() => window.atlasFirstAnswers?.size ?? 0), 0, 'no answer read early was left untaken');
  assert.equal(new URL(page.url()).searchParams.has('layers'), false, 'the default set is not written into the address');
  const markers = await page.locator('.leaflet-marker-pane .symbol-anchor').count();
  assert.equal(markers, (await featureCount('summits')) + (await featureCount('hubs')));
  assert.equal(await page.locator('#status').isHidden(), true, 'the loading banner is gone');
});

test('every layer switched on is fetched and drawn with one symbol per feature', async () => {
  const { page } = await open('/');
  for (const id of laterLayers) await page.getByRole('checkbox', { name: titles[id] }).check();
  for (const id of laterLayers) await page.waitForSelector(`#map[data-layer-${id}="drawn"]`);
  assert.match(new URL(page.url()).searchParams.get('layers') ?? '', /pipelines/, 'the address keeps the choice');
  const markers = await page.locator('.leaflet-marker-pane .symbol-anchor').count();
  assert.equal(markers, (await featureCount('summits')) + (await featureCount('hubs')) + (await featureCount('crossings')));
  const lines = await page.locator('.leaflet-lines-pane path').count();
  const lineLayers = ['railways', 'corridors', 'pipelines', 'roads'];
  assert.equal(lines, (await Promise.all(lineLayers.map(featureCount))).reduce((a, b) => a + b));
  assert.equal(await page.locator('.leaflet-visa-pane path').count(), await featureCount('visa-free'));
  const countries = await page.locator('.leaflet-overlay-pane path').count();
  assert.equal(countries, await featureCount('borders'));
});

test('the legend stops short of the layer control above it and scrolls instead of covering it', async () => {
  const { page } = await openWithEveryLayer();
  const box = async (selector) => page.locator(selector).boundingBox();
  const layerControl = await box('.leaflet-control-layers');
  const legend = await box('details.legend');
  assert.ok(legend.height > 100, `the legend is open (${Math.round(legend.height)} px)`);
  assert.ok(legend.y >= layerControl.y + layerControl.height, `legend top ${Math.round(legend.y)} below the layer control's bottom ${Math.round(layerControl.y + layerControl.height)}`);
  assert.ok(await page.locator('details.legend').evaluate((e) => e.scrollHeight > e.clientHeight), 'its overflow scrolls (every layer on, 800 px high)');
});

test('a layer toggles off and on from the layer control', async () => {
  const { page } = await open('/');
  const checkbox = page.getByRole('checkbox', { name: 'Middle Corridor' });
  const lines = page.locator('.leaflet-lines-pane path');
  const before = await lines.count();
  await checkbox.uncheck();
  assert.equal(await lines.count(), before - (await featureCount('corridors')));
  assert.equal(await page.locator('.legend li', { hasText: 'Middle Corridor by sea' }).count(), 0, 'legend follows');
  await checkbox.check();
  assert.equal(await lines.count(), before);
  assert.equal(await page.locator('.legend li', { hasText: 'Middle Corridor by sea' }).count(), 1);
});

test('a popup shows the facts and links its sources', async () => {
  const { page } = await open('/');
  await page.locator(`.symbol-anchor[title="Khorgos Gateway dry port (Altynkol)"]`).click();
  const popup = page.locator('.leaflet-popup-content .feature-popup');
  await popup.waitFor();
  assert.equal(await popup.locator('h2').textContent(), 'Khorgos Gateway dry port (Altynkol)');
  assert.match(await popup.textContent(), /1435\/1520 mm/);
  const link = popup.locator('.feature-sources a').first();
  assert.match(await link.getAttribute('href'), /^https?:\/\//);
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  await page.keyboard.press('Escape');
  // Closed only once it has faded out and left the page.
  await popup.waitFor({ state: 'detached' });
});

test('disputed areas are drawn hatched, with their claimants and the boundary note', async () => {
  const { page } = await open('/');
  const areas = page.locator('.leaflet-disputed-pane path');
  assert.equal(await areas.count(), await featureCount('disputed'));
  assert.deepEqual([...new Set(await areas.evaluateAll((paths) => paths.map((p) => p.getAttribute('fill'))))], ['url(#disputed-hatch)']);
  assert.equal(await page.locator('.leaflet-disputed-pane svg pattern#disputed-hatch').count(), 1, 'the pattern lives in the layer’s own SVG');
  for (const id of ['crimea', 'aksai-chin', 'shaksgam', 'gilgit-baltistan', 'abkhazia', 'south-ossetia'])
    assert.equal(await page.locator(`.leaflet-disputed-pane path[data-feature-id="${id}"]`).count(), 1, `${id} drawn`);

  assert.equal(await page.locator('.legend li', { hasText: 'Disputed or breakaway area' }).count(), 1);
  assert.match(await page.locator('.legend .legend-boundaries').textContent(), /self-declared breakaway regions stay inside the state that claims them.*no position on sovereignty/);

  // A view centred on Aksai Chin; click a point on the area itself, not just inside its bounding box.
  const { page: near } = await open('/?view=6/35.2/79.2');
  const point = await near.locator('.leaflet-disputed-pane path[data-feature-id="aksai-chin"]').evaluate((path) => {
    const box = path.getBoundingClientRect();
    for (let fy = 0.3; fy <= 0.7; fy += 0.1)
      for (let fx = 0.3; fx <= 0.7; fx += 0.1) {
        const [x, y] = [box.left + box.width * fx, box.top + box.height * fy];
        if (document.elementFromPoint(x, y) === path) return { x, y };
      }
    return null;
  });
  assert.ok(point, 'a clickable point on Aksai Chin');
  await near.mouse.click(point.x, point.y);
  const popup = near.locator('.leaflet-popup-content .feature-popup');
  await popup.waitFor();
  assert.equal(await popup.locator('h2').textContent(), 'Aksai Chin');
  const text = await popup.textContent();
  assert.match(text, /Administered byChina/);
  assert.match(text, /Claimed byIndia/);
  assert.match(text, /the line follows China's administration, not the claim of India/);
});

test('the basemap is the app’s own: no request leaves the origin', async () => {
  // Every layer drawn and a popup opened: all the map asks for, asked.
  const { page } = await openWithEveryLayer();
  await page.locator(`.symbol-anchor[title="Khorgos Gateway dry port (Altynkol)"]`).click();
  await page.locator('.leaflet-popup-content .feature-popup').waitFor();
  const origins = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).origin));
  assert.deepEqual([...new Set(origins)], [new URL(app.url).origin]);
});

test('axe-core finds no serious or critical violations', async () => {
  const { page } = await openWithEveryLayer();
  assert.deepEqual(await seriousViolations(page), []);
});

test('an unreachable API is reported with a way to retry', async () => {
  // The refused requests are what this test provokes; Chromium logs each on the console.
  const { page: offline } = await newPage({ label: 'offline', viewport: { width: 1280, height: 720 }, expectedErrors: [/ERR_CONNECTION_REFUSED/] });
  await offline.route('**/api/**', (route) => route.abort('connectionrefused'));
  await visit(offline, '/', { ready: false });
  await offline.waitForSelector('#map[data-state="error"]', { timeout: 15_000 });
  assert.match(await offline.locator('#status').textContent(), /cannot be reached/);
  await offline.unroute('**/api/**');
  await offline.getByRole('button', { name: 'Try again' }).click();
  await offline.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
});
