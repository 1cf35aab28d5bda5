// Where a lever move's main-thread time goes (a measurement, not a test): records a DevTools
// trace over real arrow-key presses on one slider and prints the total time per trace event
// (the renderer's main thread, events nested under others counted in their own line too).
//
//   node trace.mjs [--slider ID] [--rate 4] [--presses 12] [--width 1280] [--open 1]
// (--open 1: every folded panel open first)
import { serve, launch, openAll } from './harness.mjs';
import { option as arg, slowedPage, halfWay } from './measure.mjs';

const rate = Number(arg('rate', '4'));
const presses = Number(arg('presses', '12'));
const width = Number(arg('width', '1280'));
const open = arg('open', '') === '1';
const server = await serve();
const browser = await launch();
try {
  const g = await slowedPage(browser, server, { width, rate });
  const { cdp } = g;
  if (open) await openAll(g.page);
  const id = arg('slider', await g.page.$eval('.levers input[type=range]', (e) => e.id));
  await halfWay(g.page, id);
  await g.page.waitForTimeout(500);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,disabled-by-default-devtools.timeline.invalidationTracking,blink,cc,v8.execute', transferMode: 'ReportEvents' });
  for (let k = 0; k < presses; k++) await g.page.keyboard.press(k < presses / 2 ? 'ArrowRight' : 'ArrowLeft');
  await g.page.waitForTimeout(400);
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const on = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  // self time: each event's duration less that of the events nested in it
  const sorted = [...on].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const total = new Map();
  const stack = [];
  let top = 0;
  for (const e of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) stack.at(-1).child += e.dur; else top += e.dur;
    e.child = 0;
    stack.push(e);
  }
  for (const e of sorted) {
    self.set(e.name, (self.get(e.name) || 0) + (e.dur - e.child) / 1000);
    total.set(e.name, (total.get(e.name) || 0) + e.dur / 1000);
  }
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(arg('top', '30')));
  console.log(`slider ${id}, CPU ×${rate}, ${width} px: ${(top / 1000 / presses).toFixed(2)} ms of main-thread tasks per press; by trace event (self / total ms per press)`);
  for (const [n, ms] of rows) console.log(`  ${n.slice(0, 48).padEnd(48)} ${(ms / presses).toFixed(2).padStart(7)} ${(total.get(n) / presses).toFixed(2).padStart(7)}`);
  if (process.argv.includes('--details')) {
    const layouts = on.filter((e) => e.name === 'Layout').map((e) => `${(e.dur / 1000).toFixed(2)} ms, ${e.args?.beginData?.dirtyObjects}/${e.args?.beginData?.totalObjects} objects${e.args?.beginData?.partialLayout ? ' (partial)' : ''}`);
    console.log(`layouts (${layouts.length}):`, layouts.slice(0, 12).join('; '));
    const paints = events.filter((e) => e.name === 'Paint' && e.args?.data?.clip).map((e) => { const c = e.args.data.clip; return `${Math.round(c[2] - c[0])}x${Math.round(c[5] - c[1])}@${Math.round(c[0])},${Math.round(c[1])}`; });
    console.log(`paint rects (${paints.length}):`, [...new Set(paints)].slice(0, 12).join('; '));
    const inval = new Map();
    for (const e of events.filter((e) => /Invalidat|ScheduleStyle|StyleRecalc/.test(e.name))) {
      const k = `${e.name} ${e.args?.data?.nodeName || ''} ${e.args?.data?.reason || ''}`.trim();
      inval.set(k, (inval.get(k) || 0) + 1);
    }
    const forced = new Map();
    for (const e of on.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && (e.args?.beginData?.stackTrace || e.args?.data?.stackTrace))) {
      const st = (e.args.beginData?.stackTrace || e.args.data.stackTrace).slice(0, 4).map((f) => f.functionName || '?').join(' < ');
      const k = `${e.name}: ${st}`;
      forced.set(k, (forced.get(k) || 0) + e.dur / 1000);
    }
    console.log('forced (from script), ms per press:');
    for (const [k, ms] of [...forced].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${(ms / presses).toFixed(2)}  ${k.slice(0, 150)}`);
    for (const n of ['InvalidateLayout', 'ScheduleStyleRecalculation', 'LayoutInvalidationTracking', 'StyleRecalcInvalidationTracking', 'PaintInvalidationTracking']) {
      const e = events.find((x) => x.name === n);
      if (e) console.log(n, JSON.stringify(e.args).slice(0, 400));
    }
    console.log('invalidations:'); for (const [k, n] of [...inval].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${n}  ${k}`);
  }
  await g.context.close();
} finally {
  await browser.close();
  await server.close();
}
