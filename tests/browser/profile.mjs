// Which functions a lever move's script time goes to (a measurement, not a test): the V8 sampling
// profiler over real arrow-key presses on one slider; prints self time per function. Wasm
// functions have names only in a build that keeps them (see scripts/report.sh).
//
//   node profile.mjs [--slider ID] [--rate 4] [--presses 40] [--top 40] [--width 1280] [--open 1]
// (--open 1: every folded panel open first)
import { serve, launch, openAll } from './harness.mjs';
import { option as arg, slowedPage, halfWay, selfTimes } from './measure.mjs';

const rate = Number(arg('rate', '4'));
const presses = Number(arg('presses', '40'));
const server = await serve();
const browser = await launch();
try {
  const g = await slowedPage(browser, server, { width: Number(arg('width', '1280')), rate });
  const { cdp } = g;
  if (arg('open', '') === '1') await openAll(g.page);
  const id = arg('slider', await g.page.$eval('.levers input[type=range]', (e) => e.id));
  await halfWay(g.page, id);
  await g.page.waitForTimeout(500);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let k = 0; k < presses; k++) await g.page.keyboard.press(k % 2 ? 'ArrowLeft' : 'ArrowRight');
  await g.page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  const self = selfTimes(profile);
  const rows = [...self].filter(([n]) => n !== '(idle)' && n !== '(program)').sort((a, b) => b[1] - a[1]).slice(0, Number(arg('top', '40')));
  console.log(`slider ${id}, CPU ×${rate}: self ms per press`);
  for (const [n, ms] of rows) console.log(`  ${(ms / presses).toFixed(3).padStart(7)}  ${n.slice(0, 110)}`);
  await g.context.close();
} finally {
  await browser.close();
  await server.close();
}
