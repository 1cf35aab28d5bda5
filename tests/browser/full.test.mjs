// The full calculator: presets, per-sector growth, the assumptions panel, chart text
// alternatives and keyboard readouts, and an axe-core accessibility scan in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, cli, ready, headline, linkQuery, openFold, axeViolations, inView, openAt } from './harness.mjs';


let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });
const origin = () => server.url.replace(/\/$/, '');

const open = (opts) => openAt(browser, server, '', opts);
const query = linkQuery;

test('every preset sets its scenario, equal to the command line for its link; reset restores', async () => {
  const g = await open();
  const base = await headline(g.page);
  const ids = await g.page.$$eval('[data-preset]', (bs) => bs.map((b) => b.dataset.preset));
  assert.deepEqual(ids, ['current', 'fta', 'stop', 'crude_returns', 'crude_fall', 'target']);
  for (const id of ids) {
    const button = g.page.locator(`[data-preset=${id}]`);
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true', id);
    const h = await headline(g.page);
    const j = cli((await query(g.page))).projection.headline;
    assert.equal(h.total, j.total_trade, `${id}: ${(await query(g.page))}`);
    assert.equal(h.balance, j.balance, id);
    const sentence = await g.page.textContent('#sentence');
    assert.match(sentence, /^India's deficit with Russia .* by FY2030-31/, sentence);
    if (id === 'current') assert.deepEqual(h, base);
    if (id === 'fta') assert.ok(h.exports > base.exports);
    if (id === 'crude_fall' || id === 'stop') assert.ok(h.imports < base.imports && h.balance > base.balance, id);
    if (id === 'crude_returns') assert.ok(h.imports > base.imports && h.total > base.total, id);
    if (id === 'stop') assert.equal(cli((await query(g.page))).projection.imports.by_group.crude.at(-1), 0);
    if (id === 'target') {
      assert.ok(h.total >= 100, `target preset reaches ${h.total}`);
      assert.match(await g.page.textContent('[data-figure=target]'), /Projected to reach the target in FY20/);
      assert.match(sentence, /projected to reach the US\$\s100\sbn target in FY/);
    }
  }
  await g.page.getByRole('button', { name: 'Reset to current trends' }).click();
  assert.deepEqual(await headline(g.page), base);
  assert.equal(await g.page.locator('[data-preset=current]').getAttribute('aria-pressed'), 'true');
  g.check();
  await g.context.close();
});

test('per-sector growth overrides the headline rate for one sector only', async () => {
  const g = await open();
  const base = await headline(g.page);
  await g.page.locator('.sector-growth summary').click();
  await g.page.locator('#lever-g_pharma').fill('30');
  assert.match(await g.page.textContent('output[data-key=g_pharma]'), /^30\s% a year$/);
  assert.match(await g.page.textContent('output[data-key=g_marine]'), /8\.4\s% a year \(headline\)/);
  assert.match((await query(g.page)), /g_pharma=30/);
  const h = await headline(g.page);
  assert.ok(h.exports > base.exports);
  assert.equal(h.exports, cli('g_pharma=30').projection.headline.exports);
  // the headline rate still moves the other sectors but not pharma
  await g.page.locator('#lever-growth').fill('20');
  assert.match(await g.page.textContent('output[data-key=g_pharma]'), /^30\s% a year$/);
  await g.page.locator('.sector .link').first().click(); // "Same as headline" for pharma
  assert.match(await g.page.textContent('output[data-key=g_pharma]'), /20\s% a year \(headline\)/);
  assert.doesNotMatch((await query(g.page)), /g_pharma/);
  g.check();
  await g.context.close();
});

test('per-sector rates: closed, the fold has no sliders; opened after moves, they show the scenario as it is', async () => {
  const g = await open();
  const fold = g.page.locator('.sector-growth');
  // nothing to update while closed
  assert.equal(await g.page.locator('#lever-g_pharma').count(), 0);
  await g.page.locator('#lever-growth').fill('20');
  await fold.locator('summary').click();
  assert.equal(await g.page.locator('#lever-g_pharma').inputValue(), '20');
  assert.match(await g.page.textContent('output[data-key=g_marine]'), /^20\s% a year \(headline\)$/);
  await g.page.locator('#lever-g_pharma').fill('30');
  await fold.locator('summary').click();
  // the details' toggle event comes after the click, in a task of its own
  await g.page.locator('#lever-g_pharma').waitFor({ state: 'detached', timeout: 5000 });
  assert.equal(await g.page.locator('#lever-g_pharma').count(), 0);
  // the summary still counts the rates set, and follows a reset while closed
  assert.match(await fold.locator('summary').textContent(), /\(1 set\)$/);
  await g.page.locator('#lever-growth').fill('10');
  await fold.locator('summary').click();
  assert.equal(await g.page.locator('#lever-g_pharma').inputValue(), '30');
  assert.match(await g.page.textContent('output[data-key=g_pharma]'), /^30\s% a year$/);
  assert.equal(await g.page.locator('#lever-g_marine').inputValue(), '10');
  assert.match(await g.page.textContent('output[data-key=g_marine]'), /^10\s% a year \(headline\)$/);
  await fold.locator('summary').click();
  await g.page.getByRole('button', { name: 'Reset to current trends' }).click();
  assert.doesNotMatch(await fold.locator('summary').textContent(), /set\)/);
  await fold.locator('summary').click();
  assert.match(await g.page.textContent('output[data-key=g_pharma]'), /^8\.4\s% a year \(headline\)$/);
  g.check();
  await g.context.close();
});

test('assumptions panel: each value shows its source; changing one moves the projection; bad input reverts', async () => {
  const g = await open();
  await openFold(g.page, '.assumptions'); // its rows are built when it opens
  const rows = await g.page.locator('table.assume tbody tr').count();
  // duties, elasticities and markets of each sector and group, σ and the rupee rate (the base
  // year's figures are records, not assumptions)
  assert.ok(rows >= 30, `${rows} assumption rows`);
  const missing = await g.page.$$eval('table.assume tbody tr', (trs) =>
    trs.filter((tr) => !tr.querySelector('.tag') || tr.querySelector('td.src').textContent.trim().length < 12).length);
  assert.equal(missing, 0, 'every assumption shows a tag and a source');
  // a 100 % EAEU cut gains more when pharma's duty is higher
  await g.page.locator('#lever-eaeu_cut').fill('100');
  const before = await headline(g.page);
  const duty = g.page.locator('#as-a_x_pharma_t');
  assert.equal(await duty.inputValue(), '3');
  await duty.fill('20');
  await duty.press('Enter');
  await duty.blur();
  const after = await headline(g.page);
  assert.ok(after.exports > before.exports, `${after.exports} > ${before.exports}`);
  // bad input: the box goes back to the value in force
  await duty.fill('');
  await duty.type('1e999');
  await duty.blur();
  assert.equal(await duty.inputValue(), '20');
  // an assumption changes current trends too, and the line under the headline says so
  assert.match(await g.page.locator('#trends-note').innerText(), /They include your changed assumptions\./);
  // the base year's figures are records, not assumptions: the panel does not offer them
  assert.equal(await g.page.locator('#as-a_x_pharma_v').count(), 0);
  await g.page.getByRole('button', { name: 'Reset to current trends' }).click();
  assert.equal(await duty.inputValue(), '3');
  assert.doesNotMatch(await g.page.locator('#trends-note').innerText(), /changed assumptions/);
  const txt = await g.page.textContent('body');
  assert.doesNotMatch(txt, /NaN|Infinity/);
  g.check();
  await g.context.close();
});

test('charts: summaries, data tables and keyboard readouts follow the numbers', async () => {
  const g = await open();
  const charts = await g.page.$$eval('figure.chart:not(.moved)', (fs) => fs.map((f) => f.id));
  assert.deepEqual(charts, ['chart-balance', 'chart-total', 'chart-exports', 'chart-imports']);
  for (const id of charts) {
    const summary = await g.page.textContent(`#${id} .chart-summary`);
    assert.match(summary, /US\$\s[0-9.]+\sbn/, `${id}: ${summary}`);
    // every chart starts in the past: a row per year, FY2017-18 to FY2030-31, marked actual or projected
    await openFold(g.page, `#${id} .chart-data`);
    assert.equal(await g.page.locator(`#${id} .chart-data tbody tr`).count(), 14);
    assert.equal(await g.page.locator(`#${id} .chart-data tbody tr.actual`).count(), 9);
    assert.match(summary, /FY2025-26/, `${id} says which years are actual: ${summary}`);
    assert.equal(await g.page.locator(`#${id} .divider`).count(), 1);
  }
  const before = await g.page.textContent('#chart-balance .chart-summary');
  await g.page.locator('#lever-oil').fill('-20');
  // the summary follows once the chart is in view (charts off screen wait)
  await inView(g.page, '#chart-balance');
  await g.page.waitForFunction((b) => document.querySelector('#chart-balance .chart-summary').textContent !== b, before);
  // the data table's last balance equals the headline figure (2 decimals)
  const h = await headline(g.page);
  // the last row's columns: type, actual (none), your scenario, current trends
  const lastCell = await g.page.textContent('#chart-balance .chart-data tbody tr:last-child td:nth-of-type(3)');
  assert.equal(lastCell, (Math.round(h.balance * 100) / 100).toFixed(2).replace('-', '−'));
  // keyboard: focus the chart, arrow left reads the previous year
  const plot = g.page.locator('#chart-total svg.plot');
  await g.page.mouse.move(0, 0); // not over a chart (hovering reads a year)
  await plot.focus();
  await g.page.keyboard.press('ArrowLeft');
  assert.match(await g.page.textContent('#chart-total .readout'), /^FY2029-30: Your scenario/);
  await g.page.keyboard.press('Home');
  assert.match(await g.page.textContent('#chart-total .readout'), /^FY2017-18, actual: 10\.7 \(US\$ bn\)$/);
  await g.page.keyboard.press('End');
  assert.match(await g.page.textContent('#chart-total .readout'), /^FY2030-31: Your scenario [0-9.]+ · likely range [0-9.]+ to [0-9.]+ · Current trends [0-9.]+/);
  // hover reads a year too
  const exportsPlot = g.page.locator('#chart-exports svg.plot');
  await exportsPlot.scrollIntoViewIfNeeded();
  // each year's column is a transparent rect: column 3 is FY2020-21 (exports known only as a
  // total, not by sector), column 12 FY2029-30
  const hover = async (i) => {
    const b = await g.page.locator('#chart-exports .hit').nth(i).boundingBox();
    await g.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  };
  await hover(3);
  assert.match(await g.page.textContent('#chart-exports .readout'), /^FY2020-21, actual: Total, not split by sector 2\.7/);
  await hover(12);
  assert.match(await g.page.textContent('#chart-exports .readout'), /^FY2029-30: Pharmaceuticals/);
  g.check();
  await g.context.close();
});

for (const [scheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
  test(`axe-core finds no accessibility violations (${scheme}, ${width} px, every panel open)`, async () => {
    const g = await open({ colorScheme: scheme, width, height: width < 640 ? 740 : 900 });
    const result = await axeViolations(g.page);
    assert.deepEqual(result, []);
    g.check();
    await g.context.close();
  });
}

test('a lever whose default lies between its steps can be dragged back to it', async () => {
  const g = await open('?growth=10&oil_price=80');
  // what a drag does: the slider's own value, then an input event
  const drag = (id, v) => g.page.evaluate(([i, value]) => {
    const el = document.getElementById(i);
    el.value = String(value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, [id, v]);
  await drag('lever-growth', 8.5); // the step next to 8.4
  await drag('lever-oil_price', 68); // the step next to 68.31
  assert.equal(await query(g.page), 'v=1&data=2026-07');
  assert.match(await g.page.textContent('output[data-key=growth]'), /^8\.4\s% a year$/);
  await drag('lever-growth', 9);
  assert.equal(await query(g.page), 'v=1&growth=9&data=2026-07');
  g.check();
  await g.context.close();
});
