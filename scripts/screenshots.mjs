// npm run screenshots: the default view in each language, as docs/screenshot-{en,ru,zh}.png (and docs/screenshot.png in
// English), and on a phone (390 × 844, touch) as docs/screenshot-phone-{en,ru,zh}.png, taken in Debian's Chromium from
// the real app, built first as npm test builds it.
import { join } from 'node:path';
import { ensureChromium, root, runOrExit } from './setup.mjs';

const languages = ['en', 'ru', 'zh'];

await ensureChromium();
await runOrExit('dotnet', ['build', 'backend/Maps.Api.csproj', '-c', 'Release', '-v', 'q']);
await runOrExit('npm', ['run', 'build', '--workspace', 'frontend']);
const { startApp } = await import('../tests/e2e/appServer.mjs');
const { launchBrowser } = await import('../tests/e2e/browser.mjs');
const app = await startApp();
const browser = await launchBrowser();
try {
  for (const lang of languages) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}/?lang=${lang}`);
    await page.waitForSelector('#map[data-state="ready"]', { timeout: 60_000 });
    await page.waitForSelector('.place-label-country:not([hidden])');
    // Fonts for Chinese come from the system (fonts-noto-cjk); wait until they are in use before the picture.
    await page.evaluate(() => document.fonts.ready);
    const files = [`screenshot-${lang}.png`, ...(lang === 'en' ? ['screenshot.png'] : [])];
    for (const file of files) await page.screenshot({ path: join(root, 'docs', file) });
    console.log(`docs/${files.join(', docs/')}`);
    await page.close();
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const onPhone = await phone.newPage();
    await onPhone.goto(`${app.url}/?lang=${lang}`);
    await onPhone.waitForSelector('#map[data-state="ready"]', { timeout: 60_000 });
    await onPhone.waitForSelector('.place-label-country:not([hidden])');
    await onPhone.evaluate(() => document.fonts.ready);
    await onPhone.screenshot({ path: join(root, 'docs', `screenshot-phone-${lang}.png`) });
    console.log(`docs/screenshot-phone-${lang}.png`);
    await phone.close();
  }
} finally {
  await browser.close();
  await app.stop();
}
