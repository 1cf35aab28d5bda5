// What the reader sees is whole: at every width from a small phone to a wide desktop, in each
// language and currency, light and dark, no text sticks out of the box that clips it, the page is
// never wider than the screen, and no two texts of a chart overlap. Every panel is open, so the
// tables, the sector figures and the sources are checked too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, ready, openAll, cli } from './harness.mjs';
import { problems, tableProblems, digitWidths, settled } from './fit.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// 900 px: the levers move beside the figures, whose cards are then at their narrowest
const WIDTHS = [320, 360, 390, 768, 900, 1024, 1280, 1920];

for (const lang of ['en', 'hi', 'ru']) {
  for (const cur of ['usd', 'inr']) {
    test(`nothing clipped or overlapping: ${lang}, ${cur}, ${WIDTHS.join(', ')} px, light and dark`, async () => {
      const g = await openPage(browser, server.url.replace(/\/$/, ''), { width: WIDTHS[0], height: 800 });
      await g.page.goto(`${server.url}?lang=${lang}&cur=${cur}`);
      await ready(g.page);
      await openAll(g.page);
      // parts off screen skip rendering (content-visibility): lay everything out to measure it
      await g.page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
      const found = [];
      for (const width of WIDTHS) {
        await g.page.setViewportSize({ width, height: 800 });
        // the charts measure their new width and lay out again
        await g.page.evaluate(settled);
        for (const scheme of ['light', 'dark']) {
          await g.page.emulateMedia({ colorScheme: scheme });
          for (const p of await g.page.evaluate(problems)) found.push(`${width} px ${scheme}: ${p}`);
        }
      }
      assert.deepEqual(found, [], found.slice(0, 30).join('\n'));
      g.check();
      await g.context.close();
    });
  }
}

// Every table fits its box at every width, its long texts wrapped, except the year-by-year ones,
// which scroll with the year (and the balance) kept in view. With a pinned scenario (one more
// column) and every fold open.
const TABLE_WIDTHS = [320, 390, 900, 1024, 1280, 1920];
for (const [lang, cur] of [['en', 'usd'], ['hi', 'inr'], ['ru', 'inr']]) {
  test(`tables fit or keep the year and balance in view: ${lang}, ${cur}, ${TABLE_WIDTHS.join(', ')} px`, async () => {
    const g = await openPage(browser, server.url.replace(/\/$/, ''), { width: TABLE_WIDTHS[0], height: 800 });
    await g.page.goto(`${server.url}?eaeu_cut=50&oil=-10&pin=growth%3D20&lang=${lang}&cur=${cur}`);
    await ready(g.page);
    await openAll(g.page);
    await g.page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    const tables = await g.page.$$eval('table', (ts) => ts.length);
    assert.ok(tables >= 12, `only ${tables} tables open`);
    const found = [];
    for (const width of TABLE_WIDTHS) {
      await g.page.setViewportSize({ width, height: 800 });
      await g.page.evaluate(settled);
      for (const p of await g.page.evaluate(tableProblems)) found.push(`${width} px: ${p}`);
    }
    assert.deepEqual(found, [], found.slice(0, 30).join('\n'));
    g.check();
    await g.context.close();
  });
}

/**
 * In a page showing one downloaded SVG: every text inside the image, and no two texts on top of
 * each other (boxes in the SVG's own units, as the reader's image viewer draws them).
 */
function svgProblems() {
  const svg = document.querySelector('svg');
  const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
  const boxes = [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBBox()]).filter(([s, b]) => s.trim() && b.width > 0);
  const out = [];
  for (const [s, b] of boxes) {
    if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > w + 0.5 || b.y + b.height > h + 0.5) {
      out.push(`"${s.slice(0, 50)}" lies outside the ${w} × ${h} image (${Math.round(b.x)}–${Math.round(b.x + b.width)}, ${Math.round(b.y)}–${Math.round(b.y + b.height)})`);
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [[sa, a], [sb, b]] = [boxes[i], boxes[j]];
      const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (x > 1 && y > 1) out.push(`"${sa.slice(0, 40)}" and "${sb.slice(0, 40)}" overlap`);
    }
  }
  return { out, w, h };
}

const pngSize = (buf) => [buf.readUInt32BE(16), buf.readUInt32BE(20)];

/** The FY2030-31 values a chart writes at its lines' ends: your scenario's and the pinned one's. */
function endValues(j, chart) {
  const at = (p) => ({ balance: p.balance, total: p.total_trade, exports: p.exports.total ?? p.exports, imports: p.imports.total ?? p.imports })[chart].at(-1);
  return [at(j.projection), at(j.pinned)];
}

/** A chart value as the page writes it: one decimal, a real minus, Russian's decimal comma. */
const fmt = (v, lang) => {
  const s = Math.abs(v).toFixed(1);
  const n = (v < 0 && Number(s) !== 0 ? '\u2212' : '') + s;
  return lang === 'ru' ? n.replace('.', ',') : n;
};

test('downloaded charts fit for print: every text inside the image, none on another, FY2030-31 labelled and the end values written, in every language and currency', async () => {
  const { readFile } = await import('node:fs/promises');
  const found = [];
  const j = cli('eaeu_cut=50&oil=-10&pin=growth%3D20');
  const view = await openPage(browser, server.url.replace(/\/$/, ''));
  for (const lang of ['en', 'hi', 'ru']) {
    for (const cur of ['usd', 'inr']) {
      // a pinned scenario and the band: the longest legends
      const g = await openPage(browser, server.url.replace(/\/$/, ''), { acceptDownloads: true });
      await g.page.goto(`${server.url}?eaeu_cut=50&oil=-10&lang=${lang}&cur=${cur}&pin=growth%3D20`);
      await ready(g.page);
      const buttons = g.page.locator('.chart-downloads button');
      const n = await buttons.count();
      assert.equal(n, 10, 'an SVG and a PNG button for each of the five charts');
      for (let k = 0; k < n; k += 2) {
        await buttons.nth(k).scrollIntoViewIfNeeded();
        const [d] = await Promise.all([g.page.waitForEvent('download'), buttons.nth(k).click()]);
        const svg = await readFile(await d.path(), 'utf8');
        await view.page.setContent(svg);
        const { out, w, h } = await view.page.evaluate(svgProblems);
        for (const p of out) found.push(`${lang} ${cur} ${d.suggestedFilename()}: ${p}`);
        // set for print: FY2030-31 labelled under the plot, the lines' FY2030-31 values written
        const texts = await view.page.evaluate(() => [...document.querySelectorAll('text')].map((t) => t.textContent));
        const chart = ['balance', 'total', 'exports', 'imports'][k / 2];
        if (chart) {
          const last = lang === 'ru' ? '30/31' : '30-31';
          if (!texts.includes(last)) found.push(`${lang} ${cur} ${chart}: no ${last} label`);
          if (cur === 'usd') {
            for (const v of endValues(j, chart)) {
              const words = fmt(v, lang);
              if (!texts.includes(words)) found.push(`${lang} ${chart}: no end value ${words} in ${texts.join(' | ').slice(0, 300)}`);
            }
          }
        }
        // the PNG is the same drawing at twice the size
        const [p] = await Promise.all([g.page.waitForEvent('download'), buttons.nth(k + 1).click()]);
        assert.deepEqual(pngSize(await readFile(await p.path())), [2 * w, 2 * h], p.suggestedFilename());
      }
      g.check();
      await g.context.close();
    }
  }
  await view.context.close();
  assert.deepEqual(found, [], found.slice(0, 30).join('\n'));
});

/** The page's stylesheet as served, without its comments. */
const servedCss = (page) => page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n').replace(/\/\*[\s\S]*?\*\//g, ''));

test('older browsers get a readable page: no CSS they lack, the palette as plain values, fallbacks that fit', async () => {
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { colorScheme: 'dark' });
  await g.page.goto(server.url);
  await ready(g.page);
  const css = await servedCss(g.page);
  // features of 2022 and later the page must not depend on (Safari 15, Chrome 100, Firefox 100)
  for (const feature of ['light-dark(', ':has(', ':is(', ':where(', 'color-mix(', '@container', '@layer', 'text-wrap']) {
    assert.ok(!css.includes(feature), `the served CSS uses ${feature}`);
  }
  // container query units only after a declaration every browser reads
  for (const m of css.matchAll(/([^{}]+)\{([^{}]*\d+(?:\.\d+)?cq[iwhb][^{}]*)\}/g)) {
    for (const d of m[2].split(';').filter((x) => /cq[iwhb]/.test(x))) {
      const prop = d.split(':')[0].trim();
      const before = m[2].slice(0, m[2].indexOf(d));
      assert.match(before, new RegExp(`(^|;)\\s*${prop}\\s*:`), `${m[1].trim()}: ${prop} has no fallback before its container units`);
    }
  }
  // the palette follows the system, and an embed's theme overrides it, with plain values
  const bg = (p) => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await bg(g.page), 'rgb(18, 20, 23)', 'dark system');
  await g.page.goto(`${server.url}?embed=1&theme=light`);
  await ready(g.page);
  assert.equal(await bg(g.page), 'rgb(251, 250, 247)', 'an embed asking for light on a dark system');
  await g.page.emulateMedia({ colorScheme: 'light' });
  await g.page.goto(`${server.url}?embed=1&theme=dark`);
  await ready(g.page);
  assert.equal(await bg(g.page), 'rgb(18, 20, 23)', 'an embed asking for dark on a light system');
  g.check();
  await g.context.close();
  // a browser without container units sizes the headline figures by their fallback: still whole
  for (const [lang, cur] of [['ru', 'inr'], ['hi', 'inr'], ['en', 'usd']]) {
    const h = await openPage(browser, server.url.replace(/\/$/, ''), { width: 320 });
    await h.page.goto(`${server.url}?lang=${lang}&cur=${cur}`);
    await ready(h.page);
    const fallbacks = [...(await servedCss(h.page)).matchAll(/([^{}]+)\{([^{}]*)\}/g)]
      .flatMap(([, sel, body]) => body.split(';')
        .filter((d) => /cq[iwhb]/.test(d))
        .map((d) => {
          const prop = d.split(':')[0].trim();
          const plain = body.split(';').find((x) => x.split(':')[0].trim() === prop && !/cq[iwhb]/.test(x));
          return `${sel.trim()} { ${plain.trim()} !important; }`;
        }));
    assert.ok(fallbacks.length > 0);
    await h.page.addStyleTag({ content: `${fallbacks.join('\n')}\n* { content-visibility: visible !important; }` });
    const found = [];
    for (const width of WIDTHS) {
      await h.page.setViewportSize({ width, height: 800 });
      await h.page.evaluate(settled);
      for (const p of await h.page.evaluate(problems)) found.push(`${lang} ${cur} ${width} px: ${p}`);
    }
    assert.deepEqual(found, [], found.slice(0, 20).join('\n'));
    await h.context.close();
  }
});

test('Hindi: digits come from one font, inside Hindi text and out', async () => {
  const g = await openPage(browser, server.url.replace(/\/$/, ''));
  await g.page.goto(`${server.url}?lang=hi`);
  await ready(g.page);
  const w = await g.page.evaluate(digitWidths);
  assert.equal(w.serif[0], w.serif[1], `serif digits: ${w.serif}`);
  assert.equal(w.sans[0], w.sans[1], `sans digits: ${w.sans}`);
  g.check();
  await g.context.close();
});

test('wide tables show that they scroll; printing gives the figures, charts and sources without the controls', async () => {
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { width: 360, height: 800 });
  await g.page.goto(`${server.url}?lang=ru&cur=inr`);
  await ready(g.page);
  await openAll(g.page);
  await g.page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  // every table wider than its box carries the scroll hint, on the colour it sits on
  const wide = await g.page.$$eval('.table-wrap', (ws) => ws.filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => {
    const s = getComputedStyle(w);
    let up = w.parentElement;
    while (up && getComputedStyle(up).backgroundColor === 'rgba(0, 0, 0, 0)') up = up.parentElement;
    return { hint: s.backgroundImage.includes('radial-gradient') && s.backgroundAttachment.includes('local'), own: s.backgroundColor, under: up ? getComputedStyle(up).backgroundColor : null };
  }));
  assert.ok(wide.length > 0, 'some table is wider than a 360 px phone');
  for (const w of wide) {
    assert.ok(w.hint, 'a scroll hint');
    assert.equal(w.own, w.under, 'the hint is drawn on the colour around it');
  }
  // print: no controls, notices, banners or bottom bar; the figures, charts and sources stay
  await g.page.emulateMedia({ media: 'print' });
  const shown = (sel) => g.page.$$eval(sel, (els) => els.some((e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0));
  for (const sel of ['.levers', '.toolbar', '.presets', '.compare', '.goal', '.ticker', '.chart-downloads', '.locale']) {
    assert.equal(await shown(sel), false, `${sel} printed`);
  }
  for (const sel of ['.headline', '#chart-balance', '#sentence', '#sources']) assert.ok(await shown(sel), `${sel} not printed`);
  g.check();
  await g.context.close();
});
