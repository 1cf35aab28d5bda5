// Beyond the sliders, as a journalist uses it: what moved the balance, how sure the projection is,
// what a goal would take, and a pinned scenario to compare; every number against the command line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, cli, ready, headline, linkQuery, openFold, inView, openAt } from './harness.mjs';
import { settled } from './fit.mjs';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const origin = () => server.url.replace(/\/$/, '');
const open = (query, opts) => openAt(browser, server, query, opts);
/** The scenario part of the address bar (what a reader copies). */
const query = linkQuery;
/** What a reader sees at `sel`: scrolled to (parts off screen follow the levers once in view). */
const text = async (page, sel) => {
  await inView(page, sel);
  await idle(page);
  return page.locator(sel).first().innerText();
};
/** Until the worker's answers (the band, what moved, a goal's) are those of the page's scenario. */
const idle = (page) => page.waitForFunction(() => !window.insightPending && !document.querySelector('[aria-busy="true"]'));
/** The goal's answer as the page names it, once it is for the scenario on screen. */
const answerKey = async (page) => {
  await idle(page);
  return page.getAttribute('.goal-answer', 'data-answer');
};
const PARTS = ['tariff_deal', 'oil', 'export_growth', 'other_imports'];

test('what moved: both sentences and every bar equal the command line, and follow a lever', async () => {
  const q = 'eaeu_cut=50&oil=-10&growth=15';
  const g = await open(`?${q}`);
  const check = async (query) => {
    const j = cli(query).attribution;
    assert.equal(await text(g.page, '#moved-balance .chart-summary'), j.balance.sentence);
    assert.equal(await text(g.page, '#moved-total_trade .chart-summary'), j.total_trade.sentence);
    // the data table: current trends, the four groups, the scenario, for both measures
    await openFold(g.page, '#chart-moved .chart-data');
    const rows = await g.page.$$eval('#chart-moved tbody tr', (trs) => trs.map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.replace('−', '-')))));
    assert.equal(rows.length, 6);
    ['balance', 'total_trade'].forEach((m, col) => {
      const a = j[m];
      const want = [a.current_trends, ...PARTS.map((p) => a.parts[p]), a.scenario];
      want.forEach((v, r) => assert.equal(rows[r][col], Number(v.toFixed(2)), `${m} row ${r}`));
      // the parts add up to the change, as the method line says
      const sum = PARTS.reduce((s, p) => s + a.parts[p], 0);
      assert.ok(Math.abs(sum - a.change) < 1e-9, `${m}: ${sum} vs ${a.change}`);
    });
  };
  await check(q);
  assert.match(await text(g.page, '#moved-balance .chart-summary'), /^Of the US\$\s[\d.]+\sbn narrowing of the deficit/);
  // a deeper oil slowdown: the sentence and the bars follow
  await g.page.locator('#lever-oil').focus();
  for (let i = 0; i < 5; i++) await g.page.keyboard.press('ArrowLeft');
  assert.equal(await query(g.page), 'v=1&eaeu_cut=50&oil=-15&growth=15&data=2026-07');
  await check('eaeu_cut=50&oil=-15&growth=15');
  // the readout follows the keyboard along the bars
  await g.page.locator('#moved-balance svg').focus();
  await g.page.keyboard.press('Home');
  assert.match(await text(g.page, '#moved-balance .readout'), /^Current trends: deficit 38\.7 \(US\$ bn\)$/);
  await g.page.keyboard.press('ArrowDown');
  assert.match(await text(g.page, '#moved-balance .readout'), /^Tariff cuts: \+[\d.]+, from deficit 38\.7 to deficit [\d.]+ \(US\$ bn\)$/);
  // the waterfall downloads like the other charts
  const [d] = await Promise.all([g.page.waitForEvent('download'), g.page.getByRole('button', { name: 'what-moved chart as SVG' }).click()]);
  assert.equal(d.suggestedFilename(), 'india-russia-trade-eaeu-cut-50-oil-minus-15-growth-15-moved.svg');
  g.check();
  await g.context.close();
});

test('how sure: the band, its table and the probability equal the command line, bit for bit', async () => {
  const q = 'growth=25&oil_mbd=2';
  const g = await open(`?${q}`);
  const u = cli(q).uncertainty;
  assert.equal(Number(await g.page.getAttribute('[data-figure=probability]', 'data-value')), u.probability_target);
  assert.equal((await text(g.page, '[data-figure=probability]')).replace(/\s*How sure\?$/, ''), u.sentence);
  // the JSON download carries the same band, number for number (same seed, same arithmetic)
  const [d] = await Promise.all([g.page.waitForEvent('download'), g.page.getByRole('button', { name: 'Download JSON' }).click()]);
  const page = JSON.parse(await (await import('node:fs/promises')).readFile(await d.path(), 'utf8'));
  assert.deepEqual(page.uncertainty, u);
  // the balance chart draws the band and tables its percentiles from the base year on
  assert.ok((await g.page.getAttribute('#chart-balance polygon.s-band', 'points')).split(' ').length >= 12);
  await openFold(g.page, '#chart-balance .chart-data');
  const table = await g.page.$$eval('#chart-balance tbody tr', (trs) => trs.map((tr) =>
    [...tr.querySelectorAll('td.band')].map((td) => td.textContent)));
  const base = table.length - u.years.length;
  u.years.forEach((_, t) => {
    const want = ['p10', 'p50', 'p90'].map((k) => u.balance[k][t].toFixed(2).replace('-', '−'));
    assert.deepEqual(table[base + t], want, u.years[t]);
  });
  assert.deepEqual(table[0], ['–', '–', '–'], 'no band over the actual years');
  // the readout names the range
  assert.match(await text(g.page, '#chart-balance .readout'), /likely range: (deficit|surplus) [\d.]+ to (surplus )?[\d.]+/);
  g.check();
  await g.context.close();
});

test('"How sure?" opens its panel; in an embed it opens the full page, on the panel, with the same scenario', async () => {
  const g = await open('?growth=25&lang=ru');
  const fold = g.page.locator('details#how-sure');
  assert.equal(await fold.evaluate((d) => d.open), false);
  await g.page.locator('[data-figure=probability] a').click();
  await fold.locator('table.sure').waitFor();
  assert.equal(await fold.evaluate((d) => d.open), true);
  // scrolled to: the panel's heading is on screen
  const top = await fold.locator(':scope > summary').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top > -1 && top < await g.page.evaluate(() => innerHeight), `the panel is at ${top} px`);
  g.check();
  await g.context.close();
  // the whole-calculator embed has no panel: its link goes to the full page's, in a new tab
  const e = await open('?embed=1&growth=25&lang=ru');
  assert.equal(await e.page.locator('#how-sure').count(), 0);
  const link = e.page.locator('[data-figure=probability] a');
  assert.equal(await link.getAttribute('target'), '_blank');
  const href = await link.getAttribute('href');
  assert.equal(href, `${origin()}/?v=1&growth=25&lang=ru&data=2026-07#how-sure`);
  await e.page.goto(href);
  await ready(e.page);
  assert.equal(await e.page.locator('details#how-sure').evaluate((d) => d.open), true);
  await e.page.locator('details#how-sure table.sure').waitFor();
  e.check();
  await e.context.close();
});

test('the band and what moved come from the worker, only for the scenario on screen; without workers, from the page', async () => {
  for (const workers of [true, false]) {
    const g = await openPage(browser, origin());
    if (workers) {
      // a slow worker: each of its answers reaches the page 400 ms late, so that a burst of moves
      // outruns it (answers for earlier scenarios arrive while the page shows a later one)
      await g.context.addInitScript(() => {
        const Native = window.Worker;
        window.Worker = class extends Native {
          addEventListener(type, f, options) {
            const late = type === 'message' && typeof f === 'function' ? (e) => setTimeout(() => f.call(this, e), 400) : f;
            return super.addEventListener(type, late, options);
          }
        };
      });
    } else {
      await g.context.addInitScript(() => { delete globalThis.Worker; });
    }
    await g.page.goto(server.url);
    await ready(g.page);
    await g.page.evaluate(settled);
    const started = () => g.page.evaluate(() => performance.getEntriesByType('resource')
      .some((e) => /insight-worker-[0-9a-f]+_loader\.js$/.test(e.name)));
    assert.equal(await started(), false, 'a reader who only reads never loads the worker');
    const before = await g.page.getAttribute('[data-figure=probability]', 'data-value');
    // a burst of moves on two levers
    for (const [label, keys] of [['EAEU tariff cut on Indian goods', 'ArrowRight'], ['Change in Russian crude after FY2026-27', 'ArrowLeft']]) {
      await g.page.getByLabel(label, { exact: true }).first().focus();
      for (let i = 0; i < 15; i++) await g.page.keyboard.press(keys);
    }
    if (workers) {
      // the answer is late: the last band stays, marked as updating, never one of another scenario
      await g.page.waitForSelector('.probability[aria-busy="true"]', { timeout: 3000 });
      assert.equal(await g.page.getAttribute('[data-figure=probability]', 'data-value'), before);
      assert.equal(await g.page.getAttribute('#chart-moved', 'aria-busy'), 'true');
    }
    await g.page.evaluate(settled);
    assert.equal(await started(), workers, workers ? 'the first move starts the worker' : 'no worker without Worker');
    const q = await query(g.page);
    const j = cli(q);
    assert.equal(Number(await g.page.getAttribute('[data-figure=probability]', 'data-value')), j.uncertainty.probability_target, q);
    assert.equal(await text(g.page, '#moved-balance .chart-summary'), j.attribution.balance.sentence, q);
    await openFold(g.page, '#chart-total .chart-data');
    const table = await g.page.$$eval('#chart-total tbody tr', (trs) => trs.map((tr) =>
      [...tr.querySelectorAll('td.band')].map((td) => td.textContent)));
    const u = j.uncertainty;
    const base = table.length - u.years.length;
    u.years.forEach((_, t) => {
      const want = ['p10', 'p50', 'p90'].map((k) => u.total_trade[k][t].toFixed(2).replace('-', '−'));
      assert.deepEqual(table[base + t], want, `${q}: ${u.years[t]}`);
    });
    assert.equal(await g.page.evaluate(() => document.documentElement.dataset.insightWorker), workers ? 'answered' : undefined);
    assert.equal(await g.page.locator('[aria-busy="true"]').count(), 0);
    g.check();
    await g.context.close();
  }
});

test('an embed asks the worker too, and its band follows the lever', async () => {
  const g = await open('?embed=1&growth=10');
  await g.page.getByLabel('EAEU tariff cut on Indian goods', { exact: true }).first().focus();
  for (let i = 0; i < 4; i++) await g.page.keyboard.press('ArrowRight');
  await g.page.waitForFunction(() => document.documentElement.dataset.insightWorker === 'answered' && !window.insightPending);
  const q = await query(g.page);
  assert.equal(Number(await g.page.getAttribute('[data-figure=probability]', 'data-value')), cli(q).uncertainty.probability_target, q);
  g.check();
  await g.context.close();
});

test('what would it take: the answer equals the CLI solver, applies, and says when nothing reaches it', async () => {
  const g = await open('?growth=40');
  const goal = g.page.getByLabel('Goal');
  const lever = g.page.getByLabel('Lever to move');
  await goal.selectOption('target');
  await lever.selectOption('oil_mbd');
  const j = cli('growth=40', '--solve', 'target', '--for', 'oil_mbd').solve;
  assert.equal(j.answer, 'value');
  assert.equal(await text(g.page, '.goal-answer'), j.sentence);
  await g.page.getByRole('button', { name: 'Apply this value' }).click();
  assert.equal(await query(g.page), `${j.query}&data=2026-07`);
  const h = await headline(g.page);
  assert.ok(h.total >= 100, `total ${h.total}`);
  assert.equal(await answerKey(g.page), 'already_met');
  // unreachable: balanced trade by export growth alone, from current trends
  await g.page.goto(server.url);
  await ready(g.page);
  await g.page.getByLabel('Goal').selectOption('balanced');
  await g.page.getByLabel('Lever to move').selectOption('growth');
  assert.equal(await answerKey(g.page), 'unreachable');
  assert.equal(await text(g.page, '.goal-answer'), cli('', '--solve', 'balanced', '--for', 'growth').solve.sentence);
  assert.equal(await g.page.getByRole('button', { name: 'Apply this value' }).count(), 0);
  // a deficit goal with an amount the reader types; a bad amount reverts
  await g.page.getByLabel('Goal').selectOption('deficit');
  const amount = g.page.getByLabel('Deficit below (US$ bn)');
  await amount.fill('30');
  await amount.press('Enter');
  await g.page.getByLabel('Lever to move').selectOption('oil_price');
  assert.equal(await text(g.page, '.goal-answer'), cli('', '--solve', 'deficit-below=30', '--for', 'oil_price').solve.sentence);
  // a bad amount: the goal in force stays in the box, and a line beside it says what was refused
  assert.equal(await g.page.locator('#deficit-error').isVisible(), false);
  for (const [typed, says] of [['lots', '“lots” is not a number'], ['−5', '“−5” is below zero: the deficit to stay under is zero or more']]) {
    await amount.fill(typed);
    await amount.press('Enter');
    assert.equal(await amount.inputValue(), '30');
    assert.equal(await amount.getAttribute('aria-invalid'), 'true');
    assert.equal(await text(g.page, '#deficit-error'), `${says}; the goal stays a deficit below US$\u00a030\u00a0bn.`);
  }
  await amount.fill('25');
  await amount.press('Enter');
  assert.equal(await g.page.locator('#deficit-error').isVisible(), false);
  assert.equal(await amount.getAttribute('aria-invalid'), 'false');
  g.check();
  await g.context.close();
});

test('a goal changed asks the worker for the goal alone: the band is neither computed again nor marked busy', async () => {
  const g = await openPage(browser, origin());
  // a slow worker (each answer 400 ms late, so that anything waiting is marked busy), and what the
  // page posts to it, by kind (each request is `{ request: { Insight | Seek: … }, shipped }`)
  await g.context.addInitScript(() => {
    window.posted = [];
    const Native = window.Worker;
    window.Worker = class extends Native {
      postMessage(m, ...rest) {
        window.posted.push(Object.keys(m.request).join().toLowerCase());
        return super.postMessage(m, ...rest);
      }
      addEventListener(type, f, options) {
        const late = type === 'message' && typeof f === 'function' ? (e) => setTimeout(() => f.call(this, e), 400) : f;
        return super.addEventListener(type, late, options);
      }
    };
  });
  await g.page.goto(`${server.url}?growth=40`);
  await ready(g.page);
  // a first move starts the worker; then the goal section
  await g.page.getByLabel('EAEU tariff cut on Indian goods', { exact: true }).first().focus();
  await g.page.keyboard.press('ArrowRight');
  await inView(g.page, '.goal-answer');
  await g.page.waitForFunction(() => document.documentElement.dataset.insightWorker === 'answered');
  await idle(g.page);
  const band = await g.page.getAttribute('[data-figure=probability]', 'data-value');
  // busy as soon as it is (150 ms into a 400 ms answer), watched from the page itself
  await g.page.evaluate(() => {
    window.posted = [];
    window.busySeen = new Set();
    new MutationObserver(() => document.querySelectorAll('[aria-busy="true"]').forEach((e) => window.busySeen.add(e.className.split(' ')[0])))
      .observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  await g.page.getByLabel('Goal').selectOption('target');
  await g.page.getByLabel('Lever to move').selectOption('oil_mbd');
  await g.page.waitForSelector('.goal-answer[aria-busy="true"]', { timeout: 3000 });
  await idle(g.page);
  const q = await query(g.page);
  assert.equal(await text(g.page, '.goal-answer'), cli(q, '--solve', 'target', '--for', 'oil_mbd').solve.sentence);
  const posted = await g.page.evaluate(() => window.posted);
  assert.ok(posted.length >= 1 && posted.every((k) => k === 'seek'), `posted: ${posted.map((k) => k.slice(0, 12))}`);
  assert.deepEqual(await g.page.evaluate(() => [...window.busySeen]), ['goal-answer'], 'only the goal\'s answer was marked busy');
  assert.equal(await g.page.getAttribute('[data-figure=probability]', 'data-value'), band);
  g.check();
  await g.context.close();
});

test('what would it take: a goal met only in the middle of a lever\'s range is found, as the CLI finds it', async () => {
  // with both sides' cuts an earlier start raises exports and imports alike: the final deficit is
  // smallest for a start in FY2028-29 or FY2029-30, and above 47.24 at both ends of the range
  const q = 'eaeu_cut=92&india_cut=85&oil_disc=5&growth=32&nonoil=19&a_x_other_e=6.9&a_m_other_t=85.4'
    + '&a_m_other_e=3.1&a_sigma=7.6&a_x_chemicals_t=4.7&a_x_agri_food_t=11.5&a_x_other_t=5.6';
  const g = await open(`?${q}`);
  const j = cli(q, '--solve', 'deficit-below=47.24', '--for', 'start').solve;
  assert.equal(j.answer, 'value');
  assert.equal(j.value, 2028);
  await g.page.getByLabel('Goal').selectOption('deficit');
  const amount = g.page.getByLabel('Deficit below (US$ bn)');
  await amount.fill('47.24');
  await amount.press('Enter');
  await g.page.getByLabel('Lever to move').selectOption('start');
  assert.equal(await answerKey(g.page), 'value');
  assert.equal(await text(g.page, '.goal-answer'), j.sentence);
  await g.page.getByRole('button', { name: 'Apply this value' }).click();
  assert.equal(await query(g.page), `${j.query}&data=2026-07`);
  assert.ok(-(await headline(g.page)).balance <= 47.24);
  g.check();
  await g.context.close();
});

test('compare: a pinned scenario stays on every chart, travels in the link, swaps and clears', async () => {
  const g = await open('?oil=-10');
  await g.page.getByRole('button', { name: 'Pin this scenario' }).click();
  assert.equal(await query(g.page), 'v=1&oil=-10&pin=oil%3D-10&data=2026-07');
  // move on: growth up; the pinned line stays where it was
  await g.page.locator('#lever-growth').focus();
  for (let i = 0; i < 3; i++) await g.page.keyboard.press('ArrowRight');
  const q = await query(g.page);
  assert.equal(q, 'v=1&oil=-10&growth=10&pin=oil%3D-10&data=2026-07');
  await g.page.mouse.move(0, 0); // not over a chart (hovering reads a year)
  for (const c of ['balance', 'total', 'exports', 'imports']) {
    assert.match(await text(g.page, `#chart-${c} .legend`), /Pinned scenario/);
    const d = await g.page.getAttribute(`#chart-${c} path.s-pinned`, 'd');
    assert.match(d, /^ M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){5}$/, `${c}: ${d}`);
    assert.match(await text(g.page, `#chart-${c} .readout`), /Pinned scenario/);
  }
  const j = cli(q);
  assert.equal(j.pinned.query, 'v=1&oil=-10');
  const pinnedBalance = Number(await g.page.getAttribute('[data-figure=balance] .figure-pinned', 'data-value'));
  assert.equal(pinnedBalance, j.pinned.headline.balance);
  assert.equal(pinnedBalance, cli('oil=-10').projection.headline.balance);
  // its column in a chart's table
  await openFold(g.page, '#chart-total .chart-data');
  assert.equal(await text(g.page, '#chart-total thead th:last-child'), 'Pinned scenario');
  const last = await text(g.page, '#chart-total tbody tr:last-child td.pinned');
  assert.equal(last, j.pinned.total_trade.at(-1).toFixed(2));
  // a reload keeps both
  await g.page.reload();
  await ready(g.page);
  assert.equal(await query(g.page), q);
  assert.match(await text(g.page, '[data-figure=pinned]'), /Change in Russian crude after FY2026-27: −10\s% a year/);
  // swap: the pinned scenario comes back to the levers, the other one is pinned
  await g.page.getByRole('button', { name: 'Swap with your scenario' }).click();
  assert.equal(await query(g.page), 'v=1&oil=-10&pin=oil%3D-10%26growth%3D10&data=2026-07');
  assert.deepEqual(await headline(g.page), await (async () => {
    const h = cli('oil=-10').projection.headline;
    return { exports: h.exports, imports: h.imports, balance: h.balance, total: h.total_trade };
  })());
  // clear: gone from the link, the legend and the lines
  await g.page.getByRole('button', { name: 'Clear the pin' }).click();
  assert.equal(await query(g.page), 'v=1&oil=-10&data=2026-07');
  assert.doesNotMatch(await text(g.page, '#chart-balance .legend'), /Pinned scenario/);
  assert.equal(await g.page.getAttribute('#chart-balance path.s-pinned', 'd'), '');
  g.check();
  await g.context.close();
});

test('compare keeps its names: swap swaps them in the legends, readouts, downloads and the link; what moved from the pin adds up', async () => {
  const g = await open('?v=1&eaeu_cut=50&oil_stop=2028&name=Half%20FTA%20plus%20stop&pin=oil%3D-20');
  const half = 'Half FTA plus stop';
  await g.page.mouse.move(0, 0); // not over a chart (hovering reads a year)
  const keys = async (c) => {
    await inView(g.page, `#chart-${c} .legend`);
    return g.page.locator(`#chart-${c} .legend .key`).allInnerTexts();
  };
  // before: the scenario on screen has the name, the pin has none
  assert.deepEqual((await keys('balance')).filter((k) => k === half || k === 'Pinned scenario'), [half, 'Pinned scenario']);
  /** The balance readout's figure for a line, as a number (a deficit read as negative). */
  const readoutOf = async (name) => {
    const r = await text(g.page, '#chart-balance .readout');
    const m = r.match(new RegExp(`(?:^|· |: )${name}: (?:(deficit|surplus) )?([\\d.]+)`));
    assert.ok(m, `${name} in ${r}`);
    return (m[1] === 'deficit' ? -1 : 1) * Number(m[2]);
  };
  const oil = cli('oil=-20').projection.headline.balance;
  const halfBalance = cli('eaeu_cut=50&oil_stop=2028').projection.headline.balance;
  assert.equal(await readoutOf(half), Number(halfBalance.toFixed(1)));

  await g.page.getByRole('button', { name: 'Swap with your scenario' }).click();
  // the address bar: the scenarios and their names swapped (the oil cut had none)
  const swapped = 'v=1&oil=-20&pin=eaeu_cut%3D50%26oil_stop%3D2028&pinname=Half%20FTA%20plus%20stop&data=2026-07';
  assert.equal(await query(g.page), swapped);
  const h = await headline(g.page);
  assert.equal(h.balance, oil);
  // every chart's legend: "Your scenario" for the oil cut on screen, the name for the pinned line
  for (const c of ['balance', 'total', 'exports', 'imports']) {
    const k = await keys(c);
    assert.ok(k.includes(half) && !k.includes('Pinned scenario'), `${c}: ${k}`);
    assert.equal(k.includes('Your scenario'), c === 'balance' || c === 'total', `${c}: ${k}`);
  }
  // the balance readout follows the swap: the headline's figure for the scenario, the pin's for the name
  assert.equal(await readoutOf('Your scenario'), Number(h.balance.toFixed(1)));
  assert.equal(await readoutOf(half), Number(halfBalance.toFixed(1)));
  // the chart's table heads the pinned column with its name
  await openFold(g.page, '#chart-balance .chart-data');
  assert.equal(await text(g.page, '#chart-balance thead th:last-child'), half);

  // downloads: the SVG's legend names both lines; the sources CSV and the JSON name the pin
  const save = async (button, within = g.page) => {
    const [d] = await Promise.all([g.page.waitForEvent('download'), button(within).click()]);
    return (await readFile(await d.path())).toString('utf8');
  };
  const svg = await save((p) => p.getByRole('button', { name: 'balance chart as SVG' }));
  assert.match(svg, />Half FTA plus stop<\/text>/);
  assert.match(svg, />Your scenario<\/text>/);
  assert.doesNotMatch(svg, />Pinned scenario<\/text>/);
  const json = JSON.parse(await save((p) => p.getByRole('button', { name: 'Download JSON' })));
  assert.equal(json.pinned.name, half);
  assert.equal(json.scenario.name, null);
  assert.deepEqual(json, cli(swapped));
  const sources = parse(await save((p) => p.getByRole('button', { name: 'Sources (CSV)' })), { columns: true, bom: true });
  assert.equal(sources.find((r) => r.key === 'pinname').value, half);
  assert.equal(sources.find((r) => r.key === 'name'), undefined);

  // what moved between the pinned scenario and yours: the command line's split, adding up
  const moved = cli(swapped).moved_from_pinned;
  for (const m of ['balance', 'total_trade']) {
    const sel = `[data-figure=moved-from-pin] .moved-pin-sentence[data-measure=${m}]`;
    assert.equal(await text(g.page, sel), moved[m].sentence);
    assert.equal(Number(await g.page.getAttribute(sel, 'data-value')), moved[m].change);
    let sum = 0;
    for (const p of PARTS) {
      const v = Number(await g.page.getAttribute(`[data-figure=moved-from-pin] .moved-pin-parts[data-measure=${m}] [data-part=${p}]`, 'data-value'));
      assert.equal(v, moved[m].parts[p], `${m} ${p}`);
      sum += v;
    }
    assert.ok(Math.abs(sum - (moved[m].scenario - moved[m].pinned)) < 1e-5, `${m}: ${sum}`);
  }
  assert.match(moved.balance.sentence, /against the pinned scenario/);

  // name the oil cut, then swap back: both names travel with their scenarios
  const field = g.page.getByLabel(/Name this scenario/);
  await field.fill('Oil cut');
  assert.equal(await query(g.page), 'v=1&oil=-20&pin=eaeu_cut%3D50%26oil_stop%3D2028&name=Oil%20cut&pinname=Half%20FTA%20plus%20stop&data=2026-07');
  await g.page.getByRole('button', { name: 'Swap with your scenario' }).click();
  assert.equal(await query(g.page), 'v=1&eaeu_cut=50&oil_stop=2028&pin=oil%3D-20&name=Half%20FTA%20plus%20stop&pinname=Oil%20cut&data=2026-07');
  assert.equal(await field.inputValue(), half);
  const k = await keys('balance');
  assert.ok(k.includes(half) && k.includes('Oil cut') && !k.includes('Your scenario'), `${k}`);
  assert.equal(await readoutOf(half), Number(halfBalance.toFixed(1)));
  assert.equal(await readoutOf('Oil cut'), Number(oil.toFixed(1)));
  // clearing the pin drops its name from the link
  await g.page.getByRole('button', { name: 'Clear the pin' }).click();
  assert.equal(await query(g.page), 'v=1&eaeu_cut=50&oil_stop=2028&name=Half%20FTA%20plus%20stop&data=2026-07');
  assert.equal(await g.page.locator('[data-figure=moved-from-pin]').count(), 0);
  // pinning takes the name along: the pinned line is the scenario that had it
  await g.page.getByRole('button', { name: 'Pin this scenario' }).click();
  assert.equal(await query(g.page), 'v=1&eaeu_cut=50&oil_stop=2028&pin=eaeu_cut%3D50%26oil_stop%3D2028&pinname=Half%20FTA%20plus%20stop&data=2026-07');
  assert.equal(await field.inputValue(), '');
  // the same scenario pinned: nothing moved between them
  for (const m of ['balance', 'total_trade']) {
    for (const p of PARTS) {
      assert.equal(await g.page.getAttribute(`[data-figure=moved-from-pin] .moved-pin-parts[data-measure=${m}] [data-part=${p}]`, 'data-value'), '0');
    }
  }
  g.check();
  await g.context.close();
});
