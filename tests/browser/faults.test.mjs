// Faults injected one at a time, as hosts, browsers and bugs cause them: the page must never
// freeze or go blank without a word. Each test fails on a build without the defence it checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, ready, cli, DIST } from './harness.mjs';
import { firefox, webkit, GUARD } from './engines.mjs';

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

// The worker's files, as the build names them (its loader in <meta name="insight-worker">).
const workerFiles = () => {
  const loader = /<meta name="insight-worker" content="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))[1];
  const js = /importScripts\("\.\/([^"]+)"\)/.exec(readFileSync(join(DIST, loader), 'utf8'))[1];
  return { loader, js, wasm: js.replace(/\.js$/, '_bg.wasm') };
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATIENCE_MS = 4000; // src/offload.rs: the watchdog for a worker that never answers

// A worker that fails as `inject` makes it (after the page is built, at the first move): the main
// thread computes that move at once, well before the watchdog would give up on the worker, and
// every move after; no error but the injected one (`expected`), no fault message.
async function workerFails(inject, expected) {
  const g = await openPage(browser, origin());
  const errors = [];
  g.page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  g.page.on('pageerror', (e) => errors.push(e.message));
  await inject(g);
  await g.page.goto(`${server.url}?oil=-10`);
  await ready(g.page);
  const start = Date.now();
  await g.page.locator('#lever-oil').fill('-20');
  await g.page.waitForFunction(() => document.documentElement.dataset.insightWorker === 'failed', null, { timeout: PATIENCE_MS + 3000 });
  const took = Date.now() - start;
  assert.ok(took < PATIENCE_MS - 1000, `the worker was given up after ${took} ms: the fault was not heard, the watchdog (${PATIENCE_MS} ms) did it`);
  await g.page.waitForFunction(() => !window.insightPending && !window.pendingLink);
  // the page goes on: further moves, computed here, equal the command line (figures and band)
  for (const oil of ['-30', '-5']) {
    await g.page.locator('#lever-oil').fill(oil);
    await g.page.waitForFunction(() => !window.insightPending && !window.pendingLink);
    const j = cli(`oil=${oil}`);
    assert.equal(Number(await g.page.getAttribute('[data-figure=balance] .figure-value', 'data-value')), j.projection.headline.balance, oil);
    assert.equal(Number(await g.page.getAttribute('[data-figure=probability]', 'data-value')), j.uncertainty.probability_target, oil);
  }
  assert.equal(await g.page.evaluate(() => document.documentElement.dataset.insightWorker), 'failed', 'no worker came back');
  assert.equal(await g.page.locator('#fault, #boot-fault > *').count(), 0, 'no fault message');
  assert.deepEqual(errors.filter((e) => !expected.test(e)), [], 'no error but the injected one');
  await g.context.close();
  return took;
}

for (const [what, file] of [['script', 'js'], ['WebAssembly', 'wasm']]) {
  test(`the worker's ${what} does not load (404): the main thread computes at once, and from then on`, async () => {
    const name = workerFiles()[file];
    const took = await workerFails(
      (g) => g.context.route(new RegExp(`/${escape(name)}$`), (r) => r.fulfill({ status: 404, body: 'not found' })),
      /404|NetworkError|importScripts|Failed to fetch|failed to load|WebAssembly/i,
    );
    console.log(`the worker's ${what} at 404: given up after ${took} ms`);
  });
}

test('an error inside the worker as it starts: the main thread computes at once', async () => {
  const took = await workerFails(
    (g) => g.context.route(new RegExp(`/${escape(workerFiles().js)}$`), (r) => r.fulfill({
      status: 200, contentType: 'text/javascript', body: "throw new Error('a fault injected in the worker');",
    })),
    /a fault injected in the worker/,
  );
  console.log(`an error as the worker starts: given up after ${took} ms`);
});

test('an error inside the worker on a job (its error event): the main thread computes at once', async () => {
  const took = await workerFails(
    (g) => g.context.route(new RegExp(`/${escape(workerFiles().js)}$`), async (r) => {
      const real = await r.fetch();
      await r.fulfill({
        response: real,
        body: `${await real.text()}\naddEventListener('message', () => { throw new Error('a fault injected in the worker'); });`,
      });
    }),
    /a fault injected in the worker/,
  );
  console.log(`an error on a job: given up after ${took} ms`);
});

test('a message from the worker that cannot be read (messageerror): the main thread computes at once', async () => {
  const took = await workerFails(
    // the browser fails to deserialize the worker's first message: it fires messageerror instead
    (g) => g.context.addInitScript(() => {
      const Native = window.Worker;
      window.Worker = class Worker extends Native {
        constructor(...args) {
          super(...args);
          this.addEventListener('message', (e) => {
            e.stopImmediatePropagation();
            this.dispatchEvent(new MessageEvent('messageerror'));
          }, { once: true });
        }
      };
    }),
    /^$/,
  );
  console.log(`a messageerror: given up after ${took} ms`);
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

// The sandboxed embed in Firefox (puppeteer-core, WebDriver BiDi) and WebKit (WebKitWebDriver), as
// engines.test.mjs drives them (ENGINES=firefox,webkit; WebKit with its wasm JIT off, as there).
// Both drivers enter a frame of another origin, so the test reads the embed itself. The embed's
// index.html is served with the engines' error recorder as its first script (WebKit's driver
// could only add it after the load), so that an error while it starts is seen too. On the build
// before it (main at 6755f68) WebKit failed here: its CSP refused the embed's own module script
// ('self' matches nothing in a sandboxed frame), and the embed said it could not start; Firefox
// passed there too, and the test stays as its guard. ENGINES=firefox or ENGINES=webkit runs one;
// DIST_DIR=<another build's dist> runs these tests against another build.
const ENGINES = (process.env.ENGINES || 'firefox,webkit').split(',');
for (const engine of [firefox, webkit].filter((e) => ENGINES.includes(e.name))) {
  const name = engine.name === 'firefox' ? 'Firefox' : 'WebKit';
  test(`${name}: an embed in a sandboxed frame of another origin (scripts only) shows its link's figures, moves, and says nothing`, { timeout: 240000 }, async () => {
    const index = readFileSync(join(DIST, 'index.html'), 'utf8').replace('<head>', `<head><script>${GUARD}</script>`);
    const app = await serve(DIST, { '/': index });
    const src = `${app.url}?oil=-10&embed=1&chart=balance`;
    // the host hears the embed's height (its one message to the host) and writes it in its own page
    const host = await serve(DIST, {
      '/article.html': `<!doctype html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>
        <h1>An article</h1><p id="heard"></p>
        <iframe sandbox="allow-scripts" src="${src.replace(/&/g, '&amp;')}" width="600" height="700" title="Calculator"></iframe>
        <script>addEventListener('message', (e) => {
          const h = e.data && e.data['datawrapper-height'];
          if (h && typeof h['india-russia-trade'] === 'number') document.getElementById('heard').textContent = h['india-russia-trade'];
        });</script></body></html>`,
    });
    const b = await engine();
    try {
      assert.notEqual(new URL(host.url).origin, new URL(app.url).origin, 'the host is another origin');
      const page = await b.open(`${host.url}article.html`);
      const inside = () => page.inFrame(() => ({
        origin: self.origin,
        built: document.documentElement.hasAttribute('data-built'),
        headline: document.querySelector('#chart-balance h3')?.textContent ?? null,
        fault: [...document.querySelectorAll('#fault, #boot-fault > *')].map((e) => e.textContent),
        problems: window.__problems ?? ['the error guard is missing'],
        pending: Boolean(window.pendingLink || window.insightPending),
      }));
      let seen;
      const end = Date.now() + 60000;
      do {
        seen = await inside().catch((e) => ({ error: String(e) }));
        if ((seen.built && !seen.pending) || seen.fault?.length) break;
        await new Promise((r) => setTimeout(r, 200));
      } while (Date.now() < end);
      assert.equal(seen.origin, 'null', `the frame's origin is opaque: ${JSON.stringify(seen)}`);
      assert.deepEqual(seen.fault, [], 'no fault message');
      assert.ok(seen.built, `the embed is built: ${JSON.stringify(seen)}`);
      const deficit = (q) => Math.abs(cli(q).projection.balance.at(-1)).toFixed(1);
      assert.equal(seen.headline, `India's deficit with Russia projected to narrow to US$\u00a0${deficit('oil=-10')}\u00a0bn by FY2030-31`);
      // a lever moved in the embed: its figures follow (the worker cannot start from an opaque origin)
      await page.inFrame(() => {
        const lever = document.getElementById('lever-oil');
        lever.value = '-30';
        lever.dispatchEvent(new Event('input', { bubbles: true }));
        lever.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.waitFor(() => true);
      const moved = `India's deficit with Russia projected to narrow to US$\u00a0${deficit('oil=-30')}\u00a0bn by FY2030-31`;
      const after = Date.now() + 20000;
      while (Date.now() < after && (seen = await inside()).headline !== moved) await new Promise((r) => setTimeout(r, 200));
      assert.equal(seen.headline, moved, "the moved lever's figures");
      assert.deepEqual(seen.problems, [], `${name}: errors in the embed`);
      assert.deepEqual(await page.problems(), [], `${name}: errors in the host page`);
      assert.ok(Number(await page.evaluate(() => document.getElementById('heard').textContent)) > 0, "the host heard the embed's height");
      // the service worker is not registered from a sandboxed frame (nor its file asked for)
      assert.ok(!app.requests.some((r) => r.startsWith('/sw.js')), `requests: ${app.requests.join(' ')}`);
      await page.close();
    } finally {
      await b.close();
      await host.close();
      await app.close();
    }
  });
}
