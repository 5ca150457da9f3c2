// The atlas and its embed on a phone, in a real Chromium with a touch screen: the map takes the first screen and
// controls fold away, nothing sticks out sideways, every control is a finger's size, panels open and the address keeps
// them open, popups fit and close, two fingers zoom the map, and axe-core finds nothing serious.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { mapShareOfScreen, tapTargets, tooWide, uncoveredMapFraction } from './phoneMeasures.mjs';

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

let app;
let browser;

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

/** A fresh phone, its own page, on the path; resolves once the map is drawn. */
async function open(path, device = phone) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
  return { page, errors, close: () => context.close() };
}

const small = (targets) => targets.filter((t) => t.width < 44 || t.height < 44);

test('on a phone the map takes the first screen and the controls closed cover under a fifth of it', async () => {
  const { page, errors, close } = await open('/');
  const share = await mapShareOfScreen(page);
  const uncovered = await uncoveredMapFraction(page);
  console.log(`# phone 390×844: map ${Math.round(share * 100)} % of the screen, ${Math.round(uncovered * 100)} % of it uncovered`);
  assert.ok(share >= 0.7, `the map takes ${Math.round(share * 100)} % of the first screen`);
  assert.ok(uncovered >= 0.8, `${Math.round(uncovered * 100)} % of the map is free of controls`);
  // The masthead is the title and one button; the layer list, legend, "as of" and trade legend are closed.
  assert.equal(await page.locator('#masthead-menu').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('.leaflet-control-layers-list').isVisible(), false, 'the layer list is folded');
  assert.equal(await page.locator('#as-of-year').isVisible(), false, 'the "as of" slider is folded');
  assert.equal(await page.locator('.trade-legend ul').isVisible(), false, 'the trade legend is folded');
  assert.equal(await page.locator('details.legend').getAttribute('open'), null, 'the legend is folded');
  assert.equal(await page.locator('#panel').evaluate((p) => p.inert), true, 'the closed sheet is out of reach');
  assert.deepEqual(errors, []);
  await close();
});

test('nothing is wider than the phone and every control is at least 44 × 44 px, closed and opened', async () => {
  const { page, close } = await open('/');
  const width = await tooWide(page);
  assert.deepEqual(width.wide, [], 'no element sticks out');
  assert.equal(width.scrollWidth, width.width, 'no sideways scroll');
  const closed = await tapTargets(page);
  assert.ok(closed.length >= 8, `controls found: ${closed.map((t) => t.name).join('; ')}`);
  assert.deepEqual(small(closed), [], 'every control on the first screen is big enough');
  const smallest = (list) => Math.min(...list.map((t) => Math.min(t.width, t.height)));
  console.log(`# phone first screen: ${closed.length} controls, smallest side ${smallest(closed)} px`);
  // Opened, one at a time: the menu, the layer list, the "as of" year, the sheet.
  for (const name of ['Menu', 'Map layers', 'Network as of a year']) {
    await page.getByRole('button', { name, exact: true }).click();
    assert.deepEqual(small(await tapTargets(page)), [], `with ${name} open`);
    assert.deepEqual((await tooWide(page)).wide, [], `nothing too wide with ${name} open`);
    await page.getByRole('button', { name, exact: true }).click();
  }
  await page.locator('#sheet-handle').click();
  await page.waitForFunction(() => !document.getElementById('panel').inert);
  const sheet = await tapTargets(page);
  assert.deepEqual(small(sheet).filter((t) => !/^a /.test(t.name)), [], 'the sheet\'s controls');
  assert.deepEqual((await tooWide(page)).wide, [], 'nothing too wide with the sheet open');
  await close();
});

test('the menu, the layer list and the sheet open, and the address keeps them open through a reload', async () => {
  const { page, close } = await open('/');
  await page.getByRole('button', { name: 'Map layers', exact: true }).click();
  assert.equal(await page.getByRole('checkbox', { name: 'Borders' }).isVisible(), true, 'the layer list opens');
  await page.locator('#sheet-handle').click();
  await page.getByRole('button', { name: 'Menu' }).click();
  assert.equal(await page.getByRole('button', { name: 'Cite' }).isVisible(), true, 'the actions are in the menu');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('open') === 'layers,sheet,menu');
  await page.reload();
  await page.waitForSelector('#map[data-state="ready"]');
  assert.equal(await page.locator('#masthead-menu').isVisible(), true, 'the menu is open again');
  assert.equal(await page.getByRole('checkbox', { name: 'Borders' }).isVisible(), true, 'so is the layer list');
  assert.equal(await page.locator('#panel').evaluate((p) => p.inert), false, 'and the sheet');
  // Escape folds the layer list back into its button, and the address follows.
  await page.getByRole('checkbox', { name: 'Borders' }).focus();
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('button', { name: 'Map layers', exact: true }).evaluate((b) => b === document.activeElement), true);
  await page.waitForFunction(() => !new URLSearchParams(location.search).get('open').includes('layers'));
  await close();
});

test('the sheet is pulled up and pushed down by a swipe on its handle', async () => {
  const { page, close } = await open('/');
  // A finger on the touch screen (a moving touch makes no click, so only the swipe can open the sheet).
  const cdp = await page.context().newCDPSession(page);
  const swipe = async (from, dy) => {
    const box = await page.locator('#sheet-handle').boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + from;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 1 }] });
    for (const step of [0.25, 0.5, 0.75, 1]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + dy * step, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(24, -200);
  await page.waitForFunction(() => document.getElementById('sheet').dataset.open === 'true');
  // Up: the sheet's top settles at 40 % of the screen (it is 60 % high).
  await page.waitForFunction(() => Math.abs(document.getElementById('sheet').getBoundingClientRect().y - innerHeight * 0.4) < 2);
  assert.equal(await page.getByRole('tab', { name: 'Trade' }).isVisible(), true);
  await swipe(20, 200);
  await page.waitForFunction(() => document.getElementById('sheet').dataset.open === 'false');
  assert.equal(await page.locator('#panel').evaluate((p) => p.inert), true);
  await close();
});

test('a popup fits the phone and closes by a tap outside it or by Escape', async () => {
  // Over the Caspian: sea to tap outside the popup (at the first view every spot is a country with its own popup).
  const { page, close } = await open('/?view=5/42/51');
  const popupFits = async () => {
    // The map pans the popup into view (an animation): wait for it to settle inside the screen.
    await page.waitForFunction(() => {
      const r = document.querySelector('.leaflet-popup').getBoundingClientRect();
      return r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;
    });
    const closeButton = await page.locator('.leaflet-popup-close-button').boundingBox();
    assert.ok(closeButton.width >= 44 && closeButton.height >= 44, 'its close button is a full target');
  };
  const id = await page.evaluate(() => [...document.querySelectorAll('.leaflet-marker-pane .symbol-anchor')].find((s) => {
    const r = s.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.left > 60 && r.right < innerWidth - 60 && r.top > 120 && r.bottom < innerHeight - 120 && hit?.closest('.symbol-anchor') === s;
  })?.dataset.featureId);
  const symbol = page.locator(`.leaflet-marker-pane .symbol-anchor[data-feature-id="${id}"]`);
  await symbol.tap();
  await page.waitForSelector('.leaflet-popup');
  await popupFits();
  // Outside: a spot of the map with no feature under it (a feature would open its own popup).
  const spot = await page.evaluate(() => {
    const map = document.getElementById('map').getBoundingClientRect();
    // Clear of the controls by more than a finger's width: the browser moves a tap to a button close by.
    for (let y = map.bottom - 120; y > map.top + 120; y -= 10)
      for (let x = map.left + 100; x < map.right - 100; x += 10) {
        const hit = document.elementFromPoint(x, y);
        if (hit?.closest('#map') && !hit.closest('.leaflet-interactive, .leaflet-control-container, .leaflet-popup')) return { x, y };
      }
    return null;
  });
  await page.touchscreen.tap(spot.x, spot.y);
  await page.waitForSelector('.leaflet-popup', { state: 'detached' });
  await symbol.tap();
  await page.waitForSelector('.leaflet-popup');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.leaflet-popup', { state: 'detached' });
  await close();
});

test('two fingers spread on the map zoom it in', async () => {
  const { page, close } = await open('/');
  const before = await page.getAttribute('#map', 'data-view');
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, spread) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x: 195 - spread, y: 400, id: 1 }, { x: 195 + spread, y: 400, id: 2 }],
  });
  await touch('touchStart', 20);
  for (const spread of [40, 70, 100, 130]) await touch('touchMove', spread);
  await touch('touchEnd', 0);
  await page.waitForFunction((view) => document.getElementById('map').dataset.view !== view, before);
  const zoom = (view) => Number(view.split('/')[0]);
  assert.ok(zoom(await page.getAttribute('#map', 'data-view')) > zoom(before), 'zoomed in');
  await close();
});

test('the phone page is clean to axe-core, closed and with its panels open', async () => {
  const { page, close } = await open('/');
  assert.deepEqual(await seriousViolations(page), []);
  await page.goto(`${app.url}/?open=menu,layers,asof,legend,sheet`);
  await page.waitForSelector('#map[data-state="ready"]');
  assert.deepEqual(await seriousViolations(page), []);
  await close();
});

for (const width of [320, 360, 400]) {
  test(`the embed at ${width} px wide: the map first, nothing too wide, full-size controls, axe clean`, async () => {
    const device = { ...phone, viewport: { width, height: 560 } };
    const { page, close } = await open('/embed?layers=borders,summits,hubs,railways,trade&year=2024&view=4/41/76', device);
    await page.waitForSelector('.trade-legend');
    const uncovered = await uncoveredMapFraction(page);
    console.log(`# embed ${width}×560: ${Math.round(uncovered * 100)} % of the map uncovered`);
    assert.ok(uncovered >= 0.8, `${Math.round(uncovered * 100)} % of the map is free of controls`);
    assert.deepEqual((await tooWide(page)).wide, []);
    assert.deepEqual(small(await tapTargets(page)), []);
    assert.deepEqual(await seriousViolations(page), []);
    await close();
  });
}
