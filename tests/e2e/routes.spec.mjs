// The planners' panel in a real Chromium: compare routes, plan a path avoiding Russia, measure an uploaded
// and a drawn route, restore the selection from the URL.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startApp } from './appServer.mjs';
import { seriousViolations } from './axe.mjs';
import { launchBrowser } from './browser.mjs';
import { pages } from './pages.mjs';

let app;
let browser;

const headers = (page) => page.locator('.route-table thead th').allTextContents();
const row = async (page, label) => page.locator('.route-table tbody tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td').allTextContents();

before(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.stop();
});

const { newPage, open } = pages(() => ({ app, browser }), { viewport: { width: 1400, height: 900 } });
/** The routes panel with the two corridors compared, from the address. */
const twoCorridors = '/?panel=routes&routes=middle-corridor%2Cnorthern-corridor';
const openComparing = async (path = twoCorridors) => {
  const opened = await open(path);
  await opened.page.waitForSelector('.route-table');
  return opened;
};

/** Plans a path in the panel and waits for its column in the table. */
const planPath = async (page, from, to, { avoidRussia }) => {
  await page.selectOption('#plan-from', from);
  await page.selectOption('#plan-to', to);
  const russia = page.locator('.route-plan label', { hasText: 'Russia' }).locator('input');
  await (avoidRussia ? russia.check() : russia.uncheck());
  await page.getByRole('button', { name: 'Find the path' }).click();
  await page.waitForFunction(() => document.getElementById('map').dataset.routesShown?.includes('plan'));
};

test('comparing two routes draws them and fills the table with the API figures', async () => {
  const { page } = await open('/?panel=routes');
  await page.getByLabel(/Middle Corridor \(Trans-Caspian route\)/).check();
  await page.getByLabel(/Northern corridor/).check();
  await page.waitForSelector('.route-table');
  assert.deepEqual(await headers(page), ['Metric', 'Middle Corridor (Trans-Caspian route)', 'Northern corridor (Kazakhstan–Russia–Belarus)']);
  const api = (await (await fetch(`${app.url}/api/routes/compare?ids=middle-corridor,northern-corridor`)).json()).routes;
  assert.deepEqual(await row(page, 'Length (km)'), api.map((r) => Math.round(r.lengthKm).toLocaleString('en-GB')));
  assert.deepEqual(await row(page, 'Border crossings'), api.map((r) => String(r.borderCrossings)));
  // Ranges, not single numbers: transit as the spread of every published figure, CO2e from low to high intensity.
  assert.deepEqual(await row(page, 'Transit (days)'), api.map((r) => `${r.transitDays.min}–${r.transitDays.max} days`));
  assert.match((await row(page, 'Transit spread'))[0], new RegExp(`^${api[0].transitDays.spread.figures} published figures, 20\\d\\d-\\d\\d to 20\\d\\d-\\d\\d$`));
  assert.deepEqual(await row(page, 'CO2e per TEU (kg)'), api.map((r) => `${Math.round(r.co2.min).toLocaleString('en-GB')}–${Math.round(r.co2.max).toLocaleString('en-GB')}`));
  assert.match((await row(page, 'By country (km)'))[0], /^China [\d,]+ · Kazakhstan/);
  // Every figure names its source, the slow operator figures with the fast ministry ones.
  await page.locator('.route-sources summary').click();
  const notes = await page.locator('.route-sources').textContent();
  assert.match(notes, /transit 32–37 days/);
  assert.match(notes, /three times longer/);
  assert.match(notes, /assuming 10 t of goods per TEU/);
  assert.ok(await page.locator('.route-sources a[href^="https://"]').count() > 5, 'the sources are links');
  assert.match((await row(page, 'Countries in travel order'))[1], /Russia/);
  assert.equal(await page.locator('path.route-line-middle-corridor').count(), 1);
  assert.equal(await page.locator('path.route-line-northern-corridor').count(), 1);
  assert.match(page.url(), /routes=middle-corridor%2Cnorthern-corridor/);
});

test('the table gives cost, border hours and the tightest link as the API does, with charts and the brief link', async () => {
  const { page } = await openComparing();
  const api = (await (await fetch(`${app.url}/api/routes/compare?ids=middle-corridor,northern-corridor`)).json()).routes;
  const n = (v) => Math.round(v).toLocaleString('en-GB');
  const cost = (c) => `${c.min === c.max ? n(c.min) : `${n(c.min)}–${n(c.max)}`} USD/FEU (published figures: ${c.figures.length})`;
  assert.deepEqual(await row(page, 'Cost per 40-ft container (USD)'), api.map((r) => cost(r.costUsdPerFeu)));
  assert.deepEqual(await row(page, 'Hours at borders'), api.map((r) => `${r.borderHours.min}–${r.borderHours.max} h`));
  assert.match((await row(page, 'Tightest link'))[0], /^Middle Corridor as a whole \(Caspian crossing\): \d+% of capacity used \(20\d\d\)$/);
  // The ERAI is a series on the Northern corridor: charted, each point with its source.
  const chart = page.locator('.route-cost-charts figure[data-route="northern-corridor"]');
  await chart.waitFor();
  assert.equal(await chart.locator('tbody tr').count(), Number(await chart.getAttribute('data-points')));
  assert.ok(await chart.locator('tbody a[href^="http"]').count() >= 2);
  const volumes = (await (await fetch(`${app.url}/api/routes/volumes`)).json()).series;
  await page.locator('.route-volumes summary').click();
  assert.deepEqual(await page.locator('.route-volumes figure').evaluateAll((f) => f.map((x) => x.dataset.series)), volumes.map((s) => s.id));
  assert.equal(await page.locator('a.route-brief').getAttribute('href'), '/brief?routes=middle-corridor,northern-corridor&lang=en');
});

/** The data's translations of its notes, as geodata/ holds them: the CKU railway's transit note, the Middle Corridor's surcharge. */
const dataNotes = (lang) => {
  const read = (file) => JSON.parse(readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8'));
  const transit = read('routes.json').routes.find((r) => r.id === 'cku-railway').transitNote;
  const surcharge = read('route-costs.json').surcharges.find((s) => s.routes.includes('middle-corridor'));
  return [transit, surcharge].map((note) => (lang === 'en' ? note.text : note.texts[lang]));
};
/** The brief's own notes, one sentence of each as the reader sees it in each language. */
const ownNotes = {
  en: ['Hours at borders are CAREC CPMM averages per border point', 'those marked ≠ are not comparable and stay out of the range'],
  ru: ['Часы на границах — средние CAREC CPMM по пункту пропуска', 'отмеченные ≠ несопоставимы и в диапазон не входят'],
  zh: ['过境时间为CAREC CPMM按口岸、年份和方向统计的平均值', '标有≠的数字不可比，不计入范围'],
};

test('the brief prints on one A4 page with every route, figure and source of its table', async () => {
  const ids = ['northern-corridor', 'middle-corridor', 'sea-suez', 'cku-railway'];
  const api = (await (await fetch(`${app.url}/api/routes/compare?ids=${ids.join(',')}`)).json()).routes;
  const n = (v) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : (Math.round(v * 10) / 10).toLocaleString('en-US'));
  const range = (a, b) => (n(a) === n(b) ? n(a) : `${n(a)}–${n(b)}`);
  const dir = mkdtempSync(join(tmpdir(), 'brief-'));
  const { page: brief } = await newPage({ label: 'brief', viewport: { width: 1280, height: 720 } });
  try {
    for (const lang of ['en', 'ru', 'zh']) {
      await brief.goto(`${app.url}/brief?routes=${ids.join(',')}&lang=${lang}`);
      const pdf = join(dir, `brief-${lang}.pdf`);
      writeFileSync(pdf, await brief.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /^Pages:\s+1$/m, `${lang}: one page`);
      // In the order the page was written (-raw: the sources' columns one after the other), without white space: the PDF
      // breaks lines where the page does.
      const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      const has = (expected, what) => assert.ok(text.includes(expected.replace(/\s+/g, '')), `${lang}: ${what} '${expected}' is not in the PDF`);
      const named = (await (await fetch(`${app.url}/api/routes/compare?ids=${ids.join(',')}&lang=${lang}`)).json()).routes;
      for (const r of named) has(r.name, 'route name');
      // The notes on comparability in the brief's language: the data's (from their translations) and its own.
      for (const note of [...dataNotes(lang), ...ownNotes[lang]]) has(note, 'note');
      if (lang !== 'en') {
        for (const english of [...dataNotes('en'), ...ownNotes.en]) assert.ok(!text.includes(english.replace(/\s+/g, '')), `${lang}: the English note '${english}' is in the PDF`);
        continue;
      }
      for (const r of api) {
        has(`${n(r.lengthKm)}km`, 'length');
        if (r.transitDays.min !== null) has(range(r.transitDays.min, r.transitDays.max), 'transit days');
        has(range(r.co2.min, r.co2.max), 'CO2e');
        const c = r.costUsdPerFeu;
        if (c.min !== null) has(`${range(c.min, c.max)}USD/FEU`, 'cost range');
        for (const f of c.figures) has(f.valueMax === undefined ? n(f.value) : range(f.value, f.valueMax), 'cost figure');
        if (r.borderHours.min !== null) {
          has(range(r.borderHours.min, r.borderHours.max), 'border hours');
          has(range(r.borderHours.totalMin, r.borderHours.totalMax), 'border hours total');
        }
        const sources = [...r.transitDays.sources, ...c.figures.flatMap((f) => f.sources), ...r.borderHours.figures.flatMap((f) => f.sources)];
        for (const s of sources) has(s.title, 'source');
      }
      has('no published figure', 'the words for a missing figure');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a plan that avoids Russia is drawn and added to the table', async () => {
  const { page } = await openComparing();
  await page.selectOption('#plan-from', 'xian');
  await page.selectOption('#plan-to', 'istanbul');
  await page.locator('.route-plan label', { hasText: 'Russia' }).locator('input').check();
  await page.getByRole('button', { name: 'Find the path' }).click();
  await page.waitForFunction(() => document.getElementById('map').dataset.routesShown?.includes('plan'));
  const plan = (await headers(page)).at(-1);
  assert.match(plan, /^Plan: Xi'an → Istanbul/);
  assert.doesNotMatch((await row(page, 'Countries in travel order')).at(-1), /Russia/);
  assert.match(page.url(), /plan=xian%2Cistanbul&avoid=RUS/);
});

test('an uploaded GeoJSON route is measured', async () => {
  const { page } = await open('/?panel=routes');
  const route = { type: 'Feature', properties: { name: 'Almaty to Alat' }, geometry: { type: 'LineString', coordinates: [[76.9, 43.25], [71.43, 51.13], [51.15, 43.65], [50.9, 43.2], [50.55, 40.3], [49.41, 39.95]] } };
  await page.setInputFiles('#route-upload', { name: 'route.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(route)) });
  await page.waitForFunction(() => document.getElementById('map').dataset.routesShown?.includes('custom'));
  assert.equal((await headers(page)).at(-1), 'Almaty to Alat');
  assert.equal((await row(page, 'Countries in travel order')).at(-1), 'Kazakhstan → Azerbaijan');
});

test('an uploaded file that is not a line gets a clear message', async () => {
  // The refused upload is a 422 the page handles; Chromium still logs the failed request.
  const { page } = await open('/?panel=routes', { expectedErrors: [/status of 422/] });
  await page.setInputFiles('#route-upload', { name: 'area.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"Polygon","coordinates":[[[70,40],[71,40],[71,41],[70,40]]]}') });
  await page.waitForSelector('.route-message:not([hidden])');
  assert.match(await page.locator('.route-message').textContent(), /LineString/);
});

test('a route drawn on the map is measured', async () => {
  const { page } = await open('/?panel=routes');
  await page.getByRole('button', { name: 'Draw on the map' }).click();
  const box = await page.locator('#map').boundingBox();
  for (const [x, y] of [[0.45, 0.45], [0.55, 0.5], [0.62, 0.55]]) await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.route-table thead th')[document.querySelectorAll('.route-table thead th').length - 1]?.textContent === 'Your drawn route');
  assert.ok(Number((await row(page, 'Length (km)')).at(-1).replace(/,/g, '')) > 0);
});

test('the URL restores the selection and the plan', async () => {
  // The selection and the plan made in the panel, as a reader makes them; then the address they wrote.
  const { page } = await open('/?panel=routes');
  await page.getByLabel(/Middle Corridor \(Trans-Caspian route\)/).check();
  await page.getByLabel(/Northern corridor/).check();
  await page.waitForSelector('.route-table');
  await planPath(page, 'xian', 'istanbul', { avoidRussia: true });
  const { page: other } = await open(page.url());
  await other.waitForSelector('.route-table');
  const restored = await other.locator('.route-table thead th').allTextContents();
  assert.deepEqual(restored.slice(1, 3), ['Middle Corridor (Trans-Caspian route)', 'Northern corridor (Kazakhstan–Russia–Belarus)']);
  assert.match(restored[3], /^Plan: Xi'an → Istanbul/);
  assert.equal(await other.locator('#route-middle-corridor').isChecked(), true);
});

test('a plan with the links under construction uses the new railway and says when it opens', async () => {
  const { page } = await open('/?panel=routes');
  await page.selectOption('#plan-from', 'kashgar');
  await page.selectOption('#plan-to', 'jalal-abad');
  await page.locator('.route-plan label', { hasText: 'Russia' }).locator('input').uncheck();
  await page.getByLabel('With those under construction').check();
  await page.getByRole('button', { name: 'Find the path' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('.route-table thead th')].some((th) => th.textContent.includes('with links under construction')));
  const columns = await headers(page);
  const plan = columns.findIndex((h) => h.startsWith('Plan:')) - 1;
  assert.equal(columns[plan + 1], 'Plan: Kashgar → Jalal-Abad (with links under construction)');
  assert.equal((await row(page, 'Status'))[plan], 'under construction (commercial operation envisaged about 2030)');
  assert.equal((await row(page, 'Length basis'))[plan], 'published for 1 of 2 sections, drawn geometry elsewhere');
  assert.match(page.url(), /scenario=planned/);
});

test('the routes panel passes axe-core, with routes compared, a plan, the sources and the volumes open', async () => {
  const { page, errors } = await openComparing(`${twoCorridors}&plan=kashgar%2Cjalal-abad&scenario=planned`);
  await page.waitForFunction(() => [...document.querySelectorAll('.route-table thead th')].some((th) => th.textContent.includes('with links under construction')));
  await page.locator('.route-sources summary').click();
  await page.locator('.route-volumes summary').click();
  await page.locator('.route-volumes figure').first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  assert.deepEqual(errors, []);
});
