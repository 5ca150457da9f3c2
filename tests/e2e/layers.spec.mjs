// Pipelines, roads, road crossings and visa-free travel in a real Chromium: the visa outlines follow the year the
// slider sets, and the popups give each figure with its sources.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';

let app;
let browser;
const consoleErrors = [];

const visaClasses = (page) => page.locator('path[data-visa-iso3]').evaluateAll((paths) =>
  Object.fromEntries(paths.map((p) => [p.dataset.visaIso3, p.dataset.visaClass])));

/** Clicks a drawn line or outline on its stroke (a path's box is mostly not the path), as Leaflet hears a click. */
async function clickPath(page, selector) {
  await page.locator(selector).evaluate((path) => {
    const { x, y } = path.getPointAtLength(path.getTotalLength() / 3).matrixTransform(path.getScreenCTM());
    path.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y, view: window }));
  });
}

/**
 * Closes the open popup with its button and waits until Leaflet has faded it out and removed it. The click is the
 * button's own DOM event, not a pointer at coordinates: on a loaded machine the map can still be panning the popup into
 * view when a pointer click is aimed, and the click then lands on the country beneath and opens its facts instead.
 */
async function closePopup(page) {
  await page.locator('.leaflet-popup-close-button').dispatchEvent('click');
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
}

/** A page of its own for each test, on the four layers a first visit leaves off (tests/e2e/map.spec.mjs). */
async function open(year) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(`${app.url}/?year=${year}&layers=borders,pipelines,roads,crossings,visa-free`);
  await page.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
  return { page, close: () => context.close() };
}

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

test('the visa outlines show the regimes of 2022, then of 2024 when the slider moves', async () => {
  const { page, close } = await open(2022);
  assert.equal(await page.getAttribute('#map', 'data-year'), '2022');
  assert.deepEqual(await visaClasses(page), { KAZ: 'partial', KGZ: 'none', TJK: 'none', TKM: 'none', UZB: 'partial' });
  const kazakhstan = page.locator('path[data-visa-iso3="KAZ"]');
  const stroke2022 = await kazakhstan.getAttribute('stroke');

  await page.locator('#trade-year').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.getElementById('map').dataset.year === '2024');
  assert.deepEqual(await visaClasses(page), { KAZ: 'mutual', KGZ: 'partial', TJK: 'partial', TKM: 'none', UZB: 'partial' });
  assert.notEqual(await kazakhstan.getAttribute('stroke'), stroke2022, 'the outline changes colour with its class');
  assert.equal(await page.locator('.legend li', { hasText: 'Visa-free with China both ways' }).count(), 1);
  await close();
});

test('a visa popup says what was in force at the end of the year and when it changed', async () => {
  const { page, close } = await open(2024);
  await clickPath(page, 'path[data-visa-iso3="KAZ"]');
  const popup = page.locator('.leaflet-popup-content .feature-popup');
  await popup.waitFor();
  assert.equal(await popup.locator('h2').textContent(), 'Kazakhstan: visa-free travel with China');
  assert.equal(await popup.locator('.feature-subtitle').textContent(), 'End of 2024: Visa-free both ways');
  assert.match(await popup.textContent(), /10 November 2023: visa-free both ways/);
  assert.ok((await popup.locator('.feature-sources a').count()) >= 2);
  await closePopup(page);
  await close();
});

test('the gas pipeline popup describes Lines A, B and C, which share one drawn route', async () => {
  const { page, close } = await open(2024);
  await clickPath(page, '.leaflet-lines-pane path[data-feature-id="cacgp-line-c"]');
  const titles = page.locator('.leaflet-popup-content .feature-popups .feature-popup h2');
  await titles.first().waitFor();
  assert.deepEqual(await titles.allTextContents(), ['A', 'B', 'C'].map((l) => `Central Asia–China gas pipeline, Line ${l}`));
  const lineA = page.locator('.leaflet-popup-content .feature-popup').first();
  assert.match(await lineA.textContent(), /1,833 km: Gedaim on the Turkmenistan–Uzbekistan border to Horgos, one line \(the drawing is checked against this length\) \[\d/);
  // Drawn on GEM's route, not straight between places, within a few percent of the published 1,833 km; the popup
  // gives the drawn length and its difference from the published one, and the two agree.
  const text = await lineA.textContent();
  const drawn = Number(text.match(/([\d,]+) km, along the traced route/)?.[1].replace(',', ''));
  assert.ok(Math.abs(drawn / 1833 - 1) < 0.02, `drawn ${drawn} km, far from the published 1,833 km`);
  const noted = text.match(/Drawn ([\d,]+) km against the published 1,833 km \(([+-]?[\d.]+) %\)/) ?? [];
  assert.equal(Number(noted[1]?.replace(',', '')), drawn);
  assert.equal(Number(noted[2]), Math.round(((drawn - 1833) / 1833) * 1000) / 10);
  assert.match(await lineA.locator('a').first().getAttribute('href'), /^https?:\/\//);
  await closePopup(page);
  await close();
});

test('a road crossing popup names the countries it joins, its regime and its sources', async () => {
  const { page, close } = await open(2024);
  await page.locator('.symbol-anchor[title="Irkeshtam road crossing"]').click();
  const popup = page.locator('.leaflet-popup-content .feature-popup');
  await popup.waitFor();
  assert.equal(await popup.locator('.feature-subtitle').textContent(), '伊尔克什坦口岸');
  const text = await popup.textContent();
  assert.match(text, /JoinsKyrgyzstan – China/);
  assert.match(text, /26 January 1998/);
  assert.ok((await popup.locator('ol.feature-sources li').count()) >= 4);
  await closePopup(page);
  await close();
});

test('the new layers pass axe-core with a popup open, and the console stayed clean', async () => {
  const { page, close } = await open(2024);
  assert.deepEqual(await seriousViolations(page), []);
  await page.locator('.symbol-anchor[title="Irkeshtam road crossing"]').click();
  await page.locator('.leaflet-popup-content .feature-popup').waitFor();
  // Leaflet fades a popup in: while it is half transparent its text really is low in contrast, so axe waits for the end.
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1');
  assert.deepEqual(await seriousViolations(page), []);
  await close();
  assert.deepEqual(consoleErrors, []);
});
