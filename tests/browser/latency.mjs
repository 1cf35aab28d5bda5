// How soon the band and what moved are those of the scenario on screen (a measurement, not a
// test): at a slowed CPU, bursts of arrow-key presses on a slider, then the time from the last
// press until the page has the worker's answer for it (`window.insightPending` false), measured
// in the page. Prints the median and the slowest of the bursts. The CPU throttling slows the
// page, not the worker (DevTools throttles one thread): multiply the worker's own time by the
// rate to judge a slow phone (TOOLCHAIN.md).
//
//   node latency.mjs [--rate 4] [--width 360] [--bursts 10] [--presses 6] [--open 1] [--slider ID]
import { serve, launch, openAll } from './harness.mjs';
import { option as arg, slowedPage, halfWay } from './measure.mjs';

const rate = Number(arg('rate', '4'));
const width = Number(arg('width', '360'));
const bursts = Number(arg('bursts', '10'));
const presses = Number(arg('presses', '6'));
const open = arg('open', '') === '1';
const server = await serve();
const browser = await launch();
try {
  const g = await slowedPage(browser, server, { width, rate });
  if (open) await openAll(g.page);
  const id = arg('slider', 'lever-eaeu_cut');
  await halfWay(g.page, id);
  // once, so that the worker has started and compiled before the first burst is timed
  await g.page.keyboard.press('ArrowRight');
  await g.page.waitForFunction(() => document.documentElement.dataset.insightWorker === 'answered' && !window.insightPending, null, { timeout: 20000 });
  const times = [];
  for (let b = 0; b < bursts; b++) {
    for (let k = 0; k < presses - 1; k++) await g.page.keyboard.press(b % 2 ? 'ArrowLeft' : 'ArrowRight');
    await g.page.evaluate(() => { window.lastPress = null; document.addEventListener('keyup', () => { window.lastPress = performance.now(); }, { once: true }); });
    await g.page.keyboard.press(b % 2 ? 'ArrowLeft' : 'ArrowRight');
    times.push(await g.page.evaluate(() => new Promise((done) => {
      const check = () => (window.lastPress !== null && !window.insightPending
        ? done(performance.now() - window.lastPress) : requestAnimationFrame(check));
      check();
    })));
    await g.page.waitForTimeout(300);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`CPU ×${rate}, ${width} px, ${open ? 'every fold open' : 'folds closed'}: the band and what moved for the last of ${presses} presses, ${bursts} bursts`);
  console.log(`  after the last press: median ${median.toFixed(0)} ms, slowest ${sorted.at(-1).toFixed(0)} ms (budget 150 ms: ${sorted.at(-1) <= 150 ? 'within' : 'OVER'})`);
  g.check();
  await g.context.close();
} finally {
  await browser.close();
  await server.close();
}
