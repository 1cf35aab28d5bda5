// Speed budget (a measurement, not a test): the main-thread work one lever move costs, measured
// by Chromium's own counters (DevTools protocol Performance.getMetrics: TaskDuration and its
// script, layout and style parts) over real arrow-key presses on every slider, at full speed and
// with the CPU slowed fourfold (DevTools' throttling, a mid-range phone). Prints, per slider and
// as the median over the sliders, the milliseconds per move; beside them the same presses on a
// slider already at its end (nothing changes: the cost of a key press itself). The budget is a
// median under 16 ms at 4× (a frame), or `--budget MS` (the insight worker's: 8 ms with every fold
// open). Also prints the page's DOM size.
//
//   node perf.mjs [--rates 1,4] [--presses 12] [--width 1280] [--sliders ID,ID] [--css FILE] [--open 1] [--budget 16]
//
// --sliders measures only those; --css adds a style sheet first (to try a change of CSS); --open 1
// opens every folded panel first (the most a move can cost).
import { readFileSync } from 'node:fs';
import { serve, launch, openPage, ready, openAll } from './harness.mjs';
import { option as arg, slowedPage, halfWay } from './measure.mjs';

const rates = arg('rates', '1,4').split(',').map(Number);
const presses = Number(arg('presses', '12'));
const width = Number(arg('width', '1280'));
const only = arg('sliders', '') ? arg('sliders', '').split(',') : null;
const css = arg('css', '') ? readFileSync(arg('css', ''), 'utf8') : null;
const open = arg('open', '') === '1';

const server = await serve();
const browser = await launch();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
try {
  for (const rate of rates) {
    const g = await slowedPage(browser, server, { width, rate });
    const { cdp } = g;
    if (css) await g.page.addStyleTag({ content: css });
    if (open) await openAll(g.page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const levers = (await g.page.$$eval('.levers input[type=range]', (els) => els.map((e) => e.id)))
      .filter((id) => !only || only.includes(id));
    const measure = async (id, keys) => {
      await g.page.locator(`#${id}`).focus();
      await g.page.waitForTimeout(200);
      const a = await metrics();
      for (const k of keys) await g.page.keyboard.press(k);
      await g.page.waitForTimeout(400); // let the last frame and the address bar settle
      const b = await metrics();
      const per = (k) => ((b[k] - a[k]) * 1000) / keys.length;
      const task = per('TaskDuration');
      const [script, layout, style] = [per('ScriptDuration'), per('LayoutDuration'), per('RecalcStyleDuration')];
      return { task, script, layout, style, other: task - script - layout - style };
    };
    // a key press that changes nothing: the slider at its minimum, Home then more ArrowLefts
    await g.page.locator(`#${levers[0]}`).focus();
    await g.page.keyboard.press('Home');
    const idle = await measure(levers[0], Array(presses).fill('ArrowLeft'));
    const rows = [];
    for (const id of levers) {
      // away from the ends so that every press moves the value
      const half = Math.ceil(presses / 2);
      const keys = [...Array(half).fill('ArrowRight'), ...Array(presses - half).fill('ArrowLeft')];
      await halfWay(g.page, id);
      rows.push({ id, ...(await measure(id, keys)) });
    }
    const f = (v) => v.toFixed(2).padStart(6);
    console.log(`CPU ×${rate}, ${width} px wide, ${open ? 'every fold open' : 'folds closed'}, ${presses} presses per slider (ms of main-thread work per press)`);
    console.log(`  ${'slider'.padEnd(22)}  task  script  layout   style   other`);
    for (const r of rows) console.log(`  ${r.id.padEnd(22)}${f(r.task)}  ${f(r.script)}  ${f(r.layout)}  ${f(r.style)}  ${f(r.other)}`);
    const m = (k) => median(rows.map((r) => r[k]));
    console.log(`  ${'median'.padEnd(22)}${f(m('task'))}  ${f(m('script'))}  ${f(m('layout'))}  ${f(m('style'))}  ${f(m('other'))}`);
    console.log(`  ${'key press alone'.padEnd(22)}${f(idle.task)}  ${f(idle.script)}  ${f(idle.layout)}  ${f(idle.style)}  ${f(idle.other)}`);
    const budget = Number(arg('budget', '16'));
    if (rate === 4) console.log(`  budget: median under ${budget} ms at ×4 (${width < 640 ? 'phone layout' : 'desktop layout'}): ${m('task') < budget ? 'within' : 'OVER'}`);
    g.check();
    await g.context.close();
  }
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { width, height: 900 });
  await g.page.goto(server.url);
  await ready(g.page);
  const nodes = await g.page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`DOM: ${nodes} elements on first view (folded panels closed)`);
  await g.context.close();
} finally {
  await browser.close();
  await server.close();
}
