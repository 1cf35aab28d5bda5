// The page's load on the main thread (a measurement, not a test): loads the calculator with the
// CPU slowed from the start, records a DevTools trace and the V8 sampling profile until the page
// is built, and prints every main-thread task over 20 ms (what Lighthouse's blocking time counts
// from 50 ms) and the functions that took the time. Wasm functions have names only in a build that
// keeps them: copy dist/, put target/wasm-bindgen/release/*_bg.wasm (before wasm-opt strips the
// names) in place of its wasm, drop the .gz/.br copies, and run with DIST_DIR set to the copy.
//
//   node loadtasks.mjs [--rate 4] [--width 360] [--top 25] [--query '?oil=-50'] [--details] [--ours] [--under NAME]
//
// --details adds each long task's trace events and, for the longest, the inclusive time by
// function (--under NAME: only the samples inside a function whose name holds NAME); --ours
// keeps only the page's and the core's functions and the browser calls. The environment
// variable CATS replaces the trace categories (e.g. with
// disabled-by-default-v8.wasm.detailed, to see the wasm's lazy compilation).
import { serve, launch, openPage } from './harness.mjs';
import { option as arg, selfTimes, frameName } from './measure.mjs';

const rate = Number(arg('rate', '4'));
const width = Number(arg('width', '360'));
const server = await serve();
const browser = await launch();
try {
  const g = await openPage(browser, server.url.replace(/\/$/, ''), { width, height: 800 });
  const cdp = await g.context.newCDPSession(g.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', { categories: process.env.CATS || 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  await g.page.goto(server.url + arg('query', ''));
  await g.page.waitForFunction(() => document.documentElement.hasAttribute('data-built'), null, { timeout: 60000 });
  await g.page.waitForTimeout(1000);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const on = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const nav = on.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame') || on[0];
  const t0 = (on.find((e) => e.name === 'ParseHTML') || nav).ts;
  const paint = on.find((e) => e.name === 'firstContentfulPaint');
  const tasks = on.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur > 20000);
  const inside = (t, name) => on.filter((e) => e.ph === 'X' && e.name === name && e.ts >= t.ts && e.ts < t.ts + t.dur).reduce((s, e) => s + e.dur, 0) / 1000;
  console.log(`CPU ×${rate}, ${width} px; times from the start of parsing${paint ? `; first contentful paint at ${((paint.ts - t0) / 1000).toFixed(0)} ms` : ''}`);
  let blocking = 0;
  for (const t of tasks) {
    const ms = t.dur / 1000;
    if (paint && t.ts > paint.ts) blocking += Math.max(0, ms - 50);
    const kinds = ['FunctionCall', 'EvaluateScript', 'v8.compile', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'FireAnimationFrame', 'TimerFire']
      .map((k) => [k, inside(t, k)]).filter(([, v]) => v > 1).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(`  at ${((t.ts - t0) / 1000).toFixed(0).padStart(5)} ms: ${ms.toFixed(0).padStart(4)} ms  (${kinds})`);
    if (process.argv.includes('--details') && ms > 50) {
      const by = new Map();
      for (const e of on) if (e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur) by.set(e.name, (by.get(e.name) || 0) + e.dur / 1000);
      console.log('      ' + [...by].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
    }
  }
  console.log(`  blocking time after the first paint (each task's part over 50 ms): ${blocking.toFixed(0)} ms`);
  const self = selfTimes(profile);
  // inside the longest task after the first paint: self and inclusive time by function
  const longest = tasks.filter((t) => !paint || t.ts > paint.ts).sort((a, b) => b.dur - a.dur)[0];
  if (longest && process.argv.includes('--details')) {
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const own = new Map(), incl = new Map();
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i];
      if (t < longest.ts || t > longest.ts + longest.dur) continue;
      const d = (profile.timeDeltas[i + 1] || 0) / 1000;
      let id = profile.samples[i];
      const under = arg('under', '');
      if (under) {
        let inside = false;
        for (let x = id; x !== undefined && !inside; x = parent.get(x)) inside = frameName(byId.get(x)).includes(under);
        if (!inside) continue;
      }
      own.set(frameName(byId.get(id)), (own.get(frameName(byId.get(id))) || 0) + d);
      const seen = new Set();
      while (id !== undefined) { const k = frameName(byId.get(id)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + d); } id = parent.get(id); }
    }
    console.log(`the longest task after the first paint (${(longest.dur / 1000).toFixed(0)} ms at ${((longest.ts - t0) / 1000).toFixed(0)} ms), inclusive ms by function:`);
    for (const [n, ms] of [...incl].filter(([n]) => !/^\((root|program|idle)\)$/.test(n) && (!process.argv.includes('--ours') || /trade_(web|core)|^__wbg_|^[a-z][A-Za-z]+$/.test(n))).sort((a, b) => b[1] - a[1]).slice(0, Number(arg('top', '25')))) console.log(`  ${ms.toFixed(1).padStart(7)}  ${n.slice(0, 120)}`);
  }
  const rows = [...self].filter(([n]) => n !== '(idle)' && n !== '(program)').sort((a, b) => b[1] - a[1]).slice(0, Number(arg('top', '25')));
  console.log('self time by function over the whole load (ms):');
  for (const [n, ms] of rows) console.log(`  ${ms.toFixed(1).padStart(7)}  ${n.slice(0, 110)}`);
  await g.context.close();
} finally {
  await browser.close();
  await server.close();
}
