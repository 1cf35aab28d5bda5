// Shared pieces of the browser tests: a static server for dist/, Debian's Chromium through
// playwright-core (never a downloaded browser), the command-line twin, and guards that fail a
// test on console errors or on any request to another origin.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { settled } from './fit.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.DIST_DIR || join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'tests/browser/screenshots');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serve `dir` on 127.0.0.1 at a free port; `extra` maps paths to HTML served as is (host pages).
 * `setRoot(other)` switches the served directory (a new deploy); `requests` lists every path asked.
 */
export async function serve(dir = DIST, extra = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (extra[path] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(extra[path]);
      return;
    }
    let file = join(dir, path);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      // as the build's _headers and the nginx recipe serve them: public, loadable from a sandboxed frame
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    requests,
    setRoot(d) { dir = d; },
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // more flags for an experiment, e.g. CHROMIUM_FLAGS=--js-flags=--no-wasm-lazy-compilation
      ...(process.env.CHROMIUM_FLAGS ? process.env.CHROMIUM_FLAGS.split(' ') : []),
    ], // playwright gives each launch a fresh, empty profile directory of its own
  });
}

/**
 * A page that records console errors, page errors and requests to any origin but `origin`.
 * Call `guard.check()` at the end of a test. Service workers are blocked unless a test asks for
 * them (`serviceWorkers: 'allow'`), so that no background pre-cache races the other tests.
 */
export async function openPage(browser, origin, { width = 1280, height = 900, colorScheme = 'light', serviceWorkers = 'block', ...more } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, serviceWorkers, ...more });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) {
      problems.push(`request to another origin: ${u}`);
    }
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`); });
  page.on('requestfailed', (r) => {
    // a request cancelled by the next navigation (the test moving on) is not a failure of the page
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  return {
    page,
    context,
    check() {
      if (problems.length) throw new Error(problems.join('\n'));
    },
  };
}

const CLI = process.env.TRADE_BALANCE_BIN || join(ROOT, 'target/release/trade-balance');

/** The command-line twin's JSON for a scenario query (and any further arguments). */
export function cli(query, ...args) {
  return JSON.parse(cliText(query, ...args));
}

/** The command line's JSON for a link, as the bytes it prints. */
export function cliText(query, ...args) {
  return execFileSync(CLI, ['--scenario', query, '--format', 'json', ...args], { encoding: 'utf8' });
}

/** Every lever key the command line's `--help` lists (the lever table, as the CLI sees it). */
export function cliLeverKeys() {
  const help = execFileSync(CLI, ['--help'], { encoding: 'utf8' });
  return help.split('\n').filter((l) => l.includes(' (default ')).map((l) => l.trim().split(/\s+/)[0]);
}

/** The page's link query once any address-bar write it has pending is done. */
export async function linkQuery(page) {
  await page.waitForFunction(() => !window.pendingLink);
  return new URL(page.url()).search.slice(1);
}

/**
 * Open every folded panel, as a reader clicking each one would (their contents exist only while
 * open), nested ones too, and wait until they have rendered.
 */
export async function openAll(page) {
  for (let round = 0; round < 5; round++) {
    const opened = await page.$$eval('details:not([open])', (ds) => {
      ds.forEach((d) => { d.open = true; });
      return ds.length;
    });
    if (!opened) break;
    // a fold builds its contents when it opens: wait until every open one has them
    await page.waitForFunction(() => [...document.querySelectorAll('details[open]')]
      .every((d) => d.querySelector(':scope > :not(summary)')));
  }
}

/** A page of `server`'s build at `query` ("?oil=-10"), built; `opts` as for openPage. */
export async function openAt(browser, server, query = '', opts = {}) {
  const g = await openPage(browser, server.url.replace(/\/$/, ''), opts);
  await g.page.goto(`${server.url}${query}`);
  await ready(g.page);
  return g;
}

/** Open one folded panel (by its `details` selector) and wait for its contents. */
export async function openFold(page, selector) {
  const fold = page.locator(selector).first();
  if (!(await fold.evaluate((d) => d.open))) await fold.locator(':scope > summary').click();
  await fold.locator(':scope > :not(summary)').first().waitFor();
}

/** Scroll `selector` into view if it is not, and let the page catch up (parts off screen keep
 * their last values until they come into view). */
export async function inView(page, selector) {
  const el = page.locator(selector).first();
  if (await el.count()) await el.scrollIntoViewIfNeeded();
  await page.evaluate(settled);
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's violations on the page with every panel open and every part rendered (parts off
 * screen skip rendering until scrolled to, so their contrast would go unchecked), one line each.
 */
export async function axeViolations(page) {
  await openAll(page);
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Wait until the calculator has rendered (the wasm loaded, the page built). */
export async function ready(page) {
  // the app's own figures, not the static first view's (which it removes when it starts), and
  // every part of the page (built one part per task: the document is marked when all are in)
  await page.waitForFunction(() => !document.getElementById('first-view')
    && document.querySelector('[data-figure=balance] .figure-value')
    && document.documentElement.hasAttribute('data-built'), null, { timeout: 15000 });
}

/** The exact numbers the page shows (from data-value) as numbers. */
export async function headline(page) {
  // as a reader does: with the figures in view (the summary waits while it is scrolled away)
  await inView(page, '.headline');
  const get = async (k) => Number(await page.getAttribute(`[data-figure=${k}] .figure-value`, 'data-value'));
  return {
    exports: await get('exports'), imports: await get('imports'),
    balance: await get('balance'), total: await get('total'),
  };
}
