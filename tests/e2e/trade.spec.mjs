// The trade overlay in a real Chromium: the slider changes colours and legend, the reporter switch changes
// the figures, the table shows what the API says, and the URL restores the view.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { pages } from './pages.mjs';

let app;
let browser;

const fills = (page) => page.locator('path[data-iso3]').evaluateAll((paths) => Object.fromEntries(paths.map((p) => [p.dataset.iso3, p.getAttribute('fill')])));
const state = async (page) => ({ year: await page.getAttribute('#map', 'data-trade-year'), reporter: await page.getAttribute('#map', 'data-trade-reporter') });
const api = async (path) => (await fetch(`${app.url}${path}`)).json();

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

const { newPage, visit, open } = pages(() => ({ app, browser }), { viewport: { width: 1400, height: 900 } });

test('a year without a value for a partner shows it as no data', async () => {
  const { page } = await open('/?year=2013');
  assert.deepEqual(await state(page), { year: '2013', reporter: 'china' });
  const colours = await fills(page);
  assert.equal(colours.KAZ, '#2c7fb8', '28.5 bn is in the 20–35 class');
  assert.equal(colours.UZB, '#bdbdbd', 'no 2013 value for Uzbekistan');
  assert.equal(await page.locator('.trade-legend h2').textContent(), 'Trade with China, 2013');
});

test('moving the year slider recolours the map and updates the legend and URL', async () => {
  const { page } = await open('/?year=2013');
  const slider = page.locator('#trade-year');
  await slider.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  assert.equal((await state(page)).year, '2024');
  const colours = await fills(page);
  assert.equal(colours.KAZ, '#253494', '43.82 bn is in the top class');
  assert.equal(colours.UZB, '#41b6c4', '13.78 bn is in the 10–20 class');
  assert.equal(colours.TJK, '#c7e9b4', '3.86 bn is in the 2–5 class');
  assert.equal(await page.locator('.trade-legend h2').textContent(), 'Trade with China, 2024');
  assert.deepEqual(await page.locator('.trade-legend li.present').allTextContents(), ['2–5', '10–20', '20–35', '35 and more']);
  assert.match(page.url(), /year=2024/);
  assert.equal(await page.locator('path.trade-flow').count(), 5, 'one flow line per partner with a value');
  // A flow's tooltip gives the figure of the year shown.
  await page.locator('path.trade-flow-KAZ').dispatchEvent('mouseover');
  assert.equal(await page.locator('.leaflet-tooltip').last().textContent(), 'China → Kazakhstan: $43.82bn');
  await page.locator('path.trade-flow-KAZ').dispatchEvent('mouseout');
});

test('the reporter switch shows partner-reported figures, and the table matches the API', async () => {
  const { page } = await open('/?year=2024');
  await page.getByLabel('Each partner (national statistics)').check();
  assert.deepEqual(await state(page), { year: '2024', reporter: 'partner' });
  assert.equal((await fills(page)).KAZ, '#2c7fb8', 'Kazakhstan reports 30.1 bn');
  assert.match(page.url(), /reporter=partner/);

  await page.locator('.trade-table-details summary').click();
  await page.locator('.trade-table tbody tr').first().waitFor();
  const rows = await page.locator('.trade-table tbody tr').evaluateAll((trs) =>
    Object.fromEntries(trs.map((tr) => [tr.dataset.iso3, tr.children[1].textContent])));
  const year = await api('/api/trade?year=2024&reporter=partner');
  for (const partner of year.partners)
    assert.equal(rows[partner.iso3], partner.total === null ? '—' : (partner.total / 1e9).toFixed(2), partner.iso3);
});

/**
 * A page whose clock the test moves: Play's timer fires when the test advances the time, not when a second has passed,
 * so a test waits for no timer and no timer can fire behind its back. The clock runs as usual until the map is ready.
 */
const openOnTestClock = async (path) => {
  const opened = await newPage({ label: path });
  await opened.page.clock.install();
  await visit(opened.page, path);
  await opened.page.clock.pauseAt(await opened.page.evaluate(() => Date.now() + 1_000));
  return opened;
};
const play = (page) => page.locator('.trade-play');

test('play moves on to the last year and stops there by itself', async () => {
  const { page } = await openOnTestClock('/?year=2024');
  await page.getByRole('button', { name: 'Play' }).click();
  assert.equal(await play(page).getAttribute('aria-pressed'), 'true');
  assert.equal(await play(page).textContent(), 'Pause');
  await page.clock.runFor(1_000);
  await page.waitForFunction(() => document.getElementById('map').dataset.tradeYear === '2025', null, { timeout: 5_000 });
  // One step more: the last year is shown, so play stops there.
  await page.clock.runFor(1_000);
  await page.waitForSelector('.trade-play[aria-pressed="false"]', { timeout: 5_000 });
  assert.equal(await play(page).textContent(), 'Play');
  assert.equal((await state(page)).year, '2025');
});

test('play steps one year a second, and pause stops it at the year it reached', async () => {
  const { page } = await openOnTestClock('/?year=2013');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(999);
  assert.equal((await state(page)).year, '2013', 'not before a second has passed');
  await page.clock.runFor(1);
  await page.waitForFunction(() => document.getElementById('map').dataset.tradeYear === '2014', null, { timeout: 5_000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.waitForSelector('.trade-play[aria-pressed="false"]', { timeout: 5_000 });
  assert.equal(await play(page).textContent(), 'Play');
  // Ten of play's steps' worth of time later, the year has not moved.
  await page.clock.runFor(10_000);
  assert.equal((await state(page)).year, '2014');
  assert.equal(await play(page).getAttribute('aria-pressed'), 'false');
  assert.match(page.url(), /year=2014/);
});

test('flow lines toggle off and on', async () => {
  const { page } = await open('/');
  await page.getByLabel('Flow lines from China').uncheck();
  assert.equal(await page.locator('path.trade-flow').count(), 0);
  await page.getByLabel('Flow lines from China').check();
  assert.ok((await page.locator('path.trade-flow').count()) > 0);
});

test('a country popup charts its series and cites the sources', async () => {
  const { page } = await open('/');
  await page.locator('path[data-iso3="UZB"]').click({ force: true });
  const detail = page.locator('.trade-detail');
  await detail.waitFor();
  assert.equal(await detail.locator('h2').textContent(), 'Uzbekistan: trade with China');
  assert.ok((await detail.locator('svg.trade-chart circle').count()) >= 6);
  assert.ok((await detail.locator('.feature-sources a').count()) >= 5);
  await page.keyboard.press('Escape');
  await detail.waitFor({ state: 'detached' });
});

test('the URL restores the same view', async () => {
  // The view chosen in the page: a year on the slider and the partners' figures.
  const { page } = await open('/?year=2013');
  await page.locator('#trade-year').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.getByLabel('Each partner (national statistics)').check();
  assert.deepEqual(await state(page), { year: '2024', reporter: 'partner' });
  const shared = page.url();
  const { page: other } = await open(shared);
  assert.equal(await other.getAttribute('#map', 'data-trade-year'), await page.getAttribute('#map', 'data-trade-year'));
  assert.equal(await other.getAttribute('#map', 'data-trade-reporter'), 'partner');
  assert.equal(await other.isChecked('#reporter-partner'), true);
});

/** Opens the comparison table and the context list under the trade panel, as a reader reaching for the detail does. */
const openDetails = async (page) => {
  await page.locator('.trade-table-details summary').click();
  await page.locator('.trade-table tbody tr').first().waitFor();
  await page.locator('.trade-context summary').click();
};

test('beside the values the panel shows China’s figure against each partner’s own, with the sourced reasons', async () => {
  const { page } = await open('/?year=2024');
  const gap = (await api('/api/trade/series')).mirror.find((m) => m.iso3 === 'KGZ' && m.year === 2024);
  assert.equal(gap.gap, 17_410_000_000, 'Kyrgyzstan 2024: 22.71 (China) minus 5.3 (Kyrgyzstan)');

  const item = page.locator('.trade-mirror li[data-iso3="KGZ"]');
  const text = await item.textContent();
  assert.match(text, /China's customs \$22\.71bn/);
  assert.match(text, /Kyrgyzstan's own statistics \$5\.30bn/);
  assert.match(text, /Gap \+\$17\.41bn \(China's figure 328\.5% above Kyrgyzstan's\)/);
  assert.match(text, /transit/);
  assert.ok((await item.locator('.trade-mirror-reasons a').count()) >= 3, 'each reason links its source');

  await openDetails(page);
  assert.equal(await page.locator('.trade-table tbody tr[data-iso3="KGZ"] td').nth(3).textContent(), '+17.41 (+328.5%)');
  const compare = await page.locator('.trade-context li[data-figure="compare-partners"]').textContent();
  assert.match(compare, /not comparable/);
  assert.match(compare, /Reported by The Council of the EU, as AFP reports it/);
});

test('the trade panel, with its table and context open, passes axe-core and the console stays clean', async () => {
  const { page, errors } = await open('/?year=2024');
  await openDetails(page);
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(errors, []);
});
