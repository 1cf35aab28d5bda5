// Firefox and WebKit for the core journeys (engines.test.mjs), one small driver each with the same
// methods, so a journey is written once:
//   Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (headless).
//   WebKit: Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver (plain W3C WebDriver calls)
//   under a virtual X display (Xvfb). Its window does not go below about 450 px.
// Each page records its errors in the page itself (uncaught errors, rejected promises, console
// errors, CSP violations): neither driver passes every console message on.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { settled } from './fit.mjs';

/** Run in each page before its scripts (Firefox) or right after it loads (WebKit). */
export const GUARD = `(() => {
  if (window.__problems) return;
  window.__problems = [];
  const note = (m) => window.__problems.push(String(m));
  addEventListener('error', (e) => note('error: ' + (e.message || e.target?.src || e.type)), true);
  addEventListener('unhandledrejection', (e) => note('rejection: ' + (e.reason?.message || e.reason)));
  addEventListener('securitypolicyviolation', (e) => note('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
  const error = console.error.bind(console);
  console.error = (...a) => { note('console error: ' + a.join(' ')); error(...a); };
  // downloads: keep what the page saves (the bytes a reader gets), by name; the blob is read
  // directly (fetching its URL would be a request the page's CSP rightly refuses)
  window.__downloads = {};
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = (b) => { const u = create(b); blobs.set(u, b); return u; };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download && blobs.has(this.href)) {
      window.__downloads[this.download] = blobs.get(this.href).text();
      return;
    }
    return click.call(this);
  };
})();`;

const freePort = () => new Promise((ok) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Methods every driver's page has, built on evaluate. */
function common(page) {
  return Object.assign(page, {
    /** Poll `fn` in the page until it returns something truthy. */
    async waitFor(fn, arg, { timeout = 40000, what = 'a condition' } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const v = await page.evaluate(fn, arg).catch(() => null);
        if (v) return v;
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await sleep(50);
      }
    },
    /** The calculator built (the wasm loaded, every part in). */
    async ready() {
      try {
        return await page.waitFor(() => !document.getElementById('first-view')
          && document.querySelector('[data-figure=balance] .figure-value')
          && document.documentElement.hasAttribute('data-built'), null, { what: 'the page to be built' });
      } catch (e) {
        const seen = await page.evaluate(() => ({
          url: location.href,
          state: document.readyState,
          firstView: Boolean(document.getElementById('first-view')),
          built: document.documentElement.hasAttribute('data-built'),
          wasm: Boolean(window.wasmBindings),
          controlled: Boolean(navigator.serviceWorker?.controller),
          problems: window.__problems,
        })).catch((x) => String(x));
        throw new Error(`${e.message}: ${JSON.stringify(seen)}`);
      }
    },
    /** The exact headline figures (data-value), with the figures in view. */
    async headline() {
      await page.evaluate(() => document.querySelector('.headline').scrollIntoView());
      await page.evaluate(settled);
      return page.evaluate(() => Object.fromEntries(['exports', 'imports', 'balance', 'total']
        .map((k) => [k, Number(document.querySelector(`[data-figure=${k}] .figure-value`).dataset.value)])));
    },
    /** The link's query once the address bar is written. */
    async query() {
      await page.waitFor(() => !window.pendingLink, null, { what: 'the address bar' });
      return page.evaluate(() => location.search.slice(1));
    },
    /** What the page recorded as going wrong. */
    problems() {
      return page.evaluate(() => window.__problems || ['the error guard is missing']);
    },
  });
}

/** Firefox ESR, headless, over WebDriver BiDi. */
export async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false },
  });
  return {
    name: 'Firefox',
    minWidth: 360,
    async open(url, { width = 1280, height = 900 } = {}) {
      const p = await browser.newPage();
      await p.setViewport({ width, height });
      await p.evaluateOnNewDocument(GUARD);
      const page = common({
        evaluate: (fn, arg) => p.evaluate(fn, arg),
        /** `evaluate` in the page's first frame (of any origin, sandboxed or not). */
        async inFrame(fn, arg) {
          const f = p.mainFrame().childFrames()[0];
          if (!f) throw new Error('no frame in the page');
          return f.evaluate(fn, arg);
        },
        screenshot: () => p.screenshot({ fullPage: false }),
        async goto(u) { await p.goto(u); },
        async focus(sel) { await p.focus(sel); },
        async press(key) { await p.keyboard.press(key); },
        close: () => p.close(),
      });
      await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}

const KEYS = { ArrowRight: '\uE014', ArrowLeft: '\uE012', Home: '\uE011', End: '\uE010', Enter: '\uE007', Tab: '\uE004' };

/** WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual display. */
export async function webkit() {
  const display = `:${90 + Math.floor(Math.random() * 100)}`;
  // each in a process group of its own, killed whole (MiniBrowser is the driver's child) on close
  // and when this process exits, also after a test's timeout, which never reaches `close`
  const xvfb = spawn('Xvfb', [display, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: 'ignore', detached: true });
  const port = await freePort();
  // WebKitGTK 2.50's WebAssembly JIT tiers (BBQ, OMG) now and then compile one of the page's
  // closures wrongly: "RuntimeError: Out of bounds memory access" in a wasm-bindgen closure
  // trampoline, during a load, in 6 of 30 runs of these journeys; with the two tiers off (the
  // in-place interpreter runs the same wasm) 0 of 30, and Chromium and Firefox never. The
  // journeys test the page, so they run WebKit without those tiers; WEBKIT_JIT=1 runs them with
  // the JIT, to check a newer WebKitGTK (issue 22's note has the numbers and the report upstream).
  const jit = process.env.WEBKIT_JIT === '1' ? {} : { JSC_useBBQJIT: '0', JSC_useOMGJIT: '0' };
  const driver = spawn(process.env.WEBKIT_DRIVER || 'WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ...jit, DISPLAY: display },
  });
  const stop = () => {
    for (const child of [driver, xvfb]) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }
  };
  process.once('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60000),
    });
    const j = await r.json();
    if (j.value && j.value.error) throw new Error(`WebDriver ${path}: ${j.value.error}: ${j.value.message}`);
    return j.value;
  };
  for (let i = 0; ; i++) {
    try { await call('GET', '/status'); break; } catch (e) { if (i > 100) throw e; await sleep(100); }
  }
  const session = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    },
  });
  const s = `/session/${session.sessionId}`;
  const evaluate = async (fn, arg) => {
    const script = `return Promise.resolve((${fn}).apply(null, arguments)).then((v) => v === undefined ? null : v);`;
    return call('POST', `${s}/execute/async`, {
      script: `const done = arguments[arguments.length - 1]; (function () { ${script} }).apply(null, Array.prototype.slice.call(arguments, 0, -1)).then(done, (e) => done({ __error: String(e) }));`,
      args: arg === undefined ? [] : [arg],
    }).then((v) => {
      if (v && v.__error) throw new Error(v.__error);
      return v;
    });
  };
  const page = common({
    evaluate,
    /** `evaluate` in the page's first frame (of any origin, sandboxed or not): WebDriver enters it. */
    async inFrame(fn, arg) {
      await call('POST', `${s}/frame`, { id: 0 });
      try {
        return await evaluate(fn, arg);
      } finally {
        await call('POST', `${s}/frame/parent`, {});
      }
    },
    async goto(u) {
      // mark the document being left, so that the guard goes into the new one, once loaded
      await evaluate(() => { window.__leaving = true; }).catch(() => {});
      await call('POST', `${s}/url`, { url: u });
      for (let i = 0; i < 200; i++) {
        const here = await evaluate(() => !window.__leaving && document.readyState === 'complete').catch(() => false);
        if (here) break;
        await sleep(50);
      }
      await evaluate(new Function(GUARD)); // eslint-disable-line no-new-func
    },
    async focus(sel) { await evaluate((q) => document.querySelector(q).focus(), sel); },
    async screenshot() { return Buffer.from(await call('GET', `${s}/screenshot`), 'base64'); },
    async press(key) {
      const value = KEYS[key] || key;
      await call('POST', `${s}/actions`, {
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
      });
    },
    async close() {},
  });
  return {
    name: 'WebKit',
    // MiniBrowser's window does not go narrower
    minWidth: 450,
    async open(url, { width = 1280, height = 900 } = {}) {
      await call('POST', `${s}/window/rect`, { width, height }).catch(() => {});
      await page.goto(url);
      return page;
    },
    async close() {
      await call('DELETE', s).catch(() => {});
      stop();
      process.off('exit', stop);
    },
  };
}
