// The CSV downloads as a newsroom opens them: saved from the page (Chromium), then read by pandas
// with its defaults and opened by LibreOffice Calc (as its import dialog proposes for a file with a
// byte-order mark), converted to .xlsx and read back. Every header, every column's type, the HS chapters as
// text and the accented and non-Latin characters must come through as written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage, ready, cli } from './harness.mjs';

let server, browser, dir;
before(async () => {
  server = await serve();
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'sheets-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// a name in Russian, so that non-Latin letters travel through every file
const NAME = 'Нефть −10 %, пошлины −50 %';
const Q = `eaeu_cut=50&oil=-10&name=${encodeURIComponent(NAME)}`;

/** Both CSVs as the page saves them, written to `dir`. */
async function download() {
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { acceptDownloads: true });
  await g.page.goto(`${server.url}?${Q}`);
  await ready(g.page);
  const files = {};
  for (const [key, button] of [['data', 'Download data (CSV)'], ['sources', 'Sources (CSV)']]) {
    const [d] = await Promise.all([g.page.waitForEvent('download'), g.page.getByRole('button', { name: button }).click()]);
    const path = join(dir, d.suggestedFilename());
    writeFileSync(path, await readFile(await d.path()));
    files[key] = path;
  }
  g.check();
  await g.context.close();
  return files;
}

/** Run a Python script over the files; its JSON answer. */
const python = (script, ...args) => JSON.parse(execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8' }));

// what pandas makes of each file, with read_csv's defaults
const PANDAS = `
import json, sys
import pandas as pd
data = pd.read_csv(sys.argv[1])
src = pd.read_csv(sys.argv[2])
print(json.dumps({
  "columns": list(data.columns),
  "dtypes": {c: str(t) for c, t in data.dtypes.items()},
  "years": list(data["year"]),
  "estimated": list(data["estimated"].fillna("")),
  "balance": [None if pd.isna(v) else float(v) for v in data["balance_usd_bn"]],
  "src_columns": list(src.columns),
  "src": {k: v for k, v in zip(src["key"], src["value"].astype(str))},
  "src_source": {k: v for k, v in zip(src["key"], src["source"].fillna("").astype(str))},
}, ensure_ascii=False))
`;

// what LibreOffice's default import stored in the converted workbook: each cell's value and type
const OPENPYXL = `
import json, sys
from openpyxl import load_workbook
out = {}
for name in sys.argv[1:]:
    ws = load_workbook(name).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    out[name] = {"rows": rows, "types": [[type(v).__name__ for v in r] for r in rows]}
print(json.dumps(out, ensure_ascii=False, default=str))
`;

test('the CSVs open clean in pandas and in LibreOffice: headers, types, HS chapters as text, every letter', async () => {
  const files = await download();
  const want = cli(Q);
  const header = readFileSync(files.data, 'utf8').replace(/^\uFEFF/, '').split('\n')[0].split(',');
  assert.deepEqual(header.slice(0, 3), ['year', 'kind', 'estimated']);
  // the figures, each column naming its unit, then the data release they are from (a link's data=)
  assert.equal(header.at(-1), 'data_release');
  const figures = header.slice(3, -1);
  assert.ok(figures.every((h) => /_(usd_bn|mbd)$|^inr_per_usd$/.test(h)), `every column names its unit: ${header}`);

  // pandas: the mark is skipped (the first column is "year", not "\\ufeffyear"), every figure
  // column is numeric, the numbers are the command line's
  const p = python(PANDAS, files.data, files.sources);
  assert.deepEqual(p.columns, header);
  for (const c of figures) assert.equal(p.dtypes[c], 'float64', `${c} is ${p.dtypes[c]}`);
  assert.ok(['object', 'str'].includes(p.dtypes.data_release), 'the release stays text');
  assert.deepEqual(p.estimated, want.estimated.map((e) => e.join(' ')));
  assert.deepEqual(p.years, want.years);
  assert.deepEqual(p.balance, want.projection.balance);
  assert.deepEqual(p.src_columns, ['item', 'key', 'value', 'unit', 'tag', 'source']);
  assert.equal(p.src.name, NAME);
  assert.equal(p.src['export.agri_food.hs'], 'HS 01-02, 04-24');
  assert.equal(p.src['export.marine.hs'], 'HS 03');
  assert.match(p.src_source['target.total'], /Modi–Putin summit/);

  // LibreOffice Calc, headless. A double-click opens its import dialog, which reads the
  // byte-order mark and proposes UTF-8; headless there is no dialog (and LibreOffice 7.4 then
  // assumes Windows-1252 whatever the mark), so the test gives what the dialog proposes: comma,
  // double quote, UTF-8 (76). Everything else is the default import: types are Calc's guesses.
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`,
    '--infilter=CSV:44,34,76', '--convert-to', 'xlsx', '--outdir', dir, files.data, files.sources],
  { stdio: 'ignore', timeout: 120000 });
  const xlsx = [files.data, files.sources].map((f) => f.replace(/\.csv$/, '.xlsx'));
  const lo = python(OPENPYXL, ...xlsx);
  const [data, sources] = xlsx.map((f) => lo[f]);
  assert.deepEqual(data.rows[0], header, 'the header row, with no stray mark');
  assert.deepEqual(data.rows.slice(1).map((r) => r[0]), want.years, 'the fiscal years stay text');
  // every figure a number (or empty where none was published)
  data.types.slice(1).forEach((types, i) => types.slice(3, -1).forEach((t, k) => {
    assert.ok(t === 'float' || t === 'int' || t === 'NoneType', `${want.years[i]} ${header[k + 3]}: ${t}`);
  }));
  // the release stays text, not a date
  assert.deepEqual(data.rows.slice(1).map((r) => r.at(-1)), want.years.map(() => want.vintage.id));
  // the estimated figures stay text (empty where every figure is official)
  assert.deepEqual(data.rows.slice(1).map((r) => r[2] ?? ''), want.estimated.map((e) => e.join(' ')));
  const balance = header.indexOf('balance_usd_bn');
  data.rows.slice(1).forEach((r, i) => {
    const w = want.projection.balance[i];
    if (w === null) assert.equal(r[balance], null);
    else assert.ok(Math.abs(r[balance] - w) < 1e-9, `${want.years[i]}: ${r[balance]} for ${w}`);
  });
  const cell = (key) => sources.rows.find((r) => r[1] === key);
  assert.equal(cell('name')[2], NAME);
  assert.equal(cell('export.marine.hs')[2], 'HS 03');
  assert.equal(cell('export.agri_food.hs')[2], 'HS 01-02, 04-24');
  assert.match(cell('target.total')[5], /Modi–Putin summit/);
});
