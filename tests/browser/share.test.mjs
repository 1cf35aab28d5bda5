// Share, embed and download, as a journalist would use them: links that restore exact scenarios,
// hostile links, copy link, the embed snippet on a host page whose iframe follows the content
// height, and downloads that parse and equal the command-line twin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { serve, launch, openPage, cli, cliText, ready, headline, linkQuery, openFold, openAt } from './harness.mjs';

const hosts = {};
let server, browser;
before(async () => { server = await serve(undefined, hosts); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });
const origin = () => server.url.replace(/\/$/, '');
const query = linkQuery;

const open = (query, opts = {}) => openAt(browser, server, query, { acceptDownloads: true, ...opts });

test('a changed lever and assumption survive a reload, exactly', async () => {
  const g = await open();
  const entries = await g.page.evaluate(() => history.length);
  await g.page.locator('#lever-eaeu_cut').fill('70');
  await openFold(g.page, '.assumptions');
  const duty = g.page.locator('#as-a_x_agri_food_t');
  await duty.fill('15');
  await duty.blur();
  assert.equal((await query(g.page)), 'v=1&eaeu_cut=70&a_x_agri_food_t=15&data=2026-07');
  const before = await headline(g.page);
  assert.deepEqual(before, {
    exports: cli((await query(g.page))).projection.headline.exports,
    imports: cli((await query(g.page))).projection.headline.imports,
    balance: cli((await query(g.page))).projection.headline.balance,
    total: cli((await query(g.page))).projection.headline.total_trade,
  });
  // history is replaced, not piled up
  assert.equal(await g.page.evaluate(() => history.length), entries);
  await g.page.reload();
  await ready(g.page);
  assert.deepEqual(await headline(g.page), before);
  await openFold(g.page, '.assumptions');
  assert.equal(await g.page.locator('#as-a_x_agri_food_t').inputValue(), '15');
  assert.equal(await g.page.inputValue('#lever-eaeu_cut'), '70');
  g.check();
  await g.context.close();
});

const HOSTILE = [
  ['?oil=abc', 'not a number'],
  ['?oil=1e400', 'not a number'],
  ['?eaeu_cut=-5', 'outside'],
  ['?growth=12&growth=40', 'more than once'],
  ['?zzz=1', 'unknown setting'],
  ['?v=2', 'version'],
  [`?oil=${'9'.repeat(5000)}`, 'longer than'],
  ['?a_x_pharma_m=-1', 'outside'],
  ['?a_x_pharma_v=1', "actual year's official figure"],
  ['?oil_price=70.3', 'between the lever'],
  ['?pin=pin%3Doil%253D-10', 'cannot hold a pin'],
  ['?pin=oil%3D-10%26a_sigma%3D2', 'is an assumption, not a lever'],
  ['?pin=foo', 'current trends are pinned'],
  ['?oil=-10&pinname=Orphan', 'pins none; the name was ignored'],
  [`?pin=oil%3D-10&pinname=${'%3Cimg%20src=x%20onerror=alert(1)%3E'.repeat(3)}`, 'In the pinned scenario: The scenario.s name is longer than 60'],
  [`?${Array.from({ length: 70 }, (_, i) => `junk${i}=1`).join('&')}`, '^[^`]*Ignored 70 unknown settings: “junk0”, “junk1”, “junk2”, “junk3”, “junk4”, …\\.[^`]*$'],
  ['?chart=pie&embed=1', 'not one of'],
  ['?%E0%A4%A=1&%FF=2', 'unknown setting'],
  ['?oil=%3Cimg%20src=x%20onerror=alert(1)%3E', 'not a number'],
  ['?name=Oil%20cut%20%E2%80%AE8202%20ni%20pots', 'change the direction of text; they were removed'],
];

test('hostile links: each leaves a working page and a notice that says what changed', async () => {
  const g = await open();
  for (const [q, why] of HOSTILE) {
    await g.page.goto(server.url + q);
    await ready(g.page);
    const notice = await g.page.textContent('.notice');
    assert.match(notice, new RegExp(why), `${q.slice(0, 40)}: ${notice}`);
    const h = await headline(g.page);
    for (const v of Object.values(h)) assert.ok(Number.isFinite(v), q);
    assert.equal(await g.page.locator('img').count(), 0, 'no markup from the link is rendered');
    assert.doesNotMatch(await g.page.textContent('body'), /NaN|Infinity|undefined/);
  }
  g.check();
  await g.context.close();
});

test('a name that would show reversed (U+202E) is shown as written, and the reader told, in each language', async () => {
  for (const [lang, says] of [['en', 'change the direction of text'], ['hi', 'पाठ की दिशा बदलते हैं'], ['ru', 'меняющие направление текста']]) {
    const g = await open(`?name=Oil%20cut%20%E2%80%AE8202%20ni%20pots&lang=${lang}`);
    assert.match(await g.page.textContent('.notice'), new RegExp(says));
    const name = await g.page.textContent('[data-figure=name]');
    assert.ok(name.includes('Oil cut 8202 ni pots'), name);
    assert.doesNotMatch(await g.page.textContent('body'), /[\u202a-\u202e\u2066-\u2069]/);
    // the link the page writes carries the cleaned name
    await g.page.waitForFunction(() => !window.pendingLink);
    assert.match(g.page.url(), /name=Oil%20cut%208202%20ni%20pots/);
    g.check();
    await g.context.close();
  }
});

test('copy link puts the scenario link on the clipboard', async () => {
  const g = await open('?oil=-10', { permissions: ['clipboard-read', 'clipboard-write'] });
  await g.page.getByRole('button', { name: 'Copy link' }).click();
  await g.page.waitForFunction(() => document.querySelector('.toolbar .status').textContent.length > 0);
  assert.equal(await g.page.textContent('.toolbar .status'), 'Link copied.');
  const copied = await g.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${server.url}?v=1&oil=-10&data=2026-07`);
  assert.equal(await g.page.inputValue('.link-box input'), copied);
  g.check();
  await g.context.close();
});

test('copy link after moves: the link is written on the click, and is the scenario as it is then', async () => {
  const g = await open('?oil=-10', { permissions: ['clipboard-read', 'clipboard-write'] });
  await g.page.locator('#lever-eaeu_cut').fill('70');
  await g.page.locator('#lever-growth').fill('20');
  // at once, before the address bar catches up with the moves
  await g.page.getByRole('button', { name: 'Copy link' }).click();
  await g.page.waitForFunction(() => document.querySelector('.toolbar .status').textContent === 'Link copied.');
  const copied = await g.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${server.url}?${await query(g.page)}`);
  assert.match(copied, /[?&]oil=-10&.*eaeu_cut=70|eaeu_cut=70&.*oil=-10/);
  assert.match(copied, /growth=20/);
  g.check();
  await g.context.close();
});

test('embed footer: its link to the full page follows the moves, and is up to date when used at once', async () => {
  const g = await open('?oil=-10&embed=1');
  const link = g.page.getByRole('link', { name: 'Open the full calculator ↗' });
  assert.equal(await link.getAttribute('href'), `${server.url}?v=1&oil=-10&data=2026-07`);
  await g.page.locator('#lever-eaeu_cut').fill('70');
  await g.page.waitForFunction(() => !window.pendingLink);
  const settled = await link.getAttribute('href');
  assert.match(settled, /^http:\/\/127\.0\.0\.1:\d+\/\?v=1&.*eaeu_cut=70/);
  assert.doesNotMatch(settled, /embed=/);
  // a move and a click on the link in the same moment: the link is brought up to date first
  // (the test keeps the page from following it)
  const pressed = await g.page.evaluate(() => {
    const s = document.getElementById('lever-eaeu_cut');
    s.value = '40';
    s.dispatchEvent(new Event('input', { bubbles: true }));
    const a = document.querySelector('.embed-footer a');
    const before = a.getAttribute('href');
    a.addEventListener('click', (e) => e.preventDefault(), { once: true });
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    return [before, a.getAttribute('href')];
  });
  assert.equal(pressed[0], settled, 'the link had not followed the move yet');
  assert.equal(pressed[1], settled.replace('eaeu_cut=70', 'eaeu_cut=40'));
  // and once the reader pauses, it follows by itself
  await g.page.waitForFunction(() => !window.pendingLink);
  assert.equal(await link.getAttribute('href'), pressed[1]);
  g.check();
  await g.context.close();
});

test('a name typed for the scenario goes into its link, the headline and the legends, and out again', async () => {
  const g = await open('?oil=-10');
  const field = g.page.getByLabel(/Name this scenario/);
  await field.fill('  Oil   cut ');
  await g.page.waitForFunction(() => location.search.includes('name='));
  assert.equal(new URL(g.page.url()).search, '?v=1&oil=-10&name=Oil%20cut&data=2026-07');
  assert.equal(await g.page.locator('[data-figure=name]').innerText(), 'Scenario: Oil cut');
  assert.equal(await g.page.locator('#chart-total').locator('xpath=..').locator('.legend .key').nth(1).innerText(), 'Oil cut');
  // the field keeps what was typed; the link's name is cleaned
  assert.equal(await field.inputValue(), '  Oil   cut ');
  await field.fill('');
  await g.page.waitForFunction(() => !location.search.includes('name='));
  assert.equal(await g.page.locator('[data-figure=name]').count(), 0);
  assert.equal(await g.page.locator('#chart-total').locator('xpath=..').locator('.legend .key').nth(1).innerText(), 'Your scenario');
  g.check();
  await g.context.close();
});

/**
 * The page's JSON download is the command line's output for its link, byte for byte (serde in
 * both: the browser's JSON.stringify here, serde_json there); the first differing line is shown.
 */
function sameBytes(text, q) {
  const want = cliText(q);
  if (text === want) return;
  const [a, b] = [text.split('\n'), want.split('\n')];
  const i = a.findIndex((line, k) => line !== b[k]);
  assert.fail(`the page's JSON differs from the command line's at line ${i + 1}:\n  page: ${a[i]}\n  CLI:  ${b[i]}`);
}

test('the JSON download of a link with a pinned scenario, changed assumptions and a name, in Hindi and rupees, is the command line\'s, byte for byte', async () => {
  const q = 'eaeu_cut=50&oil=-10&growth=15&a_x_pharma_t=10&pin=oil%3D-20&name=%E0%A4%A4%E0%A5%87%E0%A4%B2%20%22cut%22';
  const g = await open(`?${q}&lang=hi&cur=inr`);
  const [d] = await Promise.all([g.page.waitForEvent('download'), g.page.locator('button', { hasText: 'JSON' }).click()]);
  const text = (await readFile(await d.path())).toString('utf8');
  sameBytes(text, q);
  const doc = JSON.parse(text);
  assert.equal(doc.scenario.name, 'तेल "cut"');
  assert.ok(doc.pinned && doc.inputs.exports.pharma.eaeu_tariff_pct === 10);
  g.check();
  await g.context.close();
});

test('downloads: the JSON is byte for byte the command line\'s; CSV (numbers and sources) parse and equal it; charts as SVG and PNG', async () => {
  // a named scenario: the files are named after it, and the legend, the JSON and the sources say it
  const q = 'eaeu_cut=50&oil=-10&growth=15&name=Tariffs%20%26%20oil%3A%202030';
  const g = await open(`?${q}`);
  const stem = 'india-russia-trade-tariffs-oil-2030';
  const save = async (name) => {
    const [d] = await Promise.all([g.page.waitForEvent('download'), g.page.getByRole('button', { name }).click()]);
    return { name: d.suggestedFilename(), body: await readFile(await d.path()) };
  };
  const json = await save('Download JSON');
  assert.equal(json.name, `${stem}.json`);
  sameBytes(json.body.toString('utf8'), q);
  assert.equal(cli(q).scenario.name, 'Tariffs & oil: 2030');

  // the numbers: a plain table a strict CSV reader takes (header first; csv-parse throws on rows
  // of unequal length; numbers parse)
  const csv = await save('Download data (CSV)');
  assert.equal(csv.name, `${stem}.csv`);
  // UTF-8 with a byte-order mark, for spreadsheets opened by double-click
  assert.deepEqual([...csv.body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const table = parse(csv.body.toString('utf8'), { columns: true, skip_empty_lines: true, bom: true });
  const j = cli(q);
  assert.equal(table.length, j.years.length);
  const number = (v) => (v === '' ? null : Number(v));
  table.forEach((r, t) => {
    assert.equal(r.year, j.years[t]);
    assert.equal(r.kind, j.kind[t]);
    // an actual year's unofficial figures (FY2020-21's split, FY2022-23's exports), as the JSON marks them
    assert.equal(r.estimated, j.estimated[t].join(' '), `estimated ${r.year}`);
    for (const [col, series] of [
      ['balance_usd_bn', j.projection.balance], ['exports_usd_bn', j.projection.exports.total],
      ['baseline_total_trade_usd_bn', j.baseline.total_trade], ['exports_pharma_usd_bn', j.projection.exports.by_sector.pharma],
    ]) {
      assert.equal(number(r[col]), series[t], `${col} ${r.year}`);
      if (r[col] !== '') assert.ok(Number.isFinite(Number(r[col])), `${col} ${r.year}: ${r[col]}`);
    }
  });
  assert.deepEqual([table[0].year, table[0].kind, table.at(-1).year, table.at(-1).kind], ['FY2017-18', 'actual', 'FY2030-31', 'projection']);
  // the estimated column is the JSON's list for each year: today only the base year's crude split
  // and volume (every past year's trade is official)
  table.forEach((r, t) => assert.equal(r.estimated, j.estimated[t].join(' '), r.year));
  assert.deepEqual(table.filter((r) => r.estimated !== '').map((r) => r.year), ['FY2025-26']);
  // beside it: the link, the levers and every source
  const sources = await save('Sources (CSV)');
  assert.equal(sources.name, `${stem}-sources.csv`);
  assert.deepEqual([...sources.body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const items = parse(sources.body.toString('utf8'), { columns: true, skip_empty_lines: true, bom: true });
  assert.equal(items[0].value, `${server.url}?v=1&eaeu_cut=50&oil=-10&growth=15&name=Tariffs%20%26%20oil%3A%202030&data=2026-07`);
  assert.equal(items.find((r) => r.key === 'name').value, 'Tariffs & oil: 2030');
  assert.equal(items.find((r) => r.key === 'export.pharma.hs').value, 'HS 30');
  assert.equal(items.find((r) => r.key === 'lever.oil').value, '-10');
  const fy26 = items.find((r) => r.key === 'actual.FY2025-26.exports');
  assert.deepEqual([fy26.value, fy26.tag], ['4.49352', 'OFF']);
  assert.ok(items.filter((r) => r.tag && r.tag !== 'DEF').every((r) => r.source.length >= 8), 'every figure has a source');

  const svg = await save('total trade chart as SVG');
  const s = svg.body.toString('utf8');
  assert.equal(svg.name, `${stem}-total.svg`);
  assert.match(s, />Tariffs &amp; oil: 2030<\/text>/);
  assert.match(s, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(s, /Total trade against the US\$\s100\sbn target/);
  assert.match(s, /Source: Department of Commerce/);
  assert.match(s, /v=1&amp;eaeu_cut=50&amp;oil=-10&amp;growth=15&amp;name=Tariffs%20%26%20oil%3A%202030/);
  // the page: the legend and the headline say the name
  assert.equal(await g.page.locator('#chart-total').locator('xpath=..').locator('.legend .key').nth(1).innerText(), 'Tariffs & oil: 2030');
  assert.equal(await g.page.locator('[data-figure=name]').innerText(), 'Scenario: Tariffs & oil: 2030');

  const [d] = await Promise.all([
    g.page.waitForEvent('download'),
    g.page.locator('#chart-total').locator('xpath=..').getByRole('button', { name: 'PNG' }).click(),
  ]);
  const png = await readFile(await d.path());
  assert.equal(d.suggestedFilename(), `${stem}-total.png`);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.readUInt32BE(16), 1440, 'PNG is 2× the 720-unit SVG');
  g.check();
  await g.context.close();
});

test('embed: the dialog writes a snippet; on a host page the iframe follows the content height', async () => {
  const g = await open('?oil=-10');
  await g.page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = g.page.locator('dialog.embed-dialog');
  assert.ok(await dialog.isVisible());
  // by default what an article wants: the chart against the target, no levers, and a frame
  // title that names the chart and the scenario
  const first = await dialog.locator('textarea').inputValue();
  assert.match(first, /&amp;chart=total&amp;controls=0&amp;data=2026-07"/);
  assert.match(first, /title="Total trade against the US\$\s100\sbn target: Change in Russian crude after FY2026-27: −10\s% a year"/);
  await dialog.locator('select').first().selectOption({ label: 'one chart: Total trade against the US$\u00a0100\u00a0bn target' });
  await dialog.getByLabel(' with the levers').uncheck();
  const snippet = await dialog.locator('textarea').inputValue();
  // the embed keeps the page's language, written out so that it does not follow the host's readers
  assert.match(snippet, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?v=1&amp;oil=-10&amp;lang=en&amp;embed=1&amp;chart=total&amp;controls=0&amp;data=2026-07"/);
  // the dialog says how tall the embed will be in an article, measured by the embed itself
  await g.page.waitForFunction(() => document.querySelector('[data-figure=embed-heights]')?.dataset.desktop);
  const measured = dialog.locator('[data-figure=embed-heights]');
  const [phone, desktop] = [Number(await measured.getAttribute('data-phone')), Number(await measured.getAttribute('data-desktop'))];
  assert.ok(phone > 300 && phone < 900, `on a phone the default embed is ${phone} px tall`);
  assert.ok(desktop > 300 && desktop < 900, `on a desktop ${desktop} px`);
  assert.equal(await measured.innerText(), `In an article it is ${phone} px tall on a phone (390 px wide) and ${desktop} px on a desktop (720 px column).`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // closed, the dialog keeps no frames (they go when its close event arrives)
  await g.page.waitForFunction(() => document.querySelectorAll('.embed-measure iframe').length === 0);
  g.check();
  await g.context.close();

  // the host: an article column 720 px wide, where the frame must take the height the dialog said
  hosts['/host.html'] = `<!doctype html><html><head><title>Host article</title><link rel="icon" href="data:,"></head><body style="margin:0;width:720px">
    <h1>An article</h1><input id="host-input" autofocus>
    ${snippet}
    <p id="after">After the frame</p></body></html>`;
  const h = await openPage(browser, origin());
  await h.page.goto(`${server.url}host.html`);
  await h.page.focus('#host-input'); // a reader starts typing in the host page while the embed loads
  const frame = h.page.frameLocator('iframe');
  await frame.locator('#chart-total').waitFor();
  // the embed shows one chart, no levers, the source line and a link to the full calculator
  assert.equal(await frame.locator('figure.chart').count(), 1);
  assert.equal(await frame.locator('input[type=range]').count(), 0);
  const full = await frame.getByRole('link', { name: 'Open the full calculator ↗' }).getAttribute('href');
  assert.equal(full, `${server.url}?v=1&oil=-10&lang=en&data=2026-07`);
  assert.match(await frame.locator('.embed-footer').textContent(), /Source: Department of Commerce/);
  // the host applies the reported height: iframe height = the embedded document's height
  const heights = async () => h.page.evaluate(() => {
    const f = document.querySelector('iframe');
    return [f.getBoundingClientRect().height, f.contentDocument.documentElement.scrollHeight];
  });
  await h.page.waitForFunction(() => document.querySelector('iframe').style.height !== '560px');
  let [outer, inner] = await heights();
  assert.equal(Math.round(outer), inner);
  await h.page.waitForFunction((want) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - want) <= 1, desktop);
  // the embed never took the host page's focus
  assert.equal(await h.page.evaluate(() => document.activeElement.id), 'host-input');
  // opening the chart's data table makes the content taller: the frame follows
  await frame.locator('.chart-data > summary').click();
  await frame.locator('.chart-data table').waitFor();
  await h.page.waitForFunction((prev) => document.querySelector('iframe').getBoundingClientRect().height > prev, outer);
  [outer, inner] = await heights();
  assert.equal(Math.round(outer), inner);
  h.check();
  await h.context.close();
});

test('embed dialog: closed, its snippet follows no lever; opened again, it is the scenario as it is then', async () => {
  const g = await open('?oil=-10');
  await g.page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = g.page.locator('dialog.embed-dialog');
  const first = await dialog.locator('textarea').inputValue();
  assert.match(first, /oil=-10&amp;lang=en&amp;embed=1/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await g.page.locator('#lever-eaeu_cut').fill('70');
  await g.page.waitForFunction(() => !window.pendingLink);
  // nobody sees it: it was not rewritten
  assert.equal(await dialog.locator('textarea').inputValue(), first);
  await g.page.getByRole('button', { name: 'Embed…' }).click();
  const again = await dialog.locator('textarea').inputValue();
  const q = await query(g.page);
  assert.ok(again.includes(`?${q.replace(/&data=.*$/, '').replaceAll('&', '&amp;')}&amp;lang=en&amp;embed=1&amp;chart=total&amp;controls=0&amp;data=2026-07"`), again);
  assert.match(again, /eaeu_cut=70/);
  // the frame's title names the scenario as it is now
  assert.match(again, /title="Total trade against the US\$\s100\sbn target: [^"]*EAEU[^"]*"/);
  g.check();
  await g.context.close();
});

test('describe the chart: a title, subtitle and note typed in the embed dialog go into the link, the snippet, the embed of one chart, the downloaded SVG and the JSON', async () => {
  const g = await open('?oil=-10');
  // the full page titles each chart with its finding, the subject and unit under it
  const h3 = await g.page.locator('#chart-balance h3').textContent();
  const deficit = cli('oil=-10').projection.balance.at(-1);
  assert.equal(h3, `India's deficit with Russia projected to narrow to US$\u00a0${Math.abs(deficit).toFixed(1)}\u00a0bn by FY2030-31`);
  assert.match(await g.page.locator('#chart-balance .chart-subtitle').textContent(), /^Trade balance, US\$\sbn, current prices: actual FY2017-18 to FY2025-26, projected to FY2030-31$/);
  await g.page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = g.page.locator('dialog.embed-dialog');
  await dialog.getByLabel('Title', { exact: true }).fill('Oil  cut halves\u0007 the deficit');
  await dialog.getByLabel('Subtitle', { exact: true }).fill('US$ bn, projection');
  await dialog.getByLabel('Note (under the chart)').fill('Illustrative, not a forecast.');
  const snippet = await dialog.locator('textarea').inputValue();
  assert.match(snippet, /title=Oil%20cut%20halves%20the%20deficit&amp;subtitle=US%24%20bn%2C%20projection&amp;note=Illustrative%2C%20not%20a%20forecast\./);
  // the frame is called by the journalist's title (what a screen reader announces for it)
  assert.match(snippet, / title="Oil cut halves the deficit"/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await g.page.waitForFunction(() => !window.pendingLink);
  assert.match(await query(g.page), /&title=Oil%20cut%20halves%20the%20deficit&subtitle=/);
  // the full page keeps its own titles; a downloaded chart takes the journalist's
  assert.equal(await g.page.locator('#chart-balance h3').textContent(), h3);
  const button = g.page.locator('#chart-balance').locator('xpath=..').locator('.chart-downloads button').first();
  const [d] = await Promise.all([g.page.waitForEvent('download'), button.click()]);
  const svg = await readFile(await d.path(), 'utf8');
  assert.match(svg, />Oil cut halves the deficit<\/text>/);
  assert.match(svg, />US\$ bn, projection<\/text>/);
  assert.match(svg, />Illustrative, not a forecast\.<\/text>/);
  assert.ok(!svg.includes('projected to narrow'), 'the finding gives way to the journalist\'s title');
  // the JSON echoes them, as the command line does for the same link
  const [jd] = await Promise.all([g.page.waitForEvent('download'), g.page.getByRole('button', { name: 'Download JSON' }).click()]);
  const json = JSON.parse(await readFile(await jd.path(), 'utf8'));
  assert.deepEqual(json.scenario.chart_words, { title: 'Oil cut halves the deficit', subtitle: 'US$ bn, projection', note: 'Illustrative, not a forecast.' });
  assert.deepEqual(cli(await query(g.page)).scenario.chart_words, json.scenario.chart_words);
  g.check();
  await g.context.close();
  // the embed of one chart shows them
  const e = await openPage(browser, origin());
  await e.page.goto(`${server.url}?oil=-10&embed=1&chart=balance&title=Oil%20cut&subtitle=In%20US%24%20bn&note=Not%20a%20forecast.`);
  await e.page.waitForFunction(() => document.documentElement.hasAttribute('data-built'));
  assert.equal(await e.page.locator('#chart-balance h3').textContent(), 'Oil cut');
  assert.equal(await e.page.locator('#chart-balance .chart-subtitle').textContent(), 'In US$ bn');
  assert.equal(await e.page.locator('#chart-balance .chart-note').textContent(), 'Not a forecast.');
  e.check();
  await e.context.close();
});

test('embed: Pym.js parents get pym height messages; flags choose levers and theme', async () => {
  hosts['/pym.html'] = `<!doctype html><html><head><title>Pym host</title><link rel="icon" href="data:,"></head><body>
    <iframe id="f" style="width:100%;border:0" src="/?embed=1&levers=oil,growth&theme=dark&initialWidth=600&childId=irt-1&parentTitle=x&parentUrl=y"></iframe>
    <script>window.pymMessages = []; window.addEventListener('message', (e) => { if (typeof e.data === 'string') window.pymMessages.push(e.data); });</script>
    </body></html>`;
  const h = await openPage(browser, origin(), { colorScheme: 'light' });
  await h.page.goto(`${server.url}pym.html`);
  await h.page.waitForFunction(() => window.pymMessages.length > 0);
  const msg = await h.page.evaluate(() => window.pymMessages.at(-1));
  assert.match(msg, /^pymxPYMxirt-1xPYMxheightxPYMx\d+$/);
  const frame = h.page.frameLocator('#f');
  await frame.locator('#lever-oil').waitFor();
  const names = await frame.locator('input[type=range]').evaluateAll((xs) => xs.map((x) => x.name));
  assert.deepEqual(names, ['oil', 'growth']);
  assert.equal(await frame.locator('.notice').count(), 0, 'Pym parameters are not reported as unknown');
  const bg = await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(bg, 'rgb(18, 20, 23)', 'theme=dark wins over a light system theme');
  await frame.locator('#lever-oil').fill('-30');
  assert.equal(await frame.locator('output[data-key=oil]').textContent(), '−30\u00a0% a year');
  h.check();
  await h.context.close();
});

test('link previews: title, description and a preview image in the meta tags', async () => {
  const g = await open();
  const meta = await g.page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((m) => [m.getAttribute('property') || m.name, m.content])));
  assert.match(meta['og:title'], /India–Russia trade/);
  assert.ok(meta['og:description'].length > 50);
  assert.equal(meta['twitter:card'], 'summary_large_image');
  const img = await g.page.request.get(new URL(meta['og:image'], server.url).href);
  assert.equal(img.status(), 200);
  assert.equal(img.headers()['content-type'], 'image/png');
  g.check();
  await g.context.close();
});
