// Hindi, Russian and rupees, as readers in Delhi and Moscow meet them: every word of the page in
// their language (nothing left in English outside quoted sources), numbers in their conventions,
// figures in crore, the choice kept in links and embeds, the browser's language followed on a
// first visit, no accessibility violation, and screenshots on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { serve, launch, openPage, cli, ready, headline, SHOTS, linkQuery, openAll, openFold, axeViolations, openAt } from './harness.mjs';


let server, browser;
before(async () => { server = await serve(); browser = await launch(); mkdirSync(SHOTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });
const origin = () => server.url.replace(/\/$/, '');
const open = (query, opts) => openAt(browser, server, query, opts);
const query = linkQuery;

/** Every visible text of the page (every panel open), outside sources quoted in English, and
 * what assistive technology reads (aria-label), each once. */
const texts = async (page) => [...new Set((await textsWithPlace(page))
  .filter(({ where }) => where !== '@title')
  .map(({ text }) => text.trim()))];

// names, codes and units that are the same in every language
const SAME = new Set(['English', 'JSON', 'PNG', 'OFF', 'DER', 'TRK', 'PRESS', 'PUB', 'EST', 'EAEU', 'US$', 'σ']);
const english = (t) => /[A-Za-z]{3,}/.test(t) && !SAME.has(t) && !/^https?:/.test(t);

test('Hindi and Russian: no text of the page is left in English, in either currency', async () => {
  const scenario = 'eaeu_cut=50&oil=-10&growth=15&pin=oil%3D-20';
  const en = new Set((await texts((await open(`?${scenario}&lang=en`)).page)).filter(english));
  assert.ok(en.size > 150, `the English page has ${en.size} texts`);
  for (const lang of ['hi', 'ru']) {
    for (const cur of ['usd', 'inr']) {
      const g = await open(`?${scenario}&lang=${lang}&cur=${cur}`);
      assert.equal(await g.page.getAttribute('html', 'lang'), lang);
      const left = (await texts(g.page)).filter((t) => en.has(t));
      assert.deepEqual(left, [], `${lang}/${cur}: left in English`);
      // a script of its own in the headline sentence and the title
      const script = lang === 'hi' ? /[\u0900-\u097F]/ : /[\u0400-\u04FF]/;
      assert.match(await g.page.textContent('#sentence'), script);
      assert.match(await g.page.title(), script);
      // the exact numbers do not depend on the language or currency
      const h = cli('eaeu_cut=50&oil=-10&growth=15').projection.headline;
      assert.deepEqual(await headline(g.page), { exports: h.exports, imports: h.imports, balance: h.balance, total: h.total_trade });
      g.check();
      await g.context.close();
    }
  }
});

test('numbers in the reader\'s conventions: Rust rounds, the browser groups; the minus is a real one', async () => {
  const g = await open('?lang=ru');
  const got = await g.page.evaluate(async () => {
    const m = window.wasmBindings;
    const values = [0, 0.04, -0.04, 0.25, 1.25, 63.85, 1234.5, 123456.7, 1234567.5, -1234567.5, -58.96];
    const out = {};
    for (const lang of ['en', 'hi', 'ru']) {
      for (const d of [1, 2]) {
        out[`${lang}/${d}`] = values.map((v) => m.format_number(lang, v, d));
      }
    }
    // what this browser's Intl writes for the same (already rounded) digits
    const intl = (tag, v, d) => new Intl.NumberFormat(tag, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
    out.intl = { ru: intl('ru-RU', 1234567.5, 1), hi: intl('hi-IN-u-nu-latn', 1234567.5, 1) };
    return out;
  });
  // CLDR-stable literals: lakh grouping for English (India) and Hindi; spaces and a comma for Russian
  assert.equal(got['en/1'][8], '12,34,567.5');
  assert.equal(got['hi/1'][8], '12,34,567.5');
  assert.equal(got['ru/1'][8], '1\u00a0234\u00a0567,5');
  assert.equal(got['ru/1'][9], '−1\u00a0234\u00a0567,5');
  assert.equal(got['hi/1'][9], '−12,34,567.5');
  assert.equal(got['ru/1'][8], got.intl.ru);
  assert.equal(got['hi/1'][8], got.intl.hi);
  for (const [key, list] of Object.entries(got).filter(([k]) => k !== 'intl')) {
    // never "−0,0", "-", "NaN"; the same digits as the command line's rounding
    assert.ok(list.every((s) => !s.includes('NaN') && !s.includes('-') && !/^−0[.,]0+$/.test(s)), `${key}: ${list}`);
    const d = Number(key.split('/')[1]);
    const plain = list.map((s) => s.replace(/[\s,\u00a0\u202f]/g, (c) => (c === ',' && key.startsWith('ru') ? '.' : '')).replace('−', '-'));
    const rust = [0, 0.04, -0.04, 0.25, 1.25, 63.85, 1234.5, 123456.7, 1234567.5, -1234567.5, -58.96]
      .map((v) => (Math.abs(v) < 0.5 * 10 ** -d ? (0).toFixed(d) : v.toFixed(d)));
    // Rust rounds the exact binary value: 0.25 → 0.2 and 1.25 → 1.2 (ties to even), 63.85 → 63.9
    if (d === 1) {
      assert.equal(plain[3], '0.2', key);
      assert.equal(plain[4], '1.2', key);
      assert.equal(plain[5], '63.9', key);
    }
    assert.equal(plain[8], rust[8], key);
  }
  g.check();
  await g.context.close();
});

test('rupees: every figure in crore or lakh crore at each year\'s rate; the exact values stay in US$', async () => {
  const q = 'growth=15';
  const j = cli(q);
  const g = await open(`?${q}&cur=inr`);
  const rate = j.inr_per_usd.at(-1);
  const total = j.projection.headline.total_trade * rate; // ₹ bn
  assert.ok(total >= 1000);
  assert.equal(await g.page.textContent('[data-figure=total] .figure-value'), `₹${(total / 1000).toFixed(2)} lakh\u00a0crore`);
  // one unit for every amount of the headline: exports under a lakh crore are written in lakh
  // crore too, beside imports and total trade (not "₹39,720 crore" beside "₹4.89 lakh crore")
  const exports = j.projection.headline.exports * rate;
  assert.ok(exports < 1000);
  assert.equal(await g.page.textContent('[data-figure=exports] .figure-value'), `₹${(exports / 1000).toFixed(2)} lakh\u00a0crore`);
  const units = await g.page.$$eval('.figure-value, .figure-base .amount, .ticker b', (els) => els.map((e) => e.textContent.replace(/^.*\d\s*/, '')));
  assert.ok(units.length >= 10);
  assert.deepEqual([...new Set(units)], ['lakh\u00a0crore'], units.join(' | '));
  // the charts' unit and axis follow; the table converts each year at its own rate
  assert.match(await g.page.textContent('#chart-total .legend .unit'), /₹ lakh\scrore, current prices/);
  const first = j.years.indexOf('FY2020-21');
  await openFold(g.page, '.year-fold');
  const cell = await g.page.textContent('#year-table tbody tr:nth-child(4) td:nth-of-type(2)');
  assert.equal(cell, (j.projection.exports.total[first] * j.inr_per_usd[first] / 1000).toFixed(2));
  // a sentence writes an amount below one lakh crore in crore, as it reads alone: FY2025-26's
  // exports are the same "₹39,720 crore" in the masthead and in the exports summary (never
  // "₹0.40 lakh crore" above "₹39,720 crore")
  const sold = (await g.page.textContent('.dek')).match(/sold it (₹[\d,]+\scrore)\./);
  assert.ok(sold, await g.page.textContent('.dek'));
  await g.page.locator('#chart-exports').scrollIntoViewIfNeeded();
  await g.page.waitForFunction(() => document.querySelector('#chart-exports .chart-summary')?.textContent.includes('Exports were'));
  const exportsSummary = await g.page.textContent('#chart-exports .chart-summary');
  assert.ok(exportsSummary.includes(`Exports were ${sold[1]} in FY2025-26`), `${sold[1]} / ${exportsSummary}`);
  assert.doesNotMatch(await g.page.textContent('.dek'), /₹0\.\d+\slakh/);
  // Hindi: लाख करोड़ on the cards, करोड़ for the masthead's exports
  const h = await open(`?${q}&cur=inr&lang=hi`);
  assert.match(await h.page.textContent('[data-figure=total] .figure-value'), /^₹[\d.]+\sलाख\sकरोड़$/);
  assert.match(await h.page.textContent('.dek'), /और उसे ₹[\d,]+\sकरोड़ का निर्यात किया/);
  // Russian: the cards in one unit too (трлн рупий for exports below one трлн)
  const r = await open(`?${q}&cur=inr&lang=ru`);
  const ru = await r.page.$$eval('.figure-value, .figure-base .amount, .ticker b', (els) => els.map((e) => e.textContent.replace(/^.*\d\s*/, '')));
  assert.deepEqual([...new Set(ru)], ['трлн рупий'], ru.join(' | '));
  r.check();
  await r.context.close();
  // the downloads stay locale-neutral: the same JSON in every language and currency
  const save = async (page, name) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return readFile(await d.path(), 'utf8');
  };
  assert.equal(await save(h.page, 'JSON डाउनलोड करें'), await save(g.page, 'Download JSON'));
  g.check();
  h.check();
  await g.context.close();
  await h.context.close();
});

test('choosing: the browser\'s language on a first visit, the switchers, and links that keep the choice', async () => {
  for (const [locale, want] of [['ru-RU', 'ru'], ['hi-IN', 'hi'], ['de-DE', 'en']]) {
    const g = await open('', { locale });
    assert.equal(await g.page.getAttribute('html', 'lang'), want, locale);
    await g.context.close();
  }
  // an explicit language beats the browser's
  const x = await open('?lang=en', { locale: 'ru-RU' });
  assert.equal(await x.page.getAttribute('html', 'lang'), 'en');
  await x.context.close();
  // junk: a notice, the browser's language
  const j = await open('?lang=%3Cscript%3E&cur=eur', { locale: 'hi-IN' });
  assert.equal(await j.page.getAttribute('html', 'lang'), 'hi');
  const notice = await j.page.textContent('.notice');
  assert.match(notice, /“lang=<script>”/);
  assert.doesNotMatch(notice, /`/);
  assert.match(notice, /“cur=eur”/);
  j.check();
  await j.context.close();
  // the switchers write the choice into the address bar; a reload keeps it
  const g = await open('?oil=-10');
  await g.page.getByRole('button', { name: 'Русский' }).click();
  assert.equal(await g.page.getAttribute('html', 'lang'), 'ru');
  assert.equal((await query(g.page)), 'v=1&oil=-10&lang=ru&data=2026-07');
  await g.page.getByRole('button', { name: 'рупии (₹)' }).click();
  assert.equal((await query(g.page)), 'v=1&oil=-10&lang=ru&cur=inr&data=2026-07');
  await g.page.reload();
  await ready(g.page);
  assert.equal(await g.page.getAttribute('html', 'lang'), 'ru');
  // rupees in words in Russian, as the press writes them ("4,89 трлн рупий")
  assert.match(await g.page.textContent('[data-figure=total] .figure-value'), /трлн\sрупий$/);
  // the embed snippet carries both; the embed speaks the language, with no switcher
  await g.page.getByRole('button', { name: 'Встроить…' }).click();
  const snippet = await g.page.locator('.snippet textarea').inputValue();
  assert.match(snippet, /lang=ru&amp;cur=inr&amp;embed=1|lang=ru&cur=inr&embed=1/);
  g.check();
  await g.context.close();
  const e = await openPage(browser, origin());
  await e.page.goto(`${server.url}?embed=1&lang=hi&chart=balance`);
  await e.page.waitForSelector('#chart-balance h3');
  assert.equal(await e.page.getAttribute('html', 'lang'), 'hi');
  assert.equal(await e.page.locator('.locale').count(), 0);
  assert.match(await e.page.textContent('#chart-balance .chart-subtitle'), /व्यापार संतुलन/);
  e.check();
  await e.context.close();
});

for (const lang of ['hi', 'ru']) {
  test(`axe-core finds no accessibility violations in ${lang} (every panel open)`, async () => {
    const g = await open(`?lang=${lang}&cur=inr&pin=oil%3D-10`);
    const result = await axeViolations(g.page);
    assert.deepEqual(result, []);
    g.check();
    await g.context.close();
  });

  for (const scheme of ['light', 'dark']) {
    test(`screenshot: phone ${lang} ${scheme}, nothing wider than the screen`, async () => {
      const g = await open(`?lang=${lang}&cur=inr&eaeu_cut=50&oil=-10&growth=15`, { width: 360, height: 740, colorScheme: scheme });
      await g.page.screenshot({ path: join(SHOTS, `phone-${lang}-${scheme}.png`), fullPage: true });
      const overflow = await g.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lang}: the page is ${overflow}px wider than the 360px screen`);
      g.check();
      await g.context.close();
    });
  }
}

/** Every text of the page (every panel open) outside sources quoted in English, with where it is. */
const textsWithPlace = async (page) => {
  await openAll(page);
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, textarea, noscript')) continue;
      const quoted = el.closest('[lang=en]');
      if (quoted && quoted !== document.documentElement) continue;
      if (n.textContent.trim()) out.push({ text: n.textContent, where: el.className || el.tagName });
    }
    for (const el of document.querySelectorAll('[aria-label], [title]')) {
      for (const a of ['aria-label', 'title']) if (el.hasAttribute(a)) out.push({ text: el.getAttribute(a), where: `@${a}` });
    }
    return out;
  });
};

/** The text of every block that holds inline elements (a sentence with its amounts in <b>, a
 * label with its value), as one line of text: where a word in one element meets the next.
 * Sources quoted as published (`lang=en`, even a Russian title within them) are left out. */
const blocksWithPlace = (page) => page.evaluate(() => {
  const out = [];
  const blocks = 'p, li, td, th, h1, h2, h3, h4, caption, figcaption, label, button, summary, dt, dd, legend, output, .headline, .ticker';
  for (const el of document.querySelectorAll(blocks)) {
    if (!el.children.length || el.closest('script, style, textarea, noscript')) continue;
    const quoted = el.closest('[lang=en]');
    if (quoted && quoted !== document.documentElement) continue;
    // sources quoted as published (lang=en) are left as they are
    const own = el.cloneNode(true);
    for (const q of own.querySelectorAll('[lang=en]')) q.remove();
    if (own.textContent.trim()) out.push({ text: own.textContent, where: `block ${el.className || el.tagName}` });
  }
  return out;
});

/** Where a line may break that the press never breaks (`tr::keep_together` sets them): after a
 * Russian one-letter word, before a year's "г.", between a sign and its amount. */
const pressRules = (lang) => [
  // a sign alone before an amount ("− 19", "± 2"), or straight before a currency sign ("−₹"),
  // which may part at a line end without a word joiner
  /(^|[^\p{L}\p{N}])[−+±] [\d₹$]/u,
  /[−+±][₹$]/u,
  ...(lang === 'ru' ? [
    /(^|[^\p{L}\p{N}\-.\u2011])[вскуиаояВСКУИАОЯ] /u,
    /[\d.] гг?\.(?!\p{L})/u,
  ] : []),
];

// Latin words a Hindi or Russian newspaper prints as they are: names of bodies, publications,
// data sets and firms, file formats, currency and code names.
const NAMES = new Set(`US$ EAEU HS CSV JSON SVG PNG PDF TradeStat Kpler RBI WITS SMART PPAC MFN
  Bloomberg Reuters TASS PTI Mint Argus Sputnik Business Standard The Indian Express Economics
  Statistics Review Ready Reckoner Kee Nicita Olarreaga Broda Weinstein UNCTAD WTO OWID
  of and`.split(/\s+/));

test('Hindi and Russian: no English word outside names, no number parted from its unit, no line after a one-letter word or inside a signed amount', async () => {
  const scenario = 'eaeu_cut=50&oil=-10&growth=15&pin=oil%3D-20&name=Test';
  // a regular space where a line may break: between a number and its unit, or inside an amount
  const split = [
    /\d (%|bn|crore|lakh|mb\/d|years?|अरब|करोड़|लाख|मिलियन|वर्ष|млрд|трлн|млн|долл\.|фин\.|год|года|лет)(?![\p{L}])/u,
    /(US\$|₹|वर्ष) [−+-]?\d/u,
    /वित्त वर्ष|фин\. г\./u,
  ];
  for (const lang of ['en', 'hi', 'ru']) {
    for (const cur of ['usd', 'inr']) {
      const g = await open(`?${scenario}&lang=${lang}&cur=${cur}`);
      const all = await textsWithPlace(g.page);
      // and in Hindi, a fiscal year is not parted at its hyphen ("वित्त वर्ष 2025-" / "26")
      const rules = lang === 'hi' ? [...split, /\d{4}-\d{2}/] : split;
      const parted = all.filter(({ text }) => rules.some((r) => r.test(text)));
      assert.deepEqual(parted, [], `${lang}/${cur}: a number and its unit can be parted`);
      // lines as the press sets them: in every text and where a block's elements meet
      const press = pressRules(lang);
      const blocks = await blocksWithPlace(g.page);
      const misset = [...all, ...blocks].filter(({ text }) => press.some((r) => r.test(text)))
        .map(({ text, where }) => `${where}: ${text.slice(0, 200)}`);
      assert.deepEqual([...new Set(misset)], [], `${lang}/${cur}: a line may end after a one-letter word, before "г." or inside a signed amount`);
      // the sentences give a balance's side in words, never a sign before an amount ("a deficit
      // of US$ 38.7 bn", not "−US$ 38.7 bn"), and Russian names the rupee in words
      const sentences = await g.page.$$eval('#sentence, .chart-summary, .cumulative, .target-text, .moved-pin-sentence',
        (els) => els.map((e) => e.textContent));
      assert.ok(sentences.length >= 8, sentences.join('\n'));
      const signed = /[−+](US\$|₹|\d[\d.,\u00a0\u202f ]*\s(bn|crore|lakh|अरब|करोड़|लाख|млрд|трлн))/u;
      assert.deepEqual(sentences.filter((t) => signed.test(t)), [], `${lang}/${cur}: a sign before an amount`);
      if (lang === 'ru') assert.deepEqual(sentences.filter((t) => t.includes('₹')), [], 'ru: ₹ in running text');
      // a balance's labelled values name their side and carry no sign: the balance card and the
      // figures beside it, the ticker, the balance chart's and the waterfall's readouts
      const labelled = await g.page.$$eval('[data-figure=balance], .ticker, #chart-balance .readout, #moved-balance .readout',
        (els) => els.map((e) => e.textContent));
      assert.ok(labelled.length >= 4, labelled.join('\n'));
      assert.deepEqual(labelled.filter((t) => /[−+]/.test(t)), [], `${lang}/${cur}: a signed balance`);
      const side = { en: 'deficit', hi: 'घाटा', ru: 'дефицит' }[lang];
      assert.ok(labelled.every((t) => t.toLowerCase().includes(side)), labelled.join('\n'));
      // Russian writes the rupee in words on the charts' unit lines and readouts too
      if (lang === 'ru' && cur === 'inr') {
        const units = await g.page.$$eval('.legend .unit, .readout, caption', (els) => els.map((e) => e.textContent));
        assert.deepEqual(units.filter((t) => t.includes('₹')), [], 'ru: ₹ in a unit line');
        assert.ok(units.some((t) => t.includes('трлн\u00a0рупий')), units.join('\n'));
      }
      if (lang !== 'en') {
        const english = all.flatMap(({ text, where }) => (text.replace(/\bTest\b/, '').match(/[A-Za-z][A-Za-z$]+/g) || [])
          .filter((w) => !NAMES.has(w)).map((w) => `${w} (${where}: ${text.slice(0, 80)})`));
        assert.deepEqual(english, [], `${lang}/${cur}: English words`);
      }
      g.check();
      await g.context.close();
    }
  }
});

test('switching the language 20 times leaves no observer or global listener behind', async () => {
  const g = await openPage(browser, origin());
  await g.context.addInitScript(() => {
    // live observers (made and not yet disconnected) and listeners on window and document
    // (an element's listeners go with the element)
    const live = { observers: 0, listeners: [] };
    window.live = live;
    for (const name of ['IntersectionObserver', 'ResizeObserver']) {
      const Original = window[name];
      if (!Original) continue;
      window[name] = class extends Original {
        constructor(...args) { super(...args); live.observers += 1; this.watching = true; }
        disconnect() { if (this.watching) { this.watching = false; live.observers -= 1; } return super.disconnect(); }
      };
    }
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    const global = (t) => t === window || t === document;
    const capture = (o) => (typeof o === 'boolean' ? o : !!o?.capture);
    const find = (t, type, f, o) => live.listeners.findIndex((l) => l[0] === t && l[1] === type && l[2] === f && l[3] === capture(o));
    EventTarget.prototype.addEventListener = function (type, f, o) {
      if (global(this) && f && find(this, type, f, o) < 0) live.listeners.push([this, type, f, capture(o)]);
      return add.call(this, type, f, o);
    };
    EventTarget.prototype.removeEventListener = function (type, f, o) {
      const i = global(this) ? find(this, type, f, o) : -1;
      if (i >= 0) live.listeners.splice(i, 1);
      return remove.call(this, type, f, o);
    };
  });
  await g.page.goto(server.url);
  await ready(g.page);
  const { settled } = await import('./fit.mjs');
  const count = () => g.page.evaluate(() => ({ observers: window.live.observers, listeners: window.live.listeners.map((l) => l[1]).sort().join(' ') }));
  const switchTo = async (endonym) => {
    await g.page.locator('.locale button.lang', { hasText: endonym }).click();
    await g.page.waitForFunction((e) => document.querySelector('.locale button.lang[aria-pressed=true]')?.textContent === e, endonym);
    await g.page.evaluate(settled);
  };
  await switchTo('हिन्दी');
  const first = await count();
  assert.ok(first.observers > 0, 'the page observes its parts');
  for (let i = 0; i < 19; i++) await switchTo(['English', 'Русский', 'हिन्दी'][i % 3]);
  assert.deepEqual(await count(), first);
  g.check();
  await g.context.close();
});
