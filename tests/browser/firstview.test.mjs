// The first view: before the WebAssembly has loaded, the page already shows the default
// scenario's headline, figures and sentence (written into index.html at build time by the core),
// equal to the command line; when the app starts it takes their place without moving anything
// (no layout shift). A link with a scenario, or a reader whose browser prefers Hindi or Russian,
// sees a neutral placeholder instead of numbers that are not theirs; embeds do not show it. And
// as the rest of the page, or an embed, comes in part by part, nothing on screen moves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, cli, ready, headline, DIST, SHOTS } from './harness.mjs';
import { settled } from './fit.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });
const origin = () => server.url.replace(/\/$/, '');

/** A page whose wasm is held back until `release()`: what a reader sees while it downloads. */
async function held(query = '', opts = {}) {
  const g = await openPage(browser, origin(), opts);
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await g.page.route(/_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  await g.page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await g.page.goto(`${server.url}${query}`, { waitUntil: 'domcontentloaded' });
  return { ...g, release };
}
const boxes = (page) => page.$$eval('h1, .sentence, .figure-value, .target-bar, .probability, .locale', (els) =>
  els.map((e) => { const r = e.getBoundingClientRect(); return `${e.className || e.tagName} ${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`; }));

test('the built page\'s descriptions carry the data\'s figures (the target, the base year\'s trade), as the command line gives them', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = (re) => re.exec(html)?.[1].replace(/\u00a0/g, ' ');
  const description = meta(/<meta name="description" content="([^"]*)"/);
  const preview = meta(/<meta property="og:description" content="([^"]*)"/);
  const j = cli('');
  const base = j.years.indexOf(j.base_year);
  const bn = (v) => `US$ ${v.toFixed(1)} bn`;
  assert.ok(description.includes(`US$ ${j.projection.headline.target} bn target`), description);
  assert.ok(preview.includes(`In ${j.base_year} India bought ${bn(j.projection.imports.total[base])} of goods from Russia and sold it ${bn(j.projection.exports.total[base])}.`), preview);
  assert.ok(preview.includes(`US$ ${j.projection.headline.target} bn target to ${j.projection.headline.year}`), preview);
});

test('the built page carries the default scenario\'s figures and sentence, equal to the command line', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const view = /<main class="page first-view" id="first-view"[^]*?<\/main>/.exec(html)?.[0];
  assert.ok(view, 'index.html has the first view');
  const j = cli('').projection.headline;
  const value = (k) => Number(new RegExp(`data-figure="${k}"><p class="figure-label">[^<]*</p><p class="figure-value" data-value="([^"]+)"`).exec(view)?.[1]);
  assert.equal(value('exports'), j.exports);
  assert.equal(value('imports'), j.imports);
  assert.equal(value('balance'), j.balance);
  assert.equal(value('total'), j.total_trade);
  assert.doesNotMatch(view, /NaN|undefined|Infinity/);
});

for (const [name, opts] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]]) {
  test(`${name}: the first view shows before the wasm, and the app replaces it with no layout shift`, async () => {
    const g = await held('', opts);
    await g.page.waitForSelector('#first-view');
    // the numbers are readable while the wasm is still on its way
    assert.equal(await g.page.evaluate(() => document.documentElement.className), '');
    const sentence = await g.page.textContent('#first-view .sentence');
    assert.match(sentence, /US\$\s[\d.]+\sbn/);
    const figure = await g.page.textContent('#first-view [data-figure=balance] .figure-value');
    // a deficit is named by the card's label, never a sign on the amount
    assert.match(figure, /^US\$\s[\d.]+\sbn$/);
    assert.match(await g.page.textContent('#first-view [data-figure=balance] .figure-label'), /deficit/i);
    assert.notEqual(await g.page.$eval('#first-view .figure-value', (e) => getComputedStyle(e).color), 'rgba(0, 0, 0, 0)');
    await g.page.screenshot({ path: join(SHOTS, `first-view-${name}.png`) });
    const before = await boxes(g.page);
    g.release();
    await ready(g.page);
    await g.page.evaluate(settled);
    // the app says the same, in the same places
    assert.equal(await g.page.textContent('.sentence'), sentence);
    assert.equal(await g.page.textContent('[data-figure=balance] .figure-value'), figure);
    assert.deepEqual(await boxes(g.page), before);
    assert.deepEqual(await g.page.evaluate(() => window.shifts), [], 'no layout shift');
    assert.deepEqual(await headline(g.page), (({ exports, imports, balance, total_trade: total }) => ({ exports, imports, balance, total }))(cli('').projection.headline));
    g.check();
    await g.context.close();
  });
}

/** The markup of the parts the first view draws, under `root`: each element's tag, classes,
 * `data-figure` and own words, with its children, in order. */
const markup = (page, root) => page.evaluate((root) => {
  const walk = (e) => ({
    tag: e.tagName.toLowerCase(),
    classes: [...e.classList].sort().join(' '),
    figure: e.dataset.figure || '',
    words: [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim(),
    children: [...e.children].map(walk),
  });
  const parts = ['.masthead', '.summary > .sentence', '.summary > .trends-note', '.summary > h2', '.summary > .headline', '.summary > .target', '.summary > .probability'];
  return Object.fromEntries(parts.map((sel) => [sel, [...document.querySelectorAll(`${root} ${sel}`)].map(walk)]));
}, root);

// first_view.rs writes the page's markup again (its elements and classes are the app's, so that
// the swap moves nothing): this fails when the two part, whichever side changes
test('the first view is the app\'s own markup: the same elements, classes, figures and words', async () => {
  const g = await held('', { width: 1280, height: 900 });
  await g.page.waitForSelector('#first-view');
  const first = await markup(g.page, '#first-view');
  for (const [part, found] of Object.entries(first)) assert.equal(found.length, 1, `the first view has one ${part}`);
  g.release();
  await ready(g.page);
  await g.page.evaluate(settled);
  const app = await markup(g.page, 'main.page');
  for (const part of Object.keys(first)) assert.deepEqual(app[part], first[part], part);
  g.check();
  await g.context.close();
});

test('a scenario link, or a browser preferring Hindi, waits for its own numbers; embeds skip the first view', async () => {
  // data= naming the newest vintage (every link the page writes) shows the first view; an older one waits
  for (const [query, opts] of [['?oil=-50', {}], ['?lang=ru', {}], ['', { locale: 'hi-IN' }], ['?theme=dark', { locale: 'en-IN' }], ['?v=1&data=2026-07', { locale: 'en-IN' }], ['?data=2025-08', { locale: 'en-IN' }]]) {
    const g = await held(query, opts);
    await g.page.waitForSelector('#first-view');
    const waits = !['?theme=dark', '?v=1&data=2026-07'].includes(query);
    assert.equal(await g.page.evaluate(() => document.documentElement.classList.contains('first-view-waits')), waits, query || opts.locale);
    // waiting: the figures' text is not shown (a placeholder bar), so no wrong number is read
    const color = await g.page.$eval('#first-view .figure-value', (e) => getComputedStyle(e).color);
    assert.equal(color === 'rgba(0, 0, 0, 0)', waits, `${query}: ${color}`);
    if (query === '?oil=-50') await g.page.screenshot({ path: join(SHOTS, 'first-view-waiting.png') });
    g.release();
    await ready(g.page);
    if (query === '?oil=-50') {
      const h = await headline(g.page);
      assert.equal(h.balance, cli('oil=-50').projection.headline.balance);
    }
    g.check();
    await g.context.close();
  }
  const e = await held('?embed=1&chart=total');
  await e.page.waitForSelector('#first-view', { state: 'attached' });
  assert.equal(await e.page.isVisible('#first-view'), false);
  e.release();
  await e.page.waitForSelector('#chart-total');
  e.check();
  await e.context.close();
});

test('built part by part, the page and its embeds never move what is already shown', async () => {
  // each part comes in its own task: none may push, narrow or resize one that is on screen
  for (const query of ['', '?embed=1', '?embed=1&chart=total&controls=0', '?embed=1&chart=moved', '?embed=1&levers=oil,growth']) {
    for (const opts of [{ width: 1280, height: 900 }, { width: 1900, height: 1000 }, { width: 360, height: 740 }]) {
      const g = await held(query, opts);
      g.release();
      await g.page.waitForFunction(() => document.documentElement.hasAttribute('data-built') && !document.getElementById('first-view'));
      await g.page.evaluate(settled);
      assert.deepEqual(await g.page.evaluate(() => window.shifts), [], `layout shifts for ${query || 'the page'} at ${opts.width} px`);
      g.check();
      await g.context.close();
    }
  }
});

test('the first view skips an embed exactly when the page builds one (the link codec\'s rules, from the core)', async () => {
  for (const query of ['?embed', '?embed=yes', '?embed=true', '?embed=FALSE', '?embed=True', '?embed=1&embed=0', '?embed=0&embed=1', '?embed=0', '?%65mbed=1', '?theme=dark&embed=false']) {
    const g = await held(query);
    await g.page.waitForSelector('#first-view', { state: 'attached' });
    const off = await g.page.evaluate(() => document.documentElement.classList.contains('first-view-off'));
    g.release();
    await ready(g.page);
    const embed = await g.page.evaluate(() => !!document.querySelector('main.embed'));
    assert.equal(off, embed, `${query}: the first view ${off ? 'skipped' : 'shown'}, the page ${embed ? 'an embed' : 'the full page'}`);
    g.check();
    await g.context.close();
  }
});
