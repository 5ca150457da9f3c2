// The handout in a real Chromium: print=1 (or the masthead's Print button) lays the current view out for paper, and
// Chromium's own PDF of it, read back by poppler's pdftotext and pdfinfo, is one A4 page with the title, the legend
// of the layers shown, the citation and the permalink, in the page's language.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';

let app;
let browser;
const folder = mkdtempSync(join(tmpdir(), 'atlas-print-'));

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
  rmSync(folder, { recursive: true, force: true });
});

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
  return page;
}

/** The page printed by Chromium as it prints for "Save as PDF": its text (layout kept) and its number of pages. */
async function printed(page, name) {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    /** The text with no spaces or line breaks: a long address is broken across lines on paper. */
    joined: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)[1]),
    size: /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info).slice(1).map(Number),
  };
}

test('print=1 gives one A4 page with the title, the shown layers\' legend, the year, the citation and the permalink', async () => {
  const page = await open('/?print=1&layers=borders,summits,corridors&asof=2020&view=4/42.0000/70.0000');
  await page.waitForSelector('.handout[data-ready]');
  const permalink = await page.locator('.handout-link a').getAttribute('href');
  assert.equal(new URL(permalink).searchParams.has('print'), false, 'the permalink opens the map, not the handout');
  assert.match(permalink, /layers=borders,summits,corridors/);
  const pdf = await printed(page, 'en');
  assert.equal(pdf.pages, 1, 'one page');
  assert.deepEqual(pdf.size.map(Math.round), [595, 842], 'A4 portrait');
  for (const text of ['Corridor Atlas: China–Central Asia connectivity', 'Summit city', 'Middle Corridor by rail', 'Middle Corridor by sea',
    'at the end of 2020', 'Cite this map', 'Corridor Atlas, interactive map', 'Natural Earth'])
    assert.ok(pdf.text.includes(text), `"${text}" is in the PDF`);
  assert.ok(pdf.joined.includes(permalink), `the permalink ${permalink} is in the PDF`);
  for (const absent of ['Dry port', 'China–Kyrgyzstan–Uzbekistan railway (under construction)'])
    assert.ok(!pdf.text.includes(absent), `"${absent}" (a layer not shown) is not`);
  assert.ok(await page.locator('.handout svg[role="img"] path').getAttribute('d'), 'the QR code is drawn');
  assert.deepEqual(await seriousViolations(page), []);
  await page.close();
});

test('the handout speaks the page\'s language', async () => {
  const page = await open('/?print=1&lang=ru&layers=summits,corridors');
  await page.waitForSelector('.handout[data-ready]');
  const pdf = await printed(page, 'ru');
  assert.equal(pdf.pages, 1);
  for (const text of ['Corridor Atlas: Связи Китая и Центральной Азии', 'Город саммита', 'Средний коридор, железная дорога', 'Цитировать карту'])
    assert.ok(pdf.text.includes(text), `"${text}" is in the PDF`);
  await page.close();
});

test('the masthead\'s Print button opens the handout of the view on screen, and Back returns to the map', async () => {
  const page = await open('/?layers=hubs,railways');
  await page.evaluate(() => (window.print = () => (document.documentElement.dataset.printed = 'yes')));
  await page.getByRole('button', { name: 'Print' }).click();
  await page.waitForSelector('.handout[data-ready]');
  await page.waitForSelector('html[data-printed="yes"]');
  assert.equal(new URL(page.url()).searchParams.get('print'), '1', 'the address says the handout is open');
  const pdf = await printed(page, 'button');
  assert.equal(pdf.pages, 1);
  assert.ok(pdf.text.includes('Dry port (gauge change)') && !pdf.text.includes('Summit city'), 'the legend follows the layers shown');
  await page.getByRole('button', { name: 'Back to the map' }).click();
  assert.equal(await page.locator('.handout').count(), 0);
  assert.equal(new URL(page.url()).searchParams.has('print'), false);
  await page.close();
});
