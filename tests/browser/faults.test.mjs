// Faults injected one at a time, as hosts, browsers and bugs cause them: the page must never
// freeze or go blank without a word. Each test fails on a build without the defence it checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, cli } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });
const origin = () => server.url.replace(/\/$/, '');

test('a blocked worker (new Worker throws): the first move computes on the main thread, the band equals the command line, nothing stops', async () => {
  const g = await openPage(browser, origin());
  // a host policy or a privacy extension: the constructor exists but refuses
  await g.context.addInitScript(() => {
    window.Worker = function Worker() { throw new DOMException('Workers are blocked here', 'SecurityError'); };
  });
  await g.page.goto(`${server.url}?oil=-10`);
  await ready(g.page);
  await g.page.locator('#lever-oil').fill('-20');
  await g.page.waitForFunction(() => document.documentElement.dataset.insightWorker === 'failed');
  await g.page.waitForFunction(() => !window.insightPending);
  // the page still answers: another move, and the band follows it
  await g.page.locator('#lever-oil').fill('-30');
  await g.page.waitForFunction(() => !window.insightPending && !window.pendingLink);
  const j = cli('oil=-30');
  assert.equal(await g.page.locator('#fault').count(), 0, 'no fault message');
  const balance = Number(await g.page.getAttribute('[data-figure=balance] .figure-value', 'data-value'));
  assert.equal(balance, j.projection.headline.balance);
  g.check();
  await g.context.close();
});

test('a panic: the reader is told, in the page\'s language, with a link that reloads the same scenario', async () => {
  for (const [lang, words] of [['en', 'The calculator stopped'], ['hi', 'कैलकुलेटर रुक गया'], ['ru', 'Калькулятор остановился']]) {
    const g = await openPage(browser, origin());
    const errors = [];
    g.page.on('pageerror', (e) => errors.push(e.message));
    await g.page.goto(`${server.url}?oil=-10&lang=${lang}`);
    await ready(g.page);
    await g.page.evaluate(() => { try { window.wasmBindings.__panicForTests(); } catch (e) { /* the wasm stops here */ } });
    const alert = g.page.locator('#fault[role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), new RegExp(words));
    const reload = await alert.locator('a').first().getAttribute('href');
    assert.equal(reload, `${server.url}?v=1&oil=-10&lang=${lang}&data=2026-07`, "the address bar as it holds the scenario");
    await g.context.close();
  }
  // in an embed, a link to the full calculator too
  const e = await openPage(browser, origin());
  await e.page.goto(`${server.url}?oil=-10&embed=1&chart=balance`);
  await e.page.waitForFunction(() => document.documentElement.hasAttribute('data-built'));
  await e.page.evaluate(() => { try { window.wasmBindings.__panicForTests(); } catch (err) { /* stops */ } });
  await e.page.locator('#fault').waitFor();
  assert.equal(await e.page.locator('#fault a').count(), 2);
  assert.equal(await e.page.locator('#fault a').nth(1).getAttribute('target'), '_blank');
  await e.context.close();
});

test('an embed starts in any frame of another origin: sandboxed (scripts only, or with same origin), lazy, and on a host with a strict CSP of its own', async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const app = `${server.url}?oil=-10&embed=1&chart=balance`;
  const frame = (attrs) => `<iframe ${attrs} src="${app.replace(/&/g, '&amp;')}" width="600" height="700" title="Calculator"></iframe>`;
  const pages = {
    '/scripts.html': frame('sandbox="allow-scripts"'),
    '/same.html': frame('sandbox="allow-scripts allow-same-origin"'),
    '/lazy.html': frame('loading="lazy"'),
    '/csp.html': `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; frame-src ${server.url}; script-src 'none'">${frame('')}`,
  };
  const host = await serve(mkdtempSync(join(tmpdir(), 'host-')), Object.fromEntries(Object.entries(pages).map(([p, f]) => [p, `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,">${f.startsWith('<meta') ? f.slice(0, f.indexOf('>') + 1) : ''}</head><body><h1>An article</h1>${f.startsWith('<meta') ? f.slice(f.indexOf('>') + 1) : f}</body></html>`])));
  try {
    assert.notEqual(new URL(host.url).origin, new URL(server.url).origin, 'the host is another origin');
    for (const path of Object.keys(pages)) {
      const g = await openPage(browser, host.url.replace(/\/$/, ''));
      const errors = [];
      g.page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      g.page.on('pageerror', (e) => errors.push(e.message));
      await g.page.goto(`${host.url}${path.slice(1)}`);
      const f = g.page.frameLocator('iframe');
      await f.locator('#chart-balance h3').waitFor({ timeout: 15000 });
      const deficit = Math.abs(cli('oil=-10').projection.balance.at(-1)).toFixed(1);
      assert.equal(await f.locator('#chart-balance h3').textContent(), `India's deficit with Russia projected to narrow to US$\u00a0${deficit}\u00a0bn by FY2030-31`, path);
      await f.locator('html[data-built]').waitFor();
      assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), [], `${path}: ${errors.join('\n')}`);
      await g.context.close();
    }
  } finally {
    await host.close();
  }
});

test('the WebAssembly fails to load: the reader is told in the link\'s language, with a reload link (and in an embed one to the full page); placeholders are hidden from screen readers meanwhile', async () => {
  for (const [query, words, full] of [
    ['?oil=-10', /could not start in this browser/, false],
    ['?oil=-10&lang=hi', /कैलकुलेटर इस ब्राउज़र में शुरू नहीं हो सका/, false],
    ['?oil=-10&lang=ru&embed=1&chart=balance', /Калькулятор не смог запуститься/, true],
  ]) {
    const g = await openPage(browser, origin());
    await g.page.route(/india-russia-trade-[0-9a-f]+_bg\.wasm$/, (r) => r.abort());
    await g.page.goto(`${server.url}${query}`);
    const alert = g.page.locator('#boot-fault[role=alert]');
    await alert.locator('p').first().waitFor();
    assert.match(await alert.textContent(), words, query);
    assert.equal(await alert.locator('a.reload').getAttribute('href'), `${server.url}${query}`);
    assert.equal(await alert.locator('a.full').count(), full ? 1 : 0, query);
    if (full) assert.equal(await alert.locator('a.full').getAttribute('href'), '/?oil=-10&lang=ru&chart=balance');
    await g.context.close();
  }
  // while the WebAssembly loads, a link to another scenario shows placeholders that screen
  // readers skip (not the default scenario's figures); the default link's first view is read
  for (const [query, hidden] of [['?oil=-10', 'true'], ['', null]]) {
    const g = await openPage(browser, origin());
    await g.page.route(/india-russia-trade-[0-9a-f]+_bg\.wasm$/, () => { /* never answered */ });
    await g.page.goto(`${server.url}${query}`);
    await g.page.locator('#first-view').waitFor({ state: 'attached' });
    assert.equal(await g.page.getAttribute('#first-view', 'aria-hidden'), hidden, query || 'default');
    await g.context.close();
  }
});

test('storage blocked (private modes, third-party frames): the page works and says nothing; the service worker is simply not there', async () => {
  const g = await openPage(browser, origin(), { serviceWorkers: 'allow' });
  await g.context.addInitScript(() => {
    const refuse = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) {
      Object.defineProperty(window, name, { get: refuse, configurable: true });
    }
    Object.defineProperty(navigator, 'serviceWorker', { get: refuse, configurable: true });
  });
  await g.page.goto(`${server.url}?oil=-10`);
  await ready(g.page);
  await g.page.locator('#lever-oil').fill('-20');
  await g.page.waitForFunction(() => !window.pendingLink);
  const balance = Number(await g.page.getAttribute('[data-figure=balance] .figure-value', 'data-value'));
  assert.equal(balance, cli('oil=-20').projection.headline.balance);
  assert.equal(await g.page.locator('#fault, #boot-fault > *').count(), 0);
  g.check();
  await g.context.close();
});
