// What the fit tests measure in a page, shared by fit.test.mjs (Chromium) and engines.test.mjs
// (Firefox, WebKit). Each function runs inside the page (passed to an evaluate call).

/**
 * In the page: every text that sticks out of the nearest box that clips it (overflow other than
 * visible, or paint containment), or out of the screen; every pair of chart texts that overlap;
 * every chart text outside its chart. Scrolling boxes (wide tables) are allowed to hold more than
 * they show. One line each.
 */
export function problems() {
  // boxes drawn as cards: their texts stay inside them even where nothing clips
  const CARDS = '.figure, .goal, .compare, .preset, figure.chart';
  const out = [];
  const root = document.documentElement;
  const vw = root.clientWidth;
  if (root.scrollWidth > vw + 1) out.push(`the page is ${root.scrollWidth} px wide on a ${vw} px screen`);
  const style = (el) => getComputedStyle(el);
  const clips = (el) => {
    const s = style(el);
    return s.overflowX !== 'visible' || s.overflowY !== 'visible' || /paint|strict|content/.test(s.contain);
  };
  const scrolls = (el) => /auto|scroll/.test(style(el).overflowX);
  const skip = '.visually-hidden, [hidden], [aria-hidden=true] .swatch, svg, select, script, style, noscript, #first-view, details:not([open]) > :not(summary)';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const what = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest(skip)) continue;
    // a table's headings kept for screen readers only (phones lay its rows out as blocks)
    const head = el.closest('thead');
    if (head && style(head).position === 'absolute') continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) continue;
    let box = el;
    while (box && box !== document.body && !clips(box)) box = box.parentElement;
    const text = n.textContent.trim().slice(0, 40);
    if (!box || box === document.body) {
      const card = el.closest(CARDS);
      const c = card?.getBoundingClientRect();
      const past = c && rects.find((r) => r.right > c.right + 1 || r.left < c.left - 1);
      if (past) out.push(`"${text}" (${what(el)}) runs past its card ${what(card)}: ${Math.round(past.left)}–${Math.round(past.right)} in ${Math.round(c.left)}–${Math.round(c.right)}`);
      for (const r of rects) {
        if (r.right > vw + 1 || r.left < -1) { out.push(`"${text}" (${what(el)}) runs off the screen`); break; }
      }
      continue;
    }
    if (scrolls(box)) continue;
    // a card's text stays on its card, clipped or not ("Current trends: −₹4.51 lakh crore")
    const card = el.closest(CARDS);
    if (card && card !== box && box.contains(card)) {
      const c = card.getBoundingClientRect();
      const past = rects.find((r) => r.right > c.right + 1 || r.left < c.left - 1);
      if (past) out.push(`"${text}" (${what(el)}) runs past its card ${what(card)}: ${Math.round(past.left)}–${Math.round(past.right)} in ${Math.round(c.left)}–${Math.round(c.right)}`);
    }
    const b = box.getBoundingClientRect();
    for (const r of rects) {
      if (r.right > b.right + 1 || r.left < b.left - 1 || r.bottom > b.bottom + 1 || r.top < b.top - 1) {
        out.push(`"${text}" (${what(el)}) is cut by ${what(box)}: ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(b.left)}–${Math.round(b.right)}`);
        break;
      }
    }
  }
  // chart texts: inside their figure, and none on top of another
  for (const svg of document.querySelectorAll('figure.chart svg:not(.swatch)')) {
    const fig = svg.closest('figure').getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')]
      .map((t) => [t, t.getBoundingClientRect()])
      .filter(([t, r]) => r.width > 0 && t.textContent.trim());
    for (const [t, r] of boxes) {
      if (r.left < fig.left - 1 || r.right > fig.right + 1) out.push(`chart text "${t.textContent}" (${what(svg.closest('figure'))}) lies outside its chart`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [[ta, a], [tb, b]] = [boxes[i], boxes[j]];
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (x > 1 && y > 1) out.push(`chart texts "${ta.textContent}" and "${tb.textContent}" overlap (${what(svg.closest('figure'))})`);
      }
    }
  }
  return [...new Set(out)];
}

/**
 * In a Hindi page: the width of the digits 0–9 inside Hindi text and inside English text, in the
 * headline sentence's font and in the body's. Equal widths: the digits come from one font.
 */
export function digitWidths() {
  const measure = (cls, lang, before) => {
    const p = document.createElement('p');
    p.className = cls;
    p.lang = lang;
    p.style.cssText = 'position:absolute;left:0;top:0;white-space:nowrap;visibility:hidden';
    p.append(before);
    const s = document.createElement('span');
    s.textContent = '0123456789';
    p.append(s);
    document.body.append(p);
    const w = s.getBoundingClientRect().width;
    p.remove();
    return Math.round(w * 100) / 100;
  };
  return {
    serif: [measure('sentence', 'hi', 'व्यापार घाटा '), measure('sentence', 'en', 'deficit ')],
    sans: [measure('help', 'hi', 'वित्त वर्ष '), measure('help', 'en', 'fiscal year ')],
  };
}


/**
 * In the page: resolves once it has settled, that is once three frames in a row pass with no
 * change to the DOM (the observers' callbacks, a chart's re-layout at a new width and a panel
 * catching up when scrolled to are then done); rejects if it is still changing after `ms`.
 */
export function settled(ms = 5000) {
  return new Promise((resolve, reject) => {
    let quiet = 0;
    const mo = new MutationObserver(() => { quiet = 0; });
    mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const start = performance.now();
    const tick = () => {
      // the band and what moved still on their way from the worker
      if (window.insightPending || document.querySelector('[aria-busy="true"]')) quiet = 0;
      quiet += 1;
      if (quiet >= 3) { mo.disconnect(); resolve(true); return; }
      if (performance.now() - start > ms) { mo.disconnect(); reject(new Error(`the page still changed after ${ms} ms`)); return; }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}


/**
 * In the page: every table shown that is wider than its box. The year-by-year tables (`.by-year`)
 * may scroll sideways, but their years (and, in the year table, the balance) stay within the box
 * at either end of the scroll. One line each.
 */
export function tableProblems() {
  const out = [];
  const name = (t) => t.id || (t.querySelector('caption')?.textContent || t.className).trim().slice(0, 50);
  for (const t of document.querySelectorAll('table')) {
    if (!t.getClientRects().length) continue;
    const wrap = t.closest('.table-wrap') || t.parentElement;
    if (!t.matches('.by-year')) {
      const w = Math.max(wrap.scrollWidth, Math.ceil(t.getBoundingClientRect().width));
      if (w > wrap.clientWidth + 1) out.push(`table "${name(t)}" is ${w} px wide in a ${wrap.clientWidth} px box`);
      continue;
    }
    const keep = [...t.querySelectorAll('th[scope=row]')];
    if (t.matches('.years')) keep.push(...t.querySelectorAll('tr > :last-child'));
    for (const end of [0, wrap.scrollWidth]) {
      wrap.scrollLeft = end;
      const b = wrap.getBoundingClientRect();
      const right = b.left + wrap.clientLeft + wrap.clientWidth;
      const off = keep.find((c) => {
        const r = c.getBoundingClientRect();
        return r.left < b.left - 1 || r.right > right + 1;
      });
      if (off) out.push(`table "${name(t)}" scrolled to its ${end ? 'end' : 'start'}: "${off.textContent.trim().slice(0, 30)}" is out of view`);
    }
    wrap.scrollLeft = 0;
  }
  return out;
}
