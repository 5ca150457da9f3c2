// A fresh page for every test: each in a browser context of its own (no cookies, storage, downloads or open state
// shared with any other test), closed after the test whether it passed or not. Every page's console errors and uncaught
// exceptions are collected as it runs and checked after each test, so no page a test opens goes unwatched.
import assert from 'node:assert/strict';
import { afterEach } from 'node:test';

/**
 * For one spec file: `session()` gives the file's shared `{ app, browser }` (started once in its `before`), `defaults`
 * the context options its pages share (the viewport). Registers the check after each test.
 */
export function pages(session, defaults = {}) {
  let opened = [];

  afterEach(async () => {
    const these = opened;
    opened = [];
    await Promise.all(these.map((p) => p.context.close()));
    const unexpected = these.flatMap((p) => p.errors.filter((e) => !p.expected.some((pattern) => pattern.test(e))).map((e) => `${p.label}: ${e}`));
    assert.deepEqual(unexpected, [], 'no page the test opened logged an error on its console');
  });

  /**
   * A page in a new context, not yet navigated (for a test that must listen or set the clock before the page loads).
   * `expectedErrors`: console messages the test provokes on purpose (a refused upload's 422, say); nothing else passes.
   */
  async function newPage({ expectedErrors = [], label = 'page', ...options } = {}) {
    const context = await session().browser.newContext({ ...defaults, ...options });
    const errors = [];
    context.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    context.on('weberror', (error) => errors.push(error.error().message));
    const entry = { context, errors, expected: expectedErrors, label };
    opened.push(entry);
    const page = await context.newPage();
    return { page, context, errors, close: () => context.close() };
  }

  /** Waits until the map has drawn its first view (or, with `ready: false`, only until the page has loaded). */
  async function visit(page, path, { ready = true } = {}) {
    await page.goto(/^https?:/.test(path) ? path : `${session().app.url}${path}`);
    if (ready) await page.waitForSelector('#map[data-state="ready"]', { timeout: 30_000 });
  }

  /** A new page at this address of the app (or any full address), ready as `visit` says. */
  async function open(path, { ready = true, ...options } = {}) {
    const opened = await newPage({ label: path, ...options });
    await visit(opened.page, path, { ready });
    return opened;
  }

  return { newPage, visit, open };
}
