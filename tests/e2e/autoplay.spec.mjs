// The tour that runs itself, in a real Chromium: steps advance with no input (interval= shortens the wait to the
// 2 s minimum), a key or the pointer over the panel holds them, the last step loops back when asked, reduced motion
// moves the map without animation, the embed plays too, and kiosk mode hides the masthead and enlarges the text.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { launchBrowser } from './browser.mjs';

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

async function open(path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  // In front, so the browser runs its animation frames: a tab it thinks hidden never ends an animated move.
  await page.bringToFront();
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
  return { page, close: () => context.close() };
}

const stepShown = (page, n) => page.waitForSelector(`section.tour[data-step="${n}"]`, { timeout: 20_000 });

test('with autoplay=1 the steps advance by themselves and the address follows', async () => {
  const { page, close } = await open('/?tour=1&autoplay=1&interval=2');
  await stepShown(page, 1);
  assert.equal(await page.locator('.tour-play').getAttribute('aria-pressed'), 'true', 'the Play button shows it plays');
  assert.equal(await page.locator('.tour-play').textContent(), 'Pause');
  await stepShown(page, 2);
  await stepShown(page, 3);
  assert.equal(new URL(page.url()).searchParams.get('tour'), '3');
  await close();
});

test('a key press pauses the tour; Play goes on from the step it paused at', async () => {
  const { page, close } = await open('/?tour=1&autoplay=1&interval=2');
  await stepShown(page, 1);
  await page.waitForSelector('section.tour[data-autoplay="playing"]');
  await page.keyboard.press('Shift');
  await page.waitForSelector('section.tour[data-autoplay="paused"]');
  const paused = Number(await page.getAttribute('section.tour', 'data-step'));
  assert.equal(await page.locator('.tour-play').getAttribute('aria-pressed'), 'false');
  await page.locator('.tour-play').click();
  await page.mouse.move(1270, 790);
  await stepShown(page, paused + 1);
  await close();
});

/** Resolves once the page's own address has (or lacks) autoplay=1: read in the page, where replaceState writes it. */
const addressPlays = (page, playing) => page.waitForFunction((playing) =>
  (new URLSearchParams(location.search).get('autoplay') === '1') === playing, playing);

test('Pause drops autoplay from the address and Play sets it, so a reload resumes the tour as it was left', async () => {
  const { page, close } = await open('/?tour=1&autoplay=1&interval=2');
  await stepShown(page, 1);
  await page.waitForSelector('section.tour[data-autoplay="playing"]');
  await page.locator('.tour-play').click();
  await page.waitForSelector('section.tour[data-autoplay="paused"]');
  await addressPlays(page, false);
  const paused = await page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
  assert.equal(paused.interval, '2', 'the interval stays');
  assert.equal(paused.tour, await page.getAttribute('section.tour', 'data-step'), 'the step stays');

  await page.reload();
  await page.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
  await stepShown(page, Number(paused.tour));
  assert.equal(await page.getAttribute('section.tour', 'data-autoplay'), 'paused', 'reloaded paused');
  assert.equal(await page.locator('.tour-play').getAttribute('aria-pressed'), 'false');

  await page.locator('.tour-play').click();
  await addressPlays(page, true);
  // Off the panel, so the pointer does not hold the tour after the reload.
  await page.mouse.move(1270, 790);
  await page.reload();
  await page.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
  await page.waitForSelector('section.tour[data-autoplay="playing"]');
  const step = Number(await page.getAttribute('section.tour', 'data-step'));
  assert.equal(await page.locator('.tour-play').getAttribute('aria-pressed'), 'true', 'reloaded playing');
  await stepShown(page, step + 1);

  // A key press pauses it too, and the address says so.
  await page.keyboard.press('Shift');
  await page.waitForSelector('section.tour[data-autoplay="paused"]');
  await addressPlays(page, false);
  await close();
});

test('the pointer over the tour holds it, and leaving lets it go on', async () => {
  const { page, close } = await open('/?tour=1&autoplay=1&interval=2');
  await stepShown(page, 1);
  await page.locator('section.tour h2').hover();
  await page.waitForSelector('section.tour[data-autoplay="held"]');
  await page.mouse.move(1270, 790);
  await page.waitForSelector('section.tour[data-autoplay="playing"]');
  await stepShown(page, 2);
  await close();
});

test('at the last step the tour loops with loop=1 and stops without it', async () => {
  const looped = await open('/?tour=7&autoplay=1&loop=1&interval=2');
  await stepShown(looped.page, 7);
  await stepShown(looped.page, 1);
  await looped.close();
  const once = await open('/?tour=7&autoplay=1&interval=2');
  await stepShown(once.page, 7);
  await once.page.waitForSelector('section.tour[data-autoplay="paused"]', { timeout: 20_000 });
  assert.equal(await once.page.getAttribute('section.tour', 'data-step'), '7');
  await once.close();
});

/** Counts the map's animation frames while Next moves it from step 1 to step 2 (zoom 5 at 47.5° N to zoom 4 at 43° N). */
async function framesMovingToStep2(page, animated) {
  await stepShown(page, 1);
  await page.evaluate(() => {
    window.moves = { zoomAnimations: 0, paneMoves: 0 };
    const map = document.getElementById('map');
    const pane = map.querySelector('.leaflet-map-pane');
    // Leaflet marks its map pane leaflet-zoom-anim while a zoom animates: seen as added, or as the old value once removed.
    new MutationObserver((records) => {
      for (const r of records) if (pane.classList.contains('leaflet-zoom-anim') || r.oldValue?.includes('leaflet-zoom-anim')) window.moves.zoomAnimations++;
    }).observe(pane, { attributes: true, attributeFilter: ['class'], attributeOldValue: true });
    new MutationObserver(() => window.moves.paneMoves++).observe(pane, { attributes: true, attributeFilter: ['style'] });
  });
  await page.locator('.tour-next').click();
  await stepShown(page, 2);
  // Reduced motion: settled at step 2's zoom (step 1 is at 5), the view written when the move ended. Otherwise the
  // state waited for is an animation seen under way (headless Chromium may not run an animated move to its end).
  await page.waitForFunction((animated) => animated
    ? window.moves.zoomAnimations > 0 || window.moves.paneMoves > 1
    : Number(document.getElementById('map').dataset.view.split('/')[0]) === 4, animated, { polling: 100 });
  return page.evaluate(() => window.moves);
}

test('with reduced motion the tour moves the map at once; without, it animates', async () => {
  const still = await open('/?tour=1', { reducedMotion: 'reduce' });
  const instant = await framesMovingToStep2(still.page, false);
  assert.equal(instant.zoomAnimations, 0, 'no zoom animation');
  assert.ok(instant.paneMoves <= 1, `the map moved in one go (${instant.paneMoves} moves)`);
  await still.close();
  const moving = await open('/?tour=1', { reducedMotion: 'no-preference' });
  const animated = await framesMovingToStep2(moving.page, true);
  assert.ok(animated.zoomAnimations > 0 || animated.paneMoves > 1, `an animation was seen: ${JSON.stringify(animated)}`);
  await moving.close();
});

test('the embedded tour plays by itself too', async () => {
  const { page, close } = await open('/embed?type=tour&autoplay=1&interval=2', { viewport: { width: 400, height: 640 } });
  await page.waitForSelector('#map[data-tour-step="1"]');
  await page.waitForSelector('#map[data-tour-step="2"]', { timeout: 20_000 });
  await close();
});

test('kiosk mode has no masthead and larger text', async () => {
  const { page, close } = await open('/?kiosk=1&tour=1&autoplay=1');
  await stepShown(page, 1);
  assert.equal(await page.locator('.masthead').isVisible(), false);
  const size = (selector) => page.locator(selector).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(await size('html') >= 22, 'the root text is larger');
  assert.ok(await size('.tour-text') >= 18, 'so is the tour\'s');
  await close();
});
