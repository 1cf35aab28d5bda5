// Links that keep their numbers: a link made on older data (data=2025-08) computes on that
// vintage's data, fetched from beside the app only then, and says so with a link to today's
// figures; the page's own links carry data=; an unknown id gets a notice and the latest; the
// offline page opens an old-vintage link it has seen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, cli, ready, headline, linkQuery, openFold } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const origin = () => server.url.replace(/\/$/, '');
const OLD = 'v=1&eaeu_cut=50&oil=-10&data=2025-08';

/** The year table's rows as the CLI's JSON has them. */
async function yearTable(page) {
  await openFold(page, 'details.year-fold');
  return page.$$eval('#year-table tbody tr', (trs) => trs.map((tr) => [tr.querySelector('th').textContent,
    ...[...tr.querySelectorAll('td:not(.kind)')].map((td) => (td.dataset.value === undefined ? null : Number(td.dataset.value)))]));
}

test('an old link computes on its vintage: figures equal that vintage\'s command line, a line links to today\'s', async () => {
  const g = await openPage(browser, origin());
  const fetched = [];
  g.page.on('request', (r) => { if (r.url().includes('/vintages/')) fetched.push(new URL(r.url()).pathname); });
  await g.page.goto(`${server.url}?${OLD}`);
  await ready(g.page);
  assert.deepEqual(fetched, ['/vintages/2025-08/baseline.txt'], 'the vintage is fetched, once');
  const j = cli(OLD);
  assert.equal(j.vintage.id, '2025-08');
  const h = await headline(g.page);
  assert.deepEqual(h, { exports: j.projection.headline.exports, imports: j.projection.headline.imports,
    balance: j.projection.headline.balance, total: j.projection.headline.total_trade });
  // the old data differ from today's: the test would pass on nothing otherwise
  assert.notEqual(h.balance, cli(OLD.replace('2025-08', '2026-07')).projection.headline.balance);
  const rows = await yearTable(g.page);
  assert.equal(rows[0][0], 'FY2024-25', 'the vintage\'s first actual year');
  rows.forEach((r, t) => assert.deepEqual(r, [j.years[t], j.projection.exports.total[t], j.projection.imports.total[t], j.projection.total_trade[t], j.projection.balance[t]]));
  // the line, and its link: the same scenario on today's data
  const line = g.page.locator('.vintage-line');
  assert.match(await line.textContent(), /Figures as published with the data of August\s2025\. Newer data: see today's figures/);
  const href = new URL(await line.locator('a').getAttribute('href'));
  assert.equal(href.searchParams.get('data'), '2026-07');
  assert.equal(href.searchParams.get('eaeu_cut'), '50');
  assert.equal(href.searchParams.get('oil'), '-10');
  // the page's own link keeps the vintage after a move
  await g.page.getByLabel('EAEU tariff cut on Indian goods', { exact: true }).first().focus();
  await g.page.keyboard.press('ArrowRight');
  const q = await linkQuery(g.page);
  assert.equal(new URLSearchParams(q).get('data'), '2025-08', q);
  assert.equal((await headline(g.page)).balance, cli(q).projection.headline.balance);
  // the sources say which release
  await g.page.locator('#sources').scrollIntoViewIfNeeded();
  assert.match(await g.page.textContent('#sources .release'), /official release of August\s2025 \(FY2024-25\)/);
  // following the line's link: the scenario as it is now, on today's data, no line
  await line.locator('a').click();
  await ready(g.page);
  assert.equal(await g.page.locator('.vintage-line').count(), 0);
  assert.equal((await headline(g.page)).balance, cli(q.replace('data=2025-08', 'data=2026-07')).projection.headline.balance);
  assert.equal(new URL(g.page.url()).searchParams.get('eaeu_cut'), '51');
  g.check();
  await g.context.close();

  // in Hindi and Russian too; an embed shows the line small
  for (const [lang, words] of [['hi', /अगस्त\s2025 के डेटा/], ['ru', /по данным августа\s2025\sг\./]]) {
    const e = await openPage(browser, origin(), { width: 390, height: 800 });
    await e.page.goto(`${server.url}?${OLD}&embed=1&lang=${lang}`);
    await ready(e.page);
    assert.match(await e.page.textContent('.vintage-line.small'), words);
    assert.equal(await e.page.getAttribute('.vintage-line a', 'target'), '_blank');
    assert.equal((await headline(e.page)).balance, j.projection.headline.balance);
    e.check();
    await e.context.close();
  }
});

test('today\'s links carry data=<latest>; the default page fetches no vintage; an unknown id gets a notice and the latest', async () => {
  const g = await openPage(browser, origin());
  const fetched = [];
  g.page.on('request', (r) => { if (r.url().includes('/vintages/')) fetched.push(r.url()); });
  await g.page.goto(`${server.url}?oil=-10`);
  await ready(g.page);
  await g.page.getByLabel('EAEU tariff cut on Indian goods', { exact: true }).first().focus();
  await g.page.keyboard.press('ArrowRight');
  const q = await linkQuery(g.page);
  assert.equal(new URLSearchParams(q).get('data'), '2026-07', q);
  assert.deepEqual(fetched, [], 'the newest vintage is built in');
  assert.equal(await g.page.locator('.vintage-line').count(), 0);
  g.check();
  await g.context.close();

  for (const [lang, words] of [['en', /“data=2031-01” names no data release of this calculator; the latest data, of July\s2026, are used\./],
    ['hi', /नवीनतम डेटा \(जुलाई\s2026 का\)/], ['ru', /самые новые данные \(выпуск июля\s2026\sг\.\)/]]) {
    const u = await openPage(browser, origin());
    await u.page.goto(`${server.url}?oil=-10&data=2031-01&lang=${lang}`);
    await ready(u.page);
    assert.match(await u.page.textContent('.notice'), words);
    assert.equal((await headline(u.page)).balance, cli('oil=-10').projection.headline.balance);
    u.check();
    await u.context.close();
  }
});
