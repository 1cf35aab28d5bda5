// Offline and installed use, as a visitor meets it: one visit online, then no network; the
// browser's install check; a new deploy while a page is open; embeds that must not register a
// worker; and the build's service worker file itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, cpSync, rmSync, writeFileSync, mkdtempSync, renameSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { serve, launch, openPage, cli, ready, headline, DIST, ROOT, linkQuery } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const BUILD = join(ROOT, 'scripts/pwa/build.mjs');
/** Every file below `root`, as paths relative to it. */
const walk = (root, d = root) => readdirSync(d).flatMap((n) => {
  const p = join(d, n);
  return statSync(p).isDirectory() ? walk(root, p) : [relative(root, p)];
});
/** The precache list a build's sw.js carries. */
const swAssets = (dir) => {
  const text = readFileSync(join(dir, 'sw.js'), 'utf8');
  return {
    version: /const VERSION = "([0-9a-f]{16})"/.exec(text)[1],
    assets: JSON.parse(/const ASSETS = (\[[\s\S]*?\n\]);/.exec(text)[1]),
  };
};
const sameHeadline = async (page, query) => {
  const h = cli(query).projection.headline;
  assert.deepEqual(await headline(page), { exports: h.exports, imports: h.imports, balance: h.balance, total: h.total_trade }, query);
};
/** Wait until the page is controlled by an activated worker. */
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 20000 });

/** A copy of dist/ that is a different build: hashed files renamed, a marker, its own sw.js. */
function otherBuild(marker) {
  const dir = mkdtempSync(join(tmpdir(), 'calc-build-'));
  cpSync(DIST, dir, { recursive: true });
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  const renames = [];
  for (const f of walk(dir)) {
    if (f.endsWith('.gz') || f.endsWith('.br')) rmSync(join(dir, f));
    const m = /-([0-9a-f]{12,16})((?:_bg|_loader)?\.(?:js|wasm|css|svg))$/.exec(f);
    if (!m || f.includes('/')) continue;
    const renamed = f.replace(m[1], createHash('sha256').update(marker + m[1]).digest('hex').slice(0, 16));
    renameSync(join(dir, f), join(dir, renamed));
    renames.push([f, renamed]);
  }
  for (const [f, renamed] of renames) html = html.split(f).join(renamed);
  // the worker's loader names its script and wasm
  for (const [, loader] of renames.filter(([f]) => f.endsWith('_loader.js'))) {
    let text = readFileSync(join(dir, loader), 'utf8');
    for (const [f, renamed] of renames) text = text.split(f).join(renamed);
    writeFileSync(join(dir, loader), text);
  }
  html = html.replace('<head>', `<head>\n  <meta name="build" content="${marker}">`);
  writeFileSync(join(dir, 'index.html'), html);
  execFileSync('node', [BUILD, dir], { env: { ...process.env, TRUNK_PROFILE: 'release' } });
  return dir;
}

test('the build: sw.js lists exactly the files of this build with their integrity, the same for the same build', () => {
  const { version, assets } = swAssets(DIST);
  // not pre-cached: the worker itself, the host's headers, the link preview, compressed copies, and
  // the data's vintages (kept once a link fetches one)
  const skip = (f) => f === 'sw.js' || f === '_headers' || f === 'preview.png' || f.endsWith('.gz') || f.endsWith('.br')
    || f.startsWith('vintages/');
  const listed = assets.map((a) => (a.url === './' ? 'index.html' : a.url.slice(2))).sort();
  assert.deepEqual(listed, walk(DIST).filter((f) => !skip(f)).sort());
  for (const a of assets.filter((a) => a.integrity)) {
    const bytes = readFileSync(join(DIST, a.url.slice(2)));
    assert.equal(a.integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`, a.url);
  }
  // the page is checked by the names of this build's script and wasm
  const shell = assets.find((a) => a.url === './');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.ok(shell.shell.length === 2 && shell.shell.every((n) => html.includes(n)));
  // every text file and the wasm has gzip and brotli copies that decompress to it
  for (const f of walk(DIST).filter((f) => /\.(html|js|css|wasm|svg|webmanifest)$/.test(f))) {
    assert.ok(statSync(join(DIST, `${f}.gz`)).size > 0 && statSync(join(DIST, `${f}.br`)).size > 0, f);
  }
  // the same build again: the same sw.js byte for byte; another build: another version
  const again = mkdtempSync(join(tmpdir(), 'calc-same-'));
  cpSync(DIST, again, { recursive: true });
  execFileSync('node', [BUILD, again], { env: { ...process.env, TRUNK_PROFILE: 'release' } });
  assert.equal(readFileSync(join(again, 'sw.js'), 'utf8'), readFileSync(join(DIST, 'sw.js'), 'utf8'));
  writeFileSync(join(again, 'manifest.webmanifest'), readFileSync(join(again, 'manifest.webmanifest'), 'utf8').replace('IN–RU trade', 'IN-RU trade'));
  execFileSync('node', [BUILD, again], { env: { ...process.env, TRUNK_PROFILE: 'release' } });
  assert.notEqual(swAssets(again).version, version);
  // a page that refers to a file the build lacks fails the build, naming it
  writeFileSync(join(again, 'index.html'), html.replace('</head>', '<link rel="stylesheet" href="./missing.css"></head>'));
  assert.throws(() => execFileSync('node', [BUILD, again], { env: { ...process.env, TRUNK_PROFILE: 'release' }, stdio: 'pipe' }),
    (e) => /refers to missing\.css/.test(e.stderr.toString()));
  // a debug build gets the kill switch
  execFileSync('node', [BUILD, again], { env: { ...process.env, TRUNK_PROFILE: 'debug' } });
  assert.match(readFileSync(join(again, 'sw.js'), 'utf8'), /registration\.unregister\(\)/);
  // the host headers: pages revalidate, hashed files are immutable, the CSP allows embedding
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  assert.match(headers, /\n\/sw\.js\n {2}Cache-Control: no-cache/);
  assert.match(headers, /\n\/india-russia-trade-[0-9a-f]{12,16}_bg\.wasm\n {2}Cache-Control: public, max-age=31536000, immutable\n {2}Content-Type: application\/wasm/);
  assert.match(headers, /Content-Security-Policy: default-src 'self';.*frame-ancestors \*/);
  rmSync(again, { recursive: true });
});

test('installable: the manifest parses, the icons are real, and Chromium reports no install errors', async () => {
  const server = await serve();
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  await g.page.goto(server.url);
  await ready(g.page);
  const cdp = await g.context.newCDPSession(g.page);
  const { errors, url } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(errors, []);
  assert.equal(url, `${server.url}manifest.webmanifest`);
  const m = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.deepEqual([m.id, m.start_url, m.scope, m.display, m.lang], ['./', './', './', 'standalone', 'en']);
  assert.ok(m.short_name.length <= 12, m.short_name);
  const install = async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors
    .map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  assert.deepEqual(await install(), []);
  // each icon is the size it says; the maskable one is opaque (full bleed)
  for (const icon of m.icons.filter((i) => i.type === 'image/png')) {
    const png = readFileSync(join(DIST, icon.src));
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${w}x${h}`, icon.sizes, icon.src);
    if (icon.purpose === 'maskable') {
      // RGBA rows behind one filter byte each (the generator writes filter 0)
      let idat = Buffer.alloc(0);
      for (let o = 8; o < png.length;) {
        const len = png.readUInt32BE(o);
        if (png.toString('ascii', o + 4, o + 8) === 'IDAT') idat = Buffer.concat([idat, png.subarray(o + 8, o + 8 + len)]);
        o += 12 + len;
      }
      const raw = inflateSync(idat);
      for (let y = 0; y < h; y += 7) {
        assert.equal(raw[y * (w * 4 + 1)], 0, 'filter 0');
        for (let x = 0; x < w; x += 7) assert.equal(raw[y * (w * 4 + 1) + 1 + x * 4 + 3], 255, `opaque at ${x},${y}`);
      }
    }
  }
  g.check();
  await g.context.close();
  // negative control: the same page with a manifest without icons is not installable (in a
  // context without the worker, which would answer the manifest request itself)
  const n = await openPage(browser, server.url.replace(/\/$/, ''));
  await n.page.route('**/manifest.webmanifest', (route) => route.fulfill({
    contentType: 'application/manifest+json',
    body: JSON.stringify({ ...m, icons: [] }),
  }));
  await n.page.goto(server.url);
  await ready(n.page);
  const ncdp = await n.context.newCDPSession(n.page);
  assert.deepEqual((await ncdp.send('Page.getAppManifest')).manifest?.icons ?? [], []);
  const errs = (await ncdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId);
  assert.ok(errs.includes('manifest-missing-suitable-icon'), errs.join());
  await n.context.close();
  await server.close();
});

test('the "ready offline" notice on a phone\'s first visit sits in the page, covering no figure', async () => {
  const server = await serve();
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { serviceWorkers: 'allow', width: 360, height: 640, isMobile: true, hasTouch: true });
  try {
    await g.page.goto(server.url);
    await ready(g.page);
    await g.page.locator('.app-banner', { hasText: 'Ready to work offline' }).waitFor();
    const boxes = await g.page.evaluate(() => {
      const r = (el) => { const b = el.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, left: b.left, right: b.right }; };
      const banner = document.querySelector('.app-banner');
      // everything a reader reads first: the figures, the target bar, the sentence, the ticker
      const figures = [...document.querySelectorAll('.figure, .target, #sentence, .ticker')].filter((e) => e.getClientRects().length);
      return { banner: r(banner), position: getComputedStyle(banner.parentElement).position, figures: figures.map((e) => ({ what: e.className || e.id, ...r(e) })) };
    });
    assert.notEqual(boxes.position, 'fixed');
    const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    assert.deepEqual(boxes.figures.filter((f) => overlaps(f, boxes.banner)).map((f) => f.what), []);
    g.check();
  } finally {
    await g.context.close();
    await server.close();
  }
});

test('offline: after one visit, a reload and a new scenario link open with the right numbers', async () => {
  const server = await serve();
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  await g.page.goto(server.url);
  await ready(g.page);
  await controlled(g.page);
  // the cache holds exactly the build's list; the wasm keeps its type
  const { version, assets } = swAssets(DIST);
  const cached = await g.page.evaluate(async (name) => {
    const cache = await caches.open(name);
    const keys = (await cache.keys()).map((r) => new URL(r.url).pathname);
    const wasm = (await cache.keys()).find((r) => r.url.endsWith('.wasm'));
    return { keys, names: await caches.keys(), type: (await cache.match(wasm)).headers.get('content-type') };
  }, `calc-${version}`);
  assert.deepEqual(cached.names, [`calc-${version}`]);
  assert.deepEqual(cached.keys.sort(), assets.map((a) => `/${a.url.slice(2)}`).sort());
  assert.equal(cached.type, 'application/wasm');
  // the first install says so, once
  await g.page.getByText('Ready to work offline').waitFor();
  // network off: reload, then a scenario link never opened before
  await g.context.setOffline(true);
  const served = [];
  g.page.on('response', (r) => served.push([new URL(r.url()).pathname, r.fromServiceWorker()]));
  await g.page.reload();
  await ready(g.page);
  await sameHeadline(g.page, '');
  await g.page.goto(`${server.url}?oil=-20&growth=15&pin=eaeu_cut%3D50`);
  await ready(g.page);
  await sameHeadline(g.page, 'oil=-20&growth=15');
  // the insight worker starts offline too (its files are in the cache): a move, and its band is
  // the CLI's
  await g.page.getByLabel('EAEU tariff cut on Indian goods', { exact: true }).first().focus();
  await g.page.keyboard.press('ArrowRight');
  await g.page.waitForFunction(() => document.documentElement.dataset.insightWorker === 'answered'
    && !window.insightPending, null, { timeout: 10000 });
  assert.equal(Number(await g.page.getAttribute('[data-figure=probability]', 'data-value')),
    cli(await linkQuery(g.page)).uncertainty.probability_target);
  assert.ok(served.some(([path, sw]) => /insight-worker-[0-9a-f]+_loader\.js$/.test(path) && sw), JSON.stringify(served));
  assert.ok(served.length >= 8 && served.every(([, sw]) => sw), JSON.stringify(served));
  // the server gone altogether: a fresh page in the same browser profile
  await g.context.setOffline(false);
  await server.close();
  const page2 = await g.context.newPage();
  await page2.goto(`${server.url}?eaeu_cut=30&embed=1`);
  await ready(page2);
  await sameHeadline(page2, 'eaeu_cut=30');
  await g.context.close();

  // negative control: without a service worker the same offline reload fails
  const server2 = await serve();
  const n = await openPage(browser, server2.url.replace(/\/$/, ''));
  await n.page.goto(server2.url);
  await ready(n.page);
  await n.context.setOffline(true);
  await assert.rejects(n.page.reload());
  await n.context.close();
  await server2.close();
});

test('offline: an old-vintage link seen once opens again with that vintage\'s numbers; vintages are not pre-cached', async () => {
  const OLD = 'v=1&oil=-10&data=2025-08';
  const { assets } = swAssets(DIST);
  assert.ok(assets.every((a) => !a.url.includes('vintages/')), 'no vintage in the precache list');
  const server = await serve();
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  await g.page.goto(server.url);
  await ready(g.page);
  await controlled(g.page);
  // online, the old link once: its vintage's file is fetched and kept
  await g.page.goto(`${server.url}?${OLD}`);
  await ready(g.page);
  await sameHeadline(g.page, OLD);
  const kept = await g.page.evaluate(async () => (await (await caches.open('data-vintages')).keys()).map((r) => new URL(r.url).pathname));
  assert.deepEqual(kept, ['/vintages/2025-08/baseline.txt']);
  // the server gone: a fresh page in the same profile opens the old link on its own data
  await server.close();
  await g.context.setOffline(true);
  const page2 = await g.context.newPage();
  await page2.goto(`${server.url}?${OLD}&name=Again`);
  await ready(page2);
  await sameHeadline(page2, OLD);
  assert.equal(await page2.locator('.vintage-line').count(), 1);
  await g.context.close();

  // negative control: a vintage never fetched cannot be had offline: the page says so, on the latest data
  const server3 = await serve();
  const n = await openPage(browser, server3.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  await n.page.goto(server3.url);
  await ready(n.page);
  await controlled(n.page);
  await n.context.setOffline(true);
  await n.page.goto(`${server3.url}?${OLD}`);
  await ready(n.page);
  assert.match(await n.page.textContent('.notice'), /made with the data of August\s2025, which could not be loaded/);
  await sameHeadline(n.page, 'v=1&oil=-10');
  await n.context.close();
  await server3.close();
});

test('under a sub-path (https://host/some/dir/): installs, caches and works offline there', async () => {
  const root = mkdtempSync(join(tmpdir(), 'calc-site-'));
  cpSync(DIST, join(root, 'tools', 'india-russia'), { recursive: true });
  const server = await serve(root);
  const base = `${server.url}tools/india-russia/`;
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  await g.page.goto(`${base}?growth=20`);
  await ready(g.page);
  await controlled(g.page);
  assert.equal(await g.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), base);
  const cdp = await g.context.newCDPSession(g.page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, []);
  assert.equal(manifest.url, `${base}manifest.webmanifest`);
  assert.equal(new URL(JSON.parse(manifest.data).start_url, manifest.url).href, base);
  await g.context.setOffline(true);
  await g.page.goto(`${base}?oil=-30`);
  await ready(g.page);
  await sameHeadline(g.page, 'oil=-30');
  assert.equal(new URL(g.page.url()).pathname, '/tools/india-russia/');
  g.check();
  await g.context.close();
  await server.close();
  rmSync(root, { recursive: true });
});

test('a new deploy never breaks an open page: it keeps its build until the reader reloads', async () => {
  const server = await serve();
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  await g.page.goto(`${server.url}?growth=12`);
  await ready(g.page);
  await controlled(g.page);
  const a = swAssets(DIST);
  const files = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  const aFiles = new Set(a.assets.map((x) => `/${x.url.slice(2)}`));
  // deploy B while the page is open
  const bDir = otherBuild('B');
  const b = swAssets(bDir);
  server.setRoot(bDir);
  await g.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await g.page.getByText('A new version of the calculator is available.').waitFor({ timeout: 20000 });
  // the open page still runs A, moves, and asks for nothing of B
  await g.page.locator('#lever-oil').focus();
  await g.page.keyboard.press('ArrowLeft');
  await sameHeadline(g.page, 'oil=-1&growth=12');
  assert.ok((await files(g.page)).every((f) => !f.startsWith('/india') || aFiles.has(f)), 'only A files');
  assert.equal(await g.page.locator('meta[name=build]').count(), 0);
  const waiting = await g.page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting);
  assert.ok(waiting, 'B waits for the reader');
  // the reader agrees: B, with the scenario they had
  // B's own document (not 'framenavigated', which the address bar's own writes also fire; the
  // worker's hand-over can take a while on a loaded machine)
  await g.page.getByRole('button', { name: 'Reload' }).click();
  await g.page.waitForSelector('meta[name=build][content=B]', { state: 'attached', timeout: 60000 });
  await ready(g.page);
  assert.equal(await g.page.getAttribute('meta[name=build]', 'content'), 'B');
  assert.equal(await linkQuery(g.page), 'v=1&oil=-1&growth=12&data=2026-07');
  await sameHeadline(g.page, 'oil=-1&growth=12');
  const bFiles = new Set(b.assets.map((x) => `/${x.url.slice(2)}`));
  assert.ok((await files(g.page)).filter((f) => f.startsWith('/india')).every((f) => bFiles.has(f)), 'only B files');
  await g.page.waitForFunction((v) => caches.keys().then((k) => k.join() === `calc-${v}`), b.version);
  g.check();
  await g.context.close();

  // a reader who ignores the banner gets B on the next visit, once every tab of A is closed
  server.setRoot(DIST);
  const h = await openPage(browser, server.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  await h.page.goto(server.url);
  await ready(h.page);
  await controlled(h.page);
  server.setRoot(bDir);
  await h.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await h.page.getByText('A new version of the calculator is available.').waitFor({ timeout: 20000 });
  await h.page.close();
  const next = await h.context.newPage();
  await next.goto(server.url);
  await ready(next);
  // the waiting worker takes over once no page of A is left; a second visit is served by B
  await next.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active
    && !(await navigator.serviceWorker.getRegistration()).waiting, null, { timeout: 20000 });
  await next.reload();
  await ready(next);
  assert.equal(await next.getAttribute('meta[name=build]', 'content'), 'B');
  await h.context.close();
  await server.close();
  rmSync(bDir, { recursive: true });
});

test('embeds and refusing browsers: no worker, no error, the page works as before', async () => {
  const server = await serve(DIST, {});
  const port = new URL(server.url).port;
  const framed = `http://localhost:${port}/?embed=1&chart=balance`;
  const host = await serve(DIST, {
    '/host.html': `<!doctype html><title>host</title><link rel="icon" href="data:,"><iframe src="${framed}" width="400" height="600"></iframe>
      <iframe sandbox="allow-scripts allow-same-origin" src="${framed}" width="400" height="600"></iframe>`,
  });
  // a top-level embed: renders, registers nothing
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  // every call to register, counted (the page registers as it starts, before it is built)
  await g.context.addInitScript(() => {
    window.registerCalls = 0;
    const sw = navigator.serviceWorker;
    const register = sw.register.bind(sw);
    sw.register = (...a) => { window.registerCalls++; return register(...a); };
  });
  await g.page.goto(`${server.url}?embed=1`);
  await ready(g.page);
  assert.equal(await g.page.evaluate(() => window.registerCalls), 0);
  assert.equal(await g.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  // the same counter on the full page sees the registration (the count above can see one)
  await g.page.goto(server.url);
  await ready(g.page);
  assert.equal(await g.page.evaluate(() => window.registerCalls), 1);
  g.check();
  await g.context.close();
  // cross-site frames, one of them sandboxed
  const f = await openPage(browser, host.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  const errors = [];
  f.page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await f.page.goto(`${host.url}host.html`);
  for (const frame of f.page.frames().filter((fr) => fr.url().startsWith('http://localhost'))) {
    await frame.waitForSelector('#chart-balance', { timeout: 15000 });
  }
  assert.equal(f.page.frames().filter((fr) => fr.url().startsWith('http://localhost')).length, 2);
  // a cross-site frame may not even look (Chromium: "The user denied permission"); where it may,
  // there is nothing registered
  for (const frame of f.page.frames().filter((fr) => fr.url().startsWith('http://localhost'))) {
    const regs = await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length, (e) => e.name));
    assert.ok(regs === 0 || regs === 'NotSupportedError', String(regs));
  }
  assert.deepEqual(errors, []);
  await f.context.close();
  // a browser whose serviceWorker getter throws (Firefox with some cookie settings)
  const t = await openPage(browser, server.url.replace(/\/$/, ''), { serviceWorkers: 'allow' });
  await t.context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'serviceWorker', {
    get() { throw new DOMException('blocked', 'SecurityError'); },
  }));
  await t.page.goto(server.url);
  await ready(t.page);
  await sameHeadline(t.page, '');
  t.check();
  await t.context.close();
  await host.close();
  await server.close();
});
