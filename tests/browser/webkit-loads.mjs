// WebKit with its WebAssembly JIT tiers on, page loads only (issue 35, item 6): a measurement, not
// a test. The trap seen in the journeys ("RuntimeError: Out of bounds memory access" in a
// wasm-bindgen closure trampoline) comes during a load; the journeys (scripts/webkit-stress.sh)
// spend most of a run elsewhere and, on a busy machine, fail on their own time limits. This
// loads a build N times in one WebKit session as the journeys' longest step does (each language,
// currency and theme, at 450 and 1280 px, in turn), waits up to 90 s for the page to be built,
// opens every panel and renders what is off screen, and prints every load that ends otherwise or
// records an error, with the first error, then the count. PANELS=0: loads only (default, a link,
// Hindi in rupees, Russian, an embed, in turn).
//
//   node webkit-loads.mjs [N=100] [DIST_DIR]      (JIT on unless WEBKIT_JIT=0)
import { serve, DIST } from './harness.mjs';
import { settled } from './fit.mjs';

process.env.WEBKIT_JIT = process.env.WEBKIT_JIT || '1';
const { webkit } = await import('./engines.mjs');

const n = Number(process.argv[2] || 100);
const dist = process.argv[3] || DIST;
const panels = process.env.PANELS !== '0';
const queries = panels
  ? ['en', 'hi', 'ru'].flatMap((lang) => ['usd', 'inr'].flatMap((cur) => ['light', 'dark'].flatMap((theme) =>
    [450, 1280].map((width) => [`?lang=${lang}&cur=${cur}&theme=${theme}`, width]))))
  : ['', '?v=1&oil=-10', '?lang=hi&cur=inr', '?lang=ru&v=1&eaeu_cut=3', '?embed=1'].map((q) => [q, 1280]);
const server = await serve(dist);
let b = await webkit();
let failed = 0;
try {
  for (let i = 1; i <= n; i++) {
    const [q, width] = queries[(i - 1) % queries.length];
    let why = null;
    try {
      const page = await b.open(`${server.url}${q}`, { width, height: 900 });
      await page.waitFor(() => document.documentElement.hasAttribute('data-built')
        || document.getElementById('boot-fault')?.firstChild
        || (window.__problems || []).length, null, { timeout: 90000, what: 'the page to be built' });
      if (panels) {
        for (let round = 0; round < 5; round++) {
          const opened = await page.evaluate(() => {
            const closed = [...document.querySelectorAll('details:not([open])')];
            closed.forEach((d) => { d.open = true; });
            return closed.length;
          });
          await page.evaluate(settled, 30000);
          if (!opened) break;
        }
        await page.evaluate(() => {
          const st = document.createElement('style');
          st.textContent = '* { content-visibility: visible !important; }';
          document.head.append(st);
        });
        await page.evaluate(settled, 30000);
      }
      await new Promise((r) => setTimeout(r, 1000)); // a trap just after the build, too
      const [built, problems, told] = await page.evaluate(() => [document.documentElement.hasAttribute('data-built'),
        window.__problems || [], document.getElementById('boot-fault')?.textContent.trim().slice(0, 100) || '']);
      if (!built || problems.length) why = problems[0] || `not built, no error recorded${told ? `; the page says: ${told}` : ''}`;
    } catch (e) {
      why = `driver: ${String(e.message || e).slice(0, 200)}`;
      await b.close();
      b = await webkit();
    }
    if (why) failed++;
    console.log(`load ${i} (${q || 'default'}, ${width} px): ${why ? `FAILED: ${why}` : 'ok'}`);
  }
} finally {
  await b.close();
  await server.close();
}
console.log(`webkit with the JIT ${process.env.WEBKIT_JIT === '1' ? 'on' : 'off'}, ${dist}: ${failed} of ${n} loads failed`);
