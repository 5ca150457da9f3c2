// Widgets in a real Chromium: build one in the page, paste its snippet into a page on another origin and see the
// map drawn there, while the main page refuses to be framed; script in title and caption stays text; a permalink
// restores view, layers and year; the image download and the citation work.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { startApp, freePort } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { pages } from './pages.mjs';

const hostile = '<img src=x onerror="window.__pwned=1">';
const hostileCaption = '<script>window.__pwned=2</script>';

let app;
let browser;
let other;
let otherUrl;
let otherHtml = '';

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
  // A page on a second origin (another port) where an educator pastes the snippet.
  const port = await freePort();
  other = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(otherHtml);
  });
  await new Promise((resolve) => other.listen(port, '127.0.0.1', resolve));
  otherUrl = `http://localhost:${port}/course.html`;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (other ? other.close(resolve) : resolve()));
  await app?.stop();
});

const { newPage, open } = pages(() => ({ app, browser }), { viewport: { width: 1400, height: 900 } });

/**
 * In the builder on this page: a trade widget of 2024 with hostile title and caption, saved; the snippet and the
 * widget's address it then offers. The builder is left open with its preview drawn.
 */
const saveWidget = async (page) => {
  await page.click('#embed-open');
  await page.fill('#builder-title', hostile);
  await page.fill('#builder-caption', hostileCaption);
  await page.check('#builder-layer-trade');
  await page.selectOption('#builder-year', '2024');
  await page.getByRole('button', { name: 'Save as a widget (short link)' }).click();
  await page.waitForFunction(() => document.querySelector('.builder')?.dataset.widgetId);
  return { snippet: await page.inputValue('#builder-snippet'), embedUrl: await page.inputValue('#builder-link') };
};

test('the builder saves a widget and offers a snippet, with hostile text kept as text', async () => {
  const { page } = await open('/');
  const { snippet, embedUrl } = await saveWidget(page);
  assert.match(embedUrl, /\/embed\/[a-z0-9]{10}$/);
  assert.match(snippet, /loading="lazy"/);
  assert.match(snippet, /title="&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;"/);
  const preview = page.frameLocator('.builder-preview-desktop iframe');
  await preview.locator('#map[data-state="ready"]').waitFor({ timeout: 30_000 });
  await page.keyboard.press('Escape');
  await page.locator('dialog.builder').waitFor({ state: 'detached' });
});

test('the builder offers every layer the map draws, and a widget of the pipelines draws them', async () => {
  const ids = (await (await fetch(`${app.url}/api/layers`)).json()).map((l) => l.id);
  const { page } = await open('/');
  await page.click('#embed-open');
  // The builder's code loads on the click: wait for its form before reading it.
  await page.locator('#builder-layer-trade').waitFor();
  const offered = await page.locator('[id^="builder-layer-"]').evaluateAll((boxes) => boxes.map((b) => b.value));
  assert.deepEqual(offered, [...ids, 'trade']);
  for (const id of ['pipelines', 'crossings']) await page.check(`#builder-layer-${id}`);
  for (const id of ids.filter((i) => !['borders', 'pipelines', 'crossings'].includes(i))) await page.uncheck(`#builder-layer-${id}`);
  await page.uncheck('#builder-layer-trade');
  const link = await page.inputValue('#builder-link');
  assert.match(link, /layers=borders%2Cpipelines%2Ccrossings/);
  await page.keyboard.press('Escape');
  await page.locator('dialog.builder').waitFor({ state: 'detached' });
  const { page: widget } = await open(link, { viewport: { width: 800, height: 600 } });
  const pipelines = (await (await fetch(`${app.url}/api/layers/pipelines`)).json()).features.length;
  const crossings = (await (await fetch(`${app.url}/api/layers/crossings`)).json()).features.length;
  assert.equal(await widget.locator('.leaflet-lines-pane path').count(), pipelines, 'only the pipelines among the lines');
  assert.equal(await widget.locator('.leaflet-marker-pane .symbol-anchor').count(), crossings, 'only the crossings among the symbols');
  assert.equal(await widget.locator('.legend li', { hasText: 'Gas pipeline' }).count() > 0, true, 'the legend names them');
});

test('the snippet pasted on another origin shows the map; the main page refuses to be framed there', async () => {
  const { page } = await open('/');
  const { snippet, embedUrl } = await saveWidget(page);
  assert.notEqual(new URL(otherUrl).origin, new URL(app.url).origin, 'the course page is another origin');
  otherHtml = `<!doctype html><html lang="en"><head><title>Course page</title></head><body><h1>Week 3</h1>${snippet}
    <iframe id="main" src="${app.url}/" title="The full app"></iframe></body></html>`;
  // The refusal is what this test provokes; any other error on the course page or in the widget fails it.
  const { page: course } = await newPage({ label: 'course page', viewport: { width: 1000, height: 900 }, expectedErrors: [/frame-ancestors/] });
  // Chromium reports the refusal on the console; listen before the page loads so the message cannot be missed.
  const refusal = course.waitForEvent('console', { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 30_000 });
  const started = Date.now();
  await course.goto(otherUrl);
  const frame = course.frameLocator(`iframe[src="${embedUrl}"]`);
  await frame.locator('#map[data-state="ready"]').waitFor({ timeout: 30_000 });
  const widget = course.frames().find((f) => f.url() === embedUrl);
  assert.ok(widget, 'the widget frame shows the embed page');
  const drawn = await widget.evaluate(() => ({
    mark: performance.getEntriesByName('atlas:layers-drawn')[0]?.startTime,
    bytes: performance.getEntriesByType('resource').reduce((sum, e) => sum + e.transferSize, 0) + performance.getEntriesByType('navigation')[0].transferSize,
    pwned: globalThis.__pwned,
    title: document.getElementById('widget-title').textContent,
    caption: document.getElementById('widget-caption').textContent,
    trade: document.querySelectorAll('path[data-iso3]').length,
  }));
  console.log(`# embed page: first map drawn ${Math.round(drawn.mark)} ms after its navigation, ${Math.round(drawn.bytes / 1024)} KiB transferred (page load ${Date.now() - started} ms)`);
  assert.equal(drawn.title, hostile);
  assert.equal(drawn.caption, hostileCaption);
  assert.equal(drawn.pwned, undefined);
  assert.equal(drawn.trade, 5, 'the trade choropleth is in the widget');
  assert.ok(drawn.mark > 0);
  // The main app, framed from another origin, is blocked by its frame-ancestors 'self': Chromium says so and shows
  // its error page in that frame instead of the app.
  await refusal;
  const main = await (await course.$('#main')).contentFrame();
  assert.match(main.url(), /^chrome-error:/, 'the frame holds Chromium\'s error page, not the app');
  assert.equal(await page.evaluate(() => globalThis.__pwned), undefined);
});

test('the embed page links oEmbed discovery and passes axe-core', async () => {
  const { page } = await open('/');
  const { embedUrl } = await saveWidget(page);
  const { page: embed } = await open(embedUrl, { viewport: { width: 800, height: 600 } });
  const href = await embed.getAttribute('link[type="application/json+oembed"]', 'href');
  const oembed = await (await fetch(href)).json();
  assert.equal(oembed.type, 'rich');
  assert.equal(oembed.title, hostile);
  assert.deepEqual(await seriousViolations(embed), []);
});

test('a permalink restores the view, the layers and the year', async () => {
  const shared = `${app.url}/?view=6%2F40.0000%2F70.0000&layers=borders%2Chubs&year=2023`;
  const { page: restored } = await open(shared);
  assert.equal(await restored.getAttribute('#map', 'data-view'), '6/40.0000/70.0000');
  assert.equal(await restored.getAttribute('#map', 'data-trade-year'), '2023');
  assert.equal(await restored.getByRole('checkbox', { name: 'China–Central Asia summits' }).isChecked(), false);
  assert.equal(await restored.getByRole('checkbox', { name: 'Hubs and border crossings' }).isChecked(), true);
  assert.equal(await restored.locator('.leaflet-marker-pane .symbol-summit').count(), 0);
});

test('the map downloads as a PNG and the citation names the view and the sources', async () => {
  const { page } = await open('/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-image')]);
  const path = await download.path();
  const png = readFileSync(path);
  assert.deepEqual([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const box = await page.locator('#map').boundingBox();
  assert.equal(width, Math.round(box.width));
  assert.ok(height > box.height, 'title and legend are added around the map');

  await page.click('#cite');
  const text = await page.inputValue('.cite-dialog textarea');
  assert.match(text, /Corridor Atlas/);
  assert.match(text, /accessed \d{1,2} \w+ \d{4}/);
  assert.match(text, /Natural Earth/);
  assert.ok(text.includes(page.url()));
});
