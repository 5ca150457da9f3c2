// The timeline and the guided tour in a real Chromium: the network "as of" a year, an event shown on the map, a
// feature's events in its popup, the tour from start to end by keyboard (in three languages, and embedded), and axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';

let app;
let browser;
const consoleErrors = [];

const cku = ['kashgar-torugart', 'torugart-jalal-abad', 'jalal-abad-khanabad', 'khanabad-andijan'];
// The CKU's route ends on the Jalal-Abad – Khanabad – Andijan line already in service; the rest is being built.
const building = cku.slice(0, 2);
const inService = cku.slice(2);

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
  return page;
}

const line = (page, id) => page.locator(`.leaflet-lines-pane path[data-feature-id="${id}"]`);
const highlighted = (page) => page.locator('#map .is-highlighted').evaluateAll((els) => els.map((e) => e.getAttribute('data-feature-id')).sort());
const query = (page) => new URL(page.url()).searchParams;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

test('as of 2015 only the CKU’s line in service is drawn, Baku–Tbilisi–Kars is dashed, Kuryk not yet there', async () => {
  const page = await open('/?asof=2015');
  assert.equal(await page.getAttribute('#map', 'data-as-of'), '2015');
  assert.equal(await page.locator('#as-of-year').inputValue(), '2015');
  for (const id of building) assert.equal(await line(page, id).count(), 0, `${id} is drawn as of 2015`);
  for (const id of inService) assert.equal(await line(page, id).getAttribute('data-status'), 'operational', id);
  assert.equal(await line(page, 'port-of-khorgos-altynkol').getAttribute('data-status'), 'operational');
  assert.equal(await line(page, 'akhalkalaki-kars').getAttribute('data-status'), 'under-construction');
  assert.equal(await line(page, 'akhalkalaki-kars').getAttribute('stroke-dasharray'), '10 7');
  assert.equal(await line(page, 'kuryk-alat').count(), 0);
  assert.equal(await page.locator('.symbol-anchor[data-feature-id="kuryk-port"]').count(), 0);
  assert.equal(await page.locator('.symbol-anchor[data-feature-id="khorgos-gateway"]').count(), 1);

  // Back to today: the CKU railway is drawn, dashed where under construction, and the address forgets the year.
  await page.getByRole('button', { name: 'Today' }).click();
  await page.waitForFunction(() => document.getElementById('map').dataset.asOf === 'today');
  for (const id of building) assert.equal(await line(page, id).getAttribute('stroke-dasharray'), '10 7', id);
  for (const id of inService) assert.equal(await line(page, id).getAttribute('stroke-dasharray'), null, id);
  assert.equal(await line(page, 'akhalkalaki-kars').getAttribute('stroke-dasharray'), null);
  assert.equal(query(page).has('asof'), false);
  await page.close();
});

test('selecting an event marks the features it concerns and redraws the network as of its year', async () => {
  const page = await open('/?panel=timeline');
  await page.waitForSelector('#map[data-timeline="ready"]');
  const dates = await page.locator('.timeline-events time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.ok(dates.length >= 30, `${dates.length} events listed`);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(await page.locator('.timeline-events time').first().textContent(), '20 July 1991');

  await page.locator('[data-event-id="cku-construction-launched-2024"] button.timeline-event-button').click();
  await page.waitForFunction(() => document.getElementById('map').dataset.event === 'cku-construction-launched-2024');
  assert.equal(await page.getAttribute('#map', 'data-as-of'), '2024');
  assert.deepEqual(await highlighted(page), [...cku].sort());
  assert.equal(await page.locator('.highlight-halo').count(), 4);
  assert.equal(await line(page, 'port-of-khorgos-altynkol').evaluate((p) => p.classList.contains('is-highlighted')), false);
  assert.equal(query(page).get('event'), 'cku-construction-launched-2024');
  const item = page.locator('[data-event-id="cku-construction-launched-2024"]');
  assert.equal(await item.locator('button').getAttribute('aria-pressed'), 'true');
  assert.match(await item.textContent(), /Tosh-Kuchu/);
  assert.ok((await item.locator('details a[href^="http"]').count()) >= 3);

  // An event of 1991: the hubs of the first crossing marked, the lines no layer draws pointed out, no CKU railway.
  await page.locator('[data-event-id="dostyk-alashankou-rail-1991"] button.timeline-event-button').click();
  await page.waitForFunction(() => document.getElementById('map').dataset.event === 'dostyk-alashankou-rail-1991');
  assert.equal(await page.getAttribute('#map', 'data-as-of'), '1991');
  assert.deepEqual(await highlighted(page), ['alashankou', 'dostyk']);
  assert.equal(await page.locator('.highlight-halo').count(), 5);
  for (const id of building) assert.equal(await line(page, id).count(), 0);

  // An event on a layer a first visit leaves off (visa-free travel): the layer is fetched, drawn and its state marked.
  assert.equal(await page.getAttribute('#map', 'data-layer-visa-free'), null);
  await page.locator('[data-event-id="kz-cn-visa-free-2023"] button.timeline-event-button').click();
  await page.waitForSelector('#map[data-layer-visa-free="drawn"]');
  await page.waitForSelector('path[data-visa-iso3="KAZ"].is-highlighted');
  assert.match(query(page).get('layers') ?? '', /visa-free/);

  await page.getByRole('button', { name: 'Show no event' }).click();
  await page.waitForFunction(() => !document.getElementById('map').dataset.event);
  assert.deepEqual(await highlighted(page), []);
  await page.close();
});

test("a feature's popup lists its dates and its events, each with its sources", async () => {
  const page = await open('/');
  await page.waitForSelector('#map[data-timeline="ready"]');
  await page.locator('.symbol-anchor[data-feature-id="khorgos-gateway"]').click();
  const popup = page.locator('.leaflet-popup-content .feature-popup');
  await popup.waitFor();
  const text = await popup.textContent();
  assert.match(text, /DatesOpened: 29 July 2015 \(commercial operations began with the first container train[^)]*December 2014\) \[\d+(, \d+)*\]/);
  assert.match(text, /29 July 2015: First container train from China handled at the Khorgos Gateway dry port \[\d/);
  assert.match(text, /15 May 2017: COSCO Shipping and Lianyungang Port buy 49%/);
  assert.ok((await popup.locator('ol.feature-sources a[href^="http"]').count()) >= 8);
  await page.locator('.leaflet-popup-close-button').click();
  await page.close();
});

test('the tour runs from start to end by keyboard, in the address at every step, and Escape leaves it', async () => {
  const page = await open('/');
  await page.locator('#tour-open').focus();
  await page.keyboard.press('Enter');
  const tour = page.locator('.tour');
  await tour.waitFor();
  assert.equal(await tour.getAttribute('data-step'), '1');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tour-title');
  // Step 1 is about a speech, not trade: the trade colours are off until the trade step.
  assert.equal(await page.locator('.leaflet-trade-pane path').count(), 0);
  assert.equal(await page.locator('.leaflet-flows-pane path').count(), 0);
  const steps = [];
  for (let n = 1; n <= 7; n++) {
    await page.waitForFunction((n) => document.querySelector('.tour')?.dataset.step === String(n), n);
    await page.waitForFunction((n) => new URL(location.href).searchParams.get('tour') === String(n), n);
    steps.push(await tour.getAttribute('data-step-id'));
    assert.ok((await tour.locator('.source-list a[href^="http"]').count()) >= 1, `step ${n} lists no source`);
    assert.match(await tour.locator('.tour-count').textContent(), new RegExp(`Step ${n} of 7`));
    if (n < 7) await page.keyboard.press('ArrowRight');
  }
  assert.deepEqual(steps, ['belt', 'summits', 'khorgos', 'cku', 'caspian', 'shift', 'trade']);
  // The last step: China-reported trade of 2024 from the data, the Trade tab and its colours shown.
  assert.match(await tour.locator('.tour-text').textContent(), /in 2024.*US\$94\.82 billion in all, US\$43\.82 billion of it with Kazakhstan/);
  assert.equal(await page.getAttribute('#map', 'data-as-of'), '2024');
  assert.equal(await page.getAttribute('#tab-trade', 'aria-selected'), 'true');
  assert.equal(await page.locator('.leaflet-trade-pane path').count(), 5);
  assert.equal(await tour.getByRole('button', { name: 'Next' }).isDisabled(), true);
  await page.keyboard.press('ArrowRight');
  assert.equal(await tour.getAttribute('data-step'), '7');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('.tour')?.dataset.step === '6');
  assert.equal(await page.getAttribute('#map', 'data-as-of'), '2022');
  await page.keyboard.press('Escape');
  await tour.waitFor({ state: 'detached' });
  assert.equal(query(page).has('tour'), false);
  await page.close();
});

test('the tour opens at the step the address names, shows that step’s network, and passes axe-core', async () => {
  const page = await open('/?tour=4');
  const tour = page.locator('.tour');
  await tour.waitFor();
  await page.waitForFunction(() => document.getElementById('map').dataset.asOf === '2025');
  assert.equal(await tour.getAttribute('data-step-id'), 'cku');
  for (const id of building) assert.equal(await line(page, id).getAttribute('data-status'), 'under-construction');
  for (const id of inService) assert.equal(await line(page, id).getAttribute('data-status'), 'operational');
  assert.deepEqual(await seriousViolations(page), []);
  await page.close();
});

for (const [lang, script, heading] of [['ru', /[\u0400-\u04FF]/, 'Шаг 2 из 7'], ['zh', /[\u4E00-\u9FFF]/, '第2步，共7步']]) {
  test(`the tour speaks ${lang}: its title, text and buttons, with no English left`, async () => {
    const page = await open(`/?tour=2&lang=${lang}`);
    const tour = page.locator('.tour');
    await tour.waitFor();
    assert.equal(await tour.locator('.tour-count').textContent(), heading);
    for (const part of ['#tour-title', '.tour-text', '.tour-buttons', '.tour-keys']) {
      const text = await tour.locator(part).textContent();
      assert.match(text, script, part);
      // Key names stay as the keyboard prints them.
      assert.doesNotMatch(text.replace('Esc', ''), /[A-Za-z]{2,}/, `${part}: ${text}`);
    }
    assert.deepEqual(await seriousViolations(page), []);
    await page.close();
  });
}

test('the builder offers the tour as a widget, and /embed runs it by keyboard', async () => {
  const page = await open('/');
  await page.locator('#embed-open').click();
  await page.locator('#builder-type-tour').check();
  assert.match(await page.locator('#builder-link').inputValue(), /[?&]type=tour/);
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/widgets') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Save as a widget (short link)' }).click();
  const response = await saved;
  assert.equal(response.status(), 201);
  assert.equal(JSON.parse(response.request().postData()).type, 'tour');
  const { id } = await response.json();
  const widget = await (await fetch(`${app.url}/api/widgets/${id}`)).json();
  assert.equal(widget.type, 'tour');
  await page.close();

  const embed = await open(`/embed/${id}`);
  const tour = embed.locator('.tour');
  await tour.waitFor();
  assert.equal(await embed.getAttribute('#map', 'data-tour-step'), '1');
  await embed.keyboard.press('ArrowRight');
  await embed.waitForFunction(() => document.getElementById('map').dataset.tourStep === '2');
  assert.equal(await tour.getAttribute('data-step-id'), 'summits');
  assert.deepEqual(await seriousViolations(embed), []);
  await embed.close();
});

test('the console stayed clean', () => {
  assert.deepEqual(consoleErrors, []);
});
