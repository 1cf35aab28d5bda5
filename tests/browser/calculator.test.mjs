// The calculator as a visitor uses it: load it, move each slider by keyboard and by value, read
// the numbers, compare them with the command-line twin, and look at it on a phone and a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, cli, cliLeverKeys, ready, headline, SHOTS, linkQuery, openFold } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

const origin = () => server.url.replace(/\/$/, '');

/** Where every slider and headline figure sits: must not move while a slider is dragged. */
const layout = (page) => page.$$eval('input[type=range], .figure', (els) =>
  els.map((e) => { const r = e.getBoundingClientRect(); return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(); }));

/** The year table: each row's year, kind and exact values (null where no figure was published). */
const yearRows = (page) => page.$$eval('#year-table tbody tr', (trs) => trs.map((tr) => ({
  year: tr.querySelector('th').textContent,
  kind: tr.dataset.kind,
  values: [...tr.querySelectorAll('td:not(.kind)')]
    .map((td) => (td.dataset.value === undefined ? null : Number(td.dataset.value))),
})));

/** The page's headline must equal the CLI's `projection.headline` for the same query, exactly. */
function assertSameAsCli(h, query) {
  const j = cli(query).projection.headline;
  assert.equal(h.exports, j.exports, `exports for ${query}`);
  assert.equal(h.imports, j.imports, `imports for ${query}`);
  assert.equal(h.balance, j.balance, `balance for ${query}`);
  assert.equal(h.total, j.total_trade, `total for ${query}`);
}

test('loads with the baseline, equal to the command line, with no errors or outside requests', async () => {
  const g = await openPage(browser, origin());
  await g.page.goto(server.url);
  await ready(g.page);
  const h = await headline(g.page);
  assertSameAsCli(h, '');
  await openFold(g.page, 'details.year-fold');
  // the table starts in the past: actual years from FY2017-18, then the projection to FY2030-31
  const rows = await yearRows(g.page);
  assert.equal(rows[0].year, 'FY2017-18');
  assert.equal(rows.at(-1).year, 'FY2030-31');
  assert.deepEqual(rows.filter((r) => r.kind === 'actual').map((r) => r.year).at(-1), 'FY2025-26');
  // FY2025-26, the latest actual year, is the official record (TradeStat): exports 4.49352, imports 55.36956
  const fy26 = rows.find((r) => r.year === 'FY2025-26');
  assert.deepEqual(fy26.values.slice(0, 2), [4.49352, 55.36956]);
  // and equals the command line's (the data file's) figures for that year, and every actual year
  const j = cli('');
  rows.forEach((r, t) => {
    assert.equal(r.year, j.years[t]);
    assert.equal(r.kind === 'actual' ? 'actual' : 'projection', j.kind[t]);
    assert.deepEqual(r.values, [j.projection.exports.total[t], j.projection.imports.total[t], j.projection.total_trade[t], j.projection.balance[t]]);
  });
  // every actual year has its official split (TradeStat's country-wise table), so no dash
  assert.ok(rows.filter((r) => r.kind === 'actual').every((r) => r.values.every((v) => v !== null)));
  const text = await g.page.textContent('body');
  assert.doesNotMatch(text, /NaN|undefined|Infinity/);
  g.check();
  await g.context.close();
});

test('keyboard: the EAEU tariff cut raises exports, step by step, and matches the CLI', async () => {
  const g = await openPage(browser, origin());
  await g.page.goto(server.url);
  await ready(g.page);
  const before = await headline(g.page);
  const slider = g.page.locator('#lever-eaeu_cut');
  await slider.focus();
  for (let i = 0; i < 10; i++) await g.page.keyboard.press('ArrowRight');
  assert.equal(await g.page.textContent('output[data-key=eaeu_cut]'), '10\u00a0% cut');
  const after10 = await headline(g.page);
  assert.ok(after10.exports > before.exports, `${after10.exports} > ${before.exports}`);
  assert.equal(after10.imports, before.imports);
  assertSameAsCli(after10, 'eaeu_cut=10');
  await g.page.keyboard.press('End');
  const after100 = await headline(g.page);
  assert.ok(after100.exports > after10.exports);
  assertSameAsCli(after100, 'eaeu_cut=100');
  assert.equal(await slider.getAttribute('aria-valuetext'), '100\u00a0% cut');
  g.check();
  await g.context.close();
});

test('by value: an oil slowdown cuts imports and narrows the deficit; growth raises exports', async () => {
  const g = await openPage(browser, origin());
  await g.page.goto(server.url);
  await ready(g.page);
  const base = await headline(g.page);
  await g.page.locator('#lever-oil').fill('-10');
  const oil = await headline(g.page);
  assert.ok(oil.imports < base.imports, 'imports fall');
  assert.ok(oil.balance > base.balance, 'deficit narrows');
  assert.ok(oil.total < base.total, 'total trade falls, away from the target');
  assertSameAsCli(oil, 'oil=-10');
  await g.page.locator('#lever-growth').fill('15');
  const grow = await headline(g.page);
  assert.ok(grow.exports > oil.exports, 'exports rise');
  assertSameAsCli(grow, 'oil=-10&growth=15');
  await g.page.locator('#lever-eaeu_cut').fill('50');
  const all = await headline(g.page);
  assertSameAsCli(all, 'eaeu_cut=50&oil=-10&growth=15');
  // every cell of the year table equals the CLI's series
  const j = cli('eaeu_cut=50&oil=-10&growth=15').projection;
  await openFold(g.page, '.year-fold');
  const rows = await yearRows(g.page);
  rows.forEach((r, t) => assert.deepEqual(r.values, [j.exports.total[t], j.imports.total[t], j.total_trade[t], j.balance[t]]));
  // the scenario is in the address bar, and a reload restores it
  assert.equal(await linkQuery(g.page), 'v=1&eaeu_cut=50&oil=-10&growth=15&data=2026-07');
  await g.page.reload();
  await ready(g.page);
  assert.deepEqual(await headline(g.page), all);
  // reset restores current trends
  await g.page.getByRole('button', { name: 'Reset to current trends' }).click();
  assert.deepEqual(await headline(g.page), base);
  g.check();
  await g.context.close();
});

test('every lever moves something, and stays finite at both ends', async () => {
  const g = await openPage(browser, origin());
  await g.page.goto(server.url);
  await ready(g.page);
  await g.page.locator('.sector-growth summary').click(); // per-sector rates are folded away
  const keys = await g.page.$$eval('input[type=range]', (xs) => xs.map((x) => x.name));
  assert.ok(keys.includes('g_pharma') && keys.includes('oil_disc'), keys.join());
  // every lever of the lever table (as the command line lists it) has its slider on the page
  const levers = cliLeverKeys();
  assert.ok(levers.length >= 9, levers.join());
  assert.deepEqual(levers.filter((k) => !keys.includes(k)), [], 'levers missing from the page');
  for (const key of keys) {
    const s = g.page.locator(`#lever-${key}`);
    await s.focus();
    await g.page.keyboard.press('Home');
    const lo = await headline(g.page);
    const layoutLo = await layout(g.page);
    await g.page.keyboard.press('End');
    const hi = await headline(g.page);
    assert.deepEqual(await layout(g.page), layoutLo, `moving ${key} shifts the layout`);
    for (const v of [...Object.values(lo), ...Object.values(hi)]) assert.ok(Number.isFinite(v), `${key}: ${v}`);
    if (key !== 'start' && key !== 'phase') {
      assert.notDeepEqual(lo, hi, `${key} changes the FY2030-31 numbers`);
    }
    await g.page.getByRole('button', { name: 'Reset to current trends' }).click();
    assert.equal(await linkQuery(g.page), 'v=1&data=2026-07', `reset clears ${key} from the link`);
  }
  g.check();
  await g.context.close();
});

test('a hostile link leaves a working page and says what it changed', async () => {
  const g = await openPage(browser, origin());
  await g.page.goto(`${server.url}?v=7&oil=-999&growth=abc&%3Cscript%3E=1&eaeu_cut=50&eaeu_cut=60&${'x'.repeat(3000)}`);
  await ready(g.page);
  const notice = await g.page.textContent('.notice');
  for (const part of ['version', 'outside', 'not a number', 'unknown setting', 'more than once', 'longer than']) {
    assert.match(notice, new RegExp(part), `notice mentions ${part}`);
  }
  assert.equal(await g.page.inputValue('#lever-oil'), '-50');
  assertSameAsCli(await headline(g.page), 'oil=-50&eaeu_cut=50');
  await g.page.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await g.page.locator('.notice').count(), 0);
  g.check();
  await g.context.close();
});

for (const [name, width, height, schemes] of [
  ['phone', 375, 812, ['light', 'dark']],
  ['small-phone', 360, 740, ['light']],
  ['desktop', 1280, 900, ['light', 'dark']],
]) {
  for (const scheme of schemes) {
    test(`screenshot: ${name} ${scheme}`, async () => {
      const g = await openPage(browser, origin(), { width, height, colorScheme: scheme });
      await g.page.goto(`${server.url}?eaeu_cut=50&oil=-10&growth=15`);
      await ready(g.page);
      await g.page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`), fullPage: true });
      // nothing wider than the screen
      const overflow = await g.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${width}px screen`);
      g.check();
      await g.context.close();
    });
  }
}

test('the headline sentence follows every move, even scrolled away, and a polite live region says it once a burst settles', async () => {
  const g = await openPage(browser, origin(), { width: 360, height: 700 });
  await g.page.goto(server.url);
  await ready(g.page);
  assert.equal(await g.page.textContent('#announce'), '', 'nothing is said at load');
  assert.equal(await g.page.getAttribute('#announce', 'aria-live'), 'polite');
  // on a phone the levers are below the summary: move one with the sentence scrolled away
  await g.page.locator('#lever-oil').scrollIntoViewIfNeeded();
  const away = await g.page.$eval('#sentence', (e) => e.getBoundingClientRect().bottom < 0);
  assert.ok(away, 'the sentence is scrolled away');
  await g.page.evaluate(() => {
    window.said = [];
    new MutationObserver(() => window.said.push(document.getElementById('announce').textContent))
      .observe(document.getElementById('announce'), { subtree: true, childList: true, characterData: true });
  });
  await g.page.locator('#lever-oil').focus();
  for (let i = 0; i < 8; i++) await g.page.keyboard.press('ArrowLeft');
  const sentence = await g.page.textContent('#sentence');
  // the same link opened afresh says the same
  const q = await linkQuery(g.page);
  const f = await openPage(browser, origin());
  await f.page.goto(`${server.url}?${q}`);
  await ready(f.page);
  assert.equal(sentence, await f.page.textContent('#sentence'), q);
  await f.context.close();
  await g.page.waitForFunction(() => window.said.length > 0, null, { timeout: 5000 });
  await g.page.waitForTimeout(1500);
  const said = await g.page.evaluate(() => window.said.filter((t) => t));
  assert.deepEqual(said, [sentence], 'said once, after the burst');
  g.check();
  await g.context.close();
});
