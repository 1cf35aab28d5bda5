// The core journeys in Firefox and WebKit, as in Chromium: the page loads with the command line's
// numbers, a lever moved by keyboard gives the CLI's numbers for the link it writes, a scenario
// link, each language, nothing clipped in each language, currency and theme, Hindi digits, an embed's height on a host page, the JSON download byte for byte and the CSV equal to the
// CLI's, and a reload with the server gone (offline, from the service worker). Any error the page
// records (uncaught, console, CSP) fails the journey.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { serve, cli, cliText, DIST, SHOTS } from './harness.mjs';
import { firefox, webkit } from './engines.mjs';
import { problems, digitWidths, settled } from './fit.mjs';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';


const hosts = {};
let server;
before(async () => { server = await serve(DIST, hosts); });
after(async () => { await server?.close(); });

const same = (got, want, what) => {
  assert.equal(got.exports, want.exports, `${what}: exports`);
  assert.equal(got.imports, want.imports, `${what}: imports`);
  assert.equal(got.balance, want.balance, `${what}: balance`);
  assert.equal(got.total, want.total_trade, `${what}: total trade`);
};

const ENGINES = (process.env.ENGINES || 'firefox,webkit').split(',');
for (const engine of [firefox, webkit].filter((e) => ENGINES.includes(e.name))) {
  test(`core journeys in ${engine.name === 'firefox' ? 'Firefox' : 'WebKit'}`, { timeout: 240000 }, async (t) => {
    const step = (name, fn) => t.test(name, fn);
    const b = await engine();
    try {
      const url = server.url;
      const checked = async (page, what) => assert.deepEqual(await page.problems(), [], `${b.name}, ${what}`);

      await step('load: the default scenario equals the CLI', async () => {
        const page = await b.open(url);
        await page.ready();
        same(await page.headline(), cli('').projection.headline, 'default');
        await checked(page, 'load');
        await page.close();
      });

      await step('a lever by keyboard: the link it writes gives the CLI\'s numbers', async () => {
        const page = await b.open(url);
        await page.ready();
        await page.focus('#lever-eaeu_cut');
        for (let i = 0; i < 3; i++) await page.press('ArrowRight');
        const q = await page.query();
        assert.equal(q, 'v=1&eaeu_cut=3&data=2026-07');
        same(await page.headline(), cli(q).projection.headline, q);
        // the band came from the insight worker, for this link
        await page.waitFor(() => document.documentElement.dataset.insightWorker === 'answered' && !window.insightPending,
          null, { what: 'the insight worker\'s answer' });
        const probability = await page.evaluate(() => document.querySelector('[data-figure=probability]').dataset.value);
        assert.equal(Number(probability), cli(q).uncertainty.probability_target, q);
        await checked(page, 'lever');
        await page.close();
      });

      await step('a scenario link, in each language', async () => {
        const q = 'eaeu_cut=50&oil=-10&growth=15';
        const want = cli(q).projection.headline;
        for (const [lang, script] of [['en', /[A-Za-z]/], ['hi', /[\u0900-\u097F]/], ['ru', /[\u0400-\u04FF]/]]) {
          const page = await b.open(`${url}?${q}&lang=${lang}`);
          await page.ready();
          same(await page.headline(), want, `${q} in ${lang}`);
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
          assert.match(await page.evaluate(() => document.getElementById('sentence').textContent), script);
          await checked(page, `link in ${lang}`);
          await page.close();
        }
      });

      await step('nothing clipped or overlapping, every panel open, in each language, currency and theme', async () => {
        mkdirSync(SHOTS, { recursive: true });
        const found = [];
        for (const lang of ['en', 'hi', 'ru']) {
          for (const cur of ['usd', 'inr']) {
            for (const theme of ['light', 'dark']) {
              for (const width of [b.minWidth, 1280]) {
                const page = await b.open(`${url}?lang=${lang}&cur=${cur}&theme=${theme}`, { width, height: 900 });
                await page.ready();
                // open every fold (an open one may hold more), then render what is off screen
                for (let round = 0; round < 5; round++) {
                  const opened = await page.evaluate(() => {
                    const closed = [...document.querySelectorAll('details:not([open])')];
                    closed.forEach((d) => { d.open = true; });
                    return closed.length;
                  });
                  await page.evaluate(settled);
                  if (!opened) break;
                }
                await page.evaluate(() => {
                  const st = document.createElement('style');
                  st.textContent = '* { content-visibility: visible !important; }';
                  document.head.append(st);
                });
                await page.evaluate(settled);
                for (const p of await page.evaluate(problems)) found.push(`${lang} ${cur} ${theme} ${width} px: ${p}`);
                const shot = await page.screenshot();
                writeFileSync(join(SHOTS, `${b.name.toLowerCase()}-${lang}-${cur}-${theme}-${width}.png`), shot);
                await checked(page, `${lang} ${cur} ${theme} ${width} px`);
                await page.close();
              }
            }
          }
        }
        assert.deepEqual(found, [], found.slice(0, 20).join('\n'));
      });

      await step('Hindi: digits come from one font, inside Hindi text and out', async () => {
        const page = await b.open(`${url}?lang=hi`);
        await page.ready();
        const w = await page.evaluate(digitWidths);
        assert.equal(w.serif[0], w.serif[1], `serif digits: ${w.serif}`);
        assert.equal(w.sans[0], w.sans[1], `sans digits: ${w.sans}`);
        await page.close();
      });

      await step('downloads: the JSON is the CLI\'s, byte for byte; the data CSV equals it', async () => {
        const q = 'eaeu_cut=50&oil=-10';
        const page = await b.open(`${url}?${q}`);
        await page.ready();
        const saved = async (label) => {
          await page.evaluate((l) => [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === l).click(), label);
          return page.waitFor(async () => {
            const d = window.__downloads;
            const names = Object.keys(d);
            return names.length ? { name: names[0], text: await d[names[0]] } : null;
          }, null, { what: `the ${label} download` }).then(async (r) => {
            await page.evaluate(() => { window.__downloads = {}; });
            return r;
          });
        };
        const json = await saved('Download JSON');
        const want = cli(q);
        // byte for byte the command line's: this engine's JSON.stringify writes what serde_json does
        assert.equal(json.text, cliText(q), 'the JSON download differs from the command line\'s output');
        const csv = await saved('Download data (CSV)');
        // named after the scenario (what its link changes, when it has no name)
        assert.equal(csv.name, 'india-russia-trade-eaeu-cut-50-oil-minus-10.csv');
        const table = parse(csv.text, { columns: true, skip_empty_lines: true, bom: true });
        assert.equal(table.length, want.years.length);
        table.forEach((r, i) => {
          assert.equal(r.year, want.years[i]);
          assert.equal(r.balance_usd_bn === '' ? null : Number(r.balance_usd_bn), want.projection.balance[i], `balance ${r.year}`);
        });
        await checked(page, 'downloads');
        await page.close();
      });

      await step('an embed on a host page: the frame takes the height the embed reports', async () => {
        hosts['/engines-host.html'] = `<!doctype html><html><head><title>Host</title><link rel="icon" href="data:,"></head><body>
          <h1>An article</h1>
          <iframe src="/?v=1&amp;embed=1&amp;chart=total&amp;controls=0" title="Embed" style="width:100%;border:0;height:560px"></iframe>
          <script>
          window.addEventListener('message', function (e) {
            var h = e.data && e.data['datawrapper-height'];
            if (!h || typeof h['india-russia-trade'] !== 'number') return;
            document.querySelector('iframe').style.height = h['india-russia-trade'] + 'px';
          });
          </script></body></html>`;
        const page = await b.open(`${url}engines-host.html`);
        await page.waitFor(() => document.querySelector('iframe').style.height !== '560px', null, { what: 'a height message' });
        await page.waitFor(() => {
          const f = document.querySelector('iframe');
          const doc = f.contentDocument;
          return doc && doc.documentElement.hasAttribute('data-built')
            && Math.abs(f.getBoundingClientRect().height - doc.documentElement.scrollHeight) <= 1;
        }, null, { what: 'the frame to fit its content' });
        await checked(page, 'embed host');
        await page.close();
      });

      await step('offline: with the server gone, a reload opens from the service worker', async () => {
        // a server of its own, closed mid-journey
        const own = await serve(DIST);
        const page = await b.open(`${own.url}?oil=-10`);
        await page.ready();
        const before = await page.headline();
        // the first visit installs the worker; a reload puts the page under it
        await page.waitFor(() => navigator.serviceWorker.ready.then(() => true), null, { timeout: 30000, what: 'the service worker to install' });
        await page.goto(`${own.url}?oil=-10`);
        await page.ready();
        await page.waitFor(() => Boolean(navigator.serviceWorker.controller), null, { what: 'the service worker to control the page' });
        await own.close();
        await page.goto(`${own.url}?oil=-10`);
        await page.ready().catch(async (e) => {
          const seen = await page.evaluate(() => [document.title, Boolean(navigator.serviceWorker.controller), document.documentElement.outerHTML.length]);
          throw new Error(`${e.message} (offline: ${JSON.stringify(seen)})`);
        });
        assert.deepEqual(await page.headline(), before);
        await checked(page, 'offline');
        await page.close();
      });
    } finally {
      await b.close();
    }
  });
}
